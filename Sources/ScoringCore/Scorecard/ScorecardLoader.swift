import Foundation
import YAML

/// Reads a scorecard (or hand-written ratings file) and checks it against its rubric, collecting every problem.
public struct ScorecardLoader: Sendable {
    /// The YAML budgets.
    public var limits: YAMLReader.Limits

    /// Creates a loader.
    public init(limits: YAMLReader.Limits = .init()) {
        self.limits = limits
    }

    /// The result of reading one scorecard.
    public struct Result: Sendable {
        /// The scorecard, when it could be read without errors.
        public var scorecard: Scorecard?
        /// The rubric it was checked against, when found.
        public var rubric: Rubric?
        /// Every problem found.
        public var diagnostics: [Diagnostic] = []
        /// The file's bytes as read.
        public var sourceBytes: [UInt8] = []

        /// The file's text, for quoting source lines; made from ``sourceBytes`` when asked for, since
        /// most files read (thousands in a merge) never need it.
        public var source: String {
            String(decoding: sourceBytes, as: UTF8.self)
        }

        /// Creates an empty result.
        public init() {}
    }

    /// Reads the scorecard at `path` and checks it against the matching rubric of `rubrics`.
    public func load(path: String, rubrics: [Rubric]) -> Result {
        var result = Result()
        // Open, then check the opened file: a link is judged by what it names, a FIFO never blocks.
        let bytes: [UInt8]
        switch BoundedFile.read(path, limit: limits.maximumBytes) {
        case .success(let read):
            bytes = read
        case .failure(let refusal):
            let code: DiagnosticCode
            switch refusal {
            case .tooLarge: code = .tooLarge
            case .notRegular: code = .notAFile
            case .unreadable: code = .unreadable
            }
            result.diagnostics.append(
                Diagnostic(.error, code: code, refusal.message(limit: limits.maximumBytes), file: path))
            return result
        }
        return load(bytes: bytes, path: path, rubrics: rubrics)
    }

    /// The bytes of a file, read straight into an array; nil when it cannot be opened or read (a folder, no permission).
    static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 ? max(0, Int(status.st_size)) : 0
        var bytes = [UInt8](repeating: 0, count: expected + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Reads a scorecard from bytes; `path` names it in diagnostics.
    public func load(bytes: [UInt8], path: String, rubrics: [Rubric]) -> Result {
        var result = Result()
        result.sourceBytes = bytes
        let root: YAMLNode
        do {
            root = try YAMLReader(limits: limits).read(bytes)
        } catch {
            result.diagnostics.append(Diagnostic(yamlError: error, file: path))
            return result
        }
        var decoder = NodeDecoder(file: path)
        decoder.rejectUnsupportedTags(in: root, source: bytes)
        let (scorecard, rubric) = decode(root, path: path, rubrics: rubrics, decoder: &decoder)
        result.diagnostics = decoder.diagnostics
        result.rubric = rubric
        if !decoder.hasErrors { result.scorecard = scorecard }
        return result
    }

    private func decode(_ root: YAMLNode, path: String, rubrics: [Rubric], decoder: inout NodeDecoder) -> (
        Scorecard?, Rubric?
    ) {
        var top = MappingReader(root, context: .init(en: "the scorecard", de: "dem Bewertungsbogen"), decoder: &decoder)
        guard top.isMapping else { return (nil, nil) }
        if let format = top.optional("format"), let text = decoder.readText(format, key: "format"),
            text != "hirescore/scorecard@1"
        {
            decoder.error(
                .unsupportedFormat,
                .init(
                    en:
                        "unsupported format '\(text.shortened)'; this version of HireScore reads 'hirescore/scorecard@1'",
                    de:
                        "nicht unterstütztes Format '\(text.shortened)'; diese Version von HireScore liest 'hirescore/scorecard@1'"
                ),
                at: format.location)
        }
        // The rubric reference.
        var rubricID: String?
        var rubricVersion: Int?
        var rubricHash: String?
        var rubricLocation = root.location
        if let rubricNode = top.required("rubric", decoder: &decoder, example: "{id: claims-handler, version: 1}") {
            rubricLocation = rubricNode.location
            var reader = MappingReader(rubricNode, context: .init(en: "'rubric'", de: "'rubric'"), decoder: &decoder)
            if reader.isMapping {
                rubricID = reader.required("id", decoder: &decoder, example: "claims-handler").flatMap {
                    decoder.readIdentifier($0, key: "id")
                }
                rubricVersion = reader.required("version", decoder: &decoder, example: "1").flatMap {
                    decoder.readInteger($0, key: "version")
                }
                if let hashNode = reader.optional("hash"), let hash = decoder.readText(hashNode, key: "hash") {
                    if ScorecardLoader.isHash(hash) {
                        rubricHash = hash
                    } else {
                        decoder.error(
                            .invalidHash,
                            .init(
                                en: "'hash' must be 'sha256:' followed by 64 hex digits",
                                de: "'hash' muss 'sha256:' und 64 Hexadezimalziffern sein"),
                            at: hashNode.location)
                    }
                }
                reader.finish(&decoder)
            }
        }
        let candidate = top.required("candidate", decoder: &decoder, example: "c-1042").flatMap {
            readStoreID($0, key: "candidate", decoder: &decoder)
        }
        let requisition = top.optional("requisition").flatMap { readStoreID($0, key: "requisition", decoder: &decoder) }
        let interviewerNode = top.required("interviewer", decoder: &decoder, example: "Anna Schmidt")
        var interviewer = interviewerNode.flatMap { decoder.readText($0, key: "interviewer") }
        if let name = interviewer, let node = interviewerNode {
            do {
                try ScorecardStore.validateInterviewer(name)
            } catch {
                decoder.error(.invalidInterviewer, error.message, at: node.location)
                interviewer = nil
            }
        }
        let interviewerID = top.optional("interviewer-id").flatMap { decoder.readIdentifier($0, key: "interviewer-id") }
        let stageNode = top.optional("stage")
        let stage = stageNode.flatMap { decoder.readIdentifier($0, key: "stage") }
        let interviewDate = top.optional("interview-date").flatMap { decoder.readDate($0, key: "interview-date") }
        var status = Scorecard.Status.draft
        if let statusNode = top.optional("status"), let text = decoder.readText(statusNode, key: "status") {
            if let value = Scorecard.Status(rawValue: text) {
                status = value
            } else {
                decoder.error(
                    .invalidStatus,
                    .init(
                        en: "'status' must be draft or submitted, found '\(text.shortened)'",
                        de: "'status' muss draft oder submitted sein, gefunden: '\(text.shortened)'"),
                    at: statusNode.location)
            }
        }

        // Find the rubric.
        var rubric: Rubric?
        if let rubricID, let rubricVersion {
            rubric = rubrics.first { $0.id == rubricID && $0.version == rubricVersion }
            if rubric == nil {
                let versions = rubrics.filter { $0.id == rubricID }.map(\.version).sorted()
                let known = Array(Set(rubrics.map(\.id))).sorted()
                let hint: LocalizedText
                if !versions.isEmpty {
                    let list = versions.map(String.init).joined(separator: ", ")
                    hint = .init(
                        en:
                            "rubric '\(rubricID)' exists in version \(list); this scorecard was made for version \(rubricVersion)",
                        de:
                            "Bewertungsvorlage '\(rubricID)' gibt es in Version \(list); dieser Bogen wurde für Version \(rubricVersion) erstellt"
                    )
                } else if let close = Identifier.closest(to: rubricID, among: known) {
                    hint = .init(en: "did you mean '\(close)'?", de: "meinten Sie '\(close)'?")
                } else {
                    hint = .init(
                        en:
                            "known rubrics: \(known.isEmpty ? "none" : known.joined(separator: ", ")); pass --rubrics DIR to look elsewhere",
                        de:
                            "bekannte Bewertungsvorlagen: \(known.isEmpty ? "keine" : known.joined(separator: ", ")); mit --rubrics DIR woanders suchen"
                    )
                }
                decoder.error(
                    .unknownRubric,
                    .init(
                        en: "no rubric '\(rubricID)' version \(rubricVersion) is known",
                        de: "keine Bewertungsvorlage '\(rubricID)' in Version \(rubricVersion) bekannt"),
                    at: rubricLocation, hint: hint)
            } else if let rubricHash, let rubric, rubric.hash != rubricHash {
                decoder.error(
                    .rubricHashMismatch,
                    .init(
                        en:
                            "the scorecard was made for rubric '\(rubricID)@\(rubricVersion)' with hash \(rubricHash.prefix(19))…, but that rubric now has hash \(rubric.hash.prefix(19))…",
                        de:
                            "der Bogen wurde für Bewertungsvorlage '\(rubricID)@\(rubricVersion)' mit Hash \(rubricHash.prefix(19))… erstellt, die Vorlage hat jetzt Hash \(rubric.hash.prefix(19))…"
                    ),
                    at: rubricLocation,
                    hint: .init(
                        en: "the rubric changed without a new version; restore it or raise its version",
                        de:
                            "die Vorlage wurde ohne neue Version geändert; stellen Sie sie wieder her oder erhöhen Sie die Version"
                    ))
            }
        }
        decoder.languages = []
        var stageCriteria: Set<String>?
        if let stage, let stageNode, let rubric {
            if let planned = rubric.stage(stage) {
                if planned.criteria.count != rubric.allCriteria.count { stageCriteria = Set(planned.criteria) }
            } else {
                let known = rubric.stages.map(\.id)
                decoder.error(
                    .unknownStage,
                    .init(
                        en:
                            "'\(stage)' is not a stage of rubric '\(rubric.reference)'; its stages: \(known.joined(separator: ", "))",
                        de:
                            "'\(stage)' ist keine Stufe der Bewertungsvorlage '\(rubric.reference)'; ihre Stufen: \(known.joined(separator: ", "))"
                    ),
                    at: stageNode.location,
                    hint: Identifier.closest(to: stage, among: known).map {
                        .init(en: "did you mean '\($0)'?", de: "meinten Sie '\($0)'?")
                    })
            }
        }

        // Ratings.
        var entries: [String: Scorecard.Entry] = [:]
        if let ratingsNode = top.optional("ratings") {
            let reader = MappingReader(
                ratingsNode, context: .init(en: "'ratings'", de: "'ratings'"), decoder: &decoder,
                checkUnknownKeys: false)
            for pair in reader.pairs {
                guard let id = pair.key.scalar?.text else { continue }
                if let rubric, rubric.criterion(id) == nil {
                    decoder.error(
                        .unknownCriterion,
                        .init(
                            en: "'\(id.shortened)' is not a criterion of rubric '\(rubric.reference)'",
                            de: "'\(id.shortened)' ist kein Kriterium der Bewertungsvorlage '\(rubric.reference)'"),
                        at: pair.key.location,
                        hint: Identifier.closest(to: id, among: rubric.allCriteria.map(\.id)).map {
                            .init(en: "did you mean '\($0)'?", de: "meinten Sie '\($0)'?")
                        })
                    continue
                }
                if let stageCriteria, let stage, !stageCriteria.contains(id) {
                    decoder.error(
                        .criterionOutsideStage,
                        .init(
                            en:
                                "'\(id.shortened)' is not rated in stage '\(stage)'; another stage's interviewer rates it",
                            de:
                                "'\(id.shortened)' wird nicht in der Stufe '\(stage)' bewertet; das übernimmt die Interviewerin bzw. der Interviewer einer anderen Stufe"
                        ),
                        at: pair.key.location,
                        hint: .init(
                            en: "remove the rating, or change 'stage'",
                            de: "entfernen Sie die Bewertung oder ändern Sie 'stage'"))
                    continue
                }
                if let entry = readEntry(
                    pair.value, criterion: id, scale: rubric?.scale ?? .standard, decoder: &decoder)
                {
                    entries[id] = entry
                }
            }
        }
        var recommendation: Scorecard.InterviewerRecommendation?
        if let node = top.optional("recommendation") {
            var reader = MappingReader(
                node, context: .init(en: "'recommendation'", de: "'recommendation'"), decoder: &decoder)
            if reader.isMapping {
                let valueNode = reader.required("value", decoder: &decoder, example: "yes")
                let reason = reader.optional("reason").flatMap { decoder.readText($0, key: "reason") }
                if let valueNode, let text = decoder.readText(valueNode, key: "value") {
                    if let value = Recommendation(rawValue: text) {
                        recommendation = .init(value: value, reason: reason)
                    } else {
                        decoder.error(
                            .invalidRecommendation,
                            .init(
                                en:
                                    "'value' must be strong-no, no, yes, strong-yes or no-decision, found '\(text.shortened)'",
                                de:
                                    "'value' muss strong-no, no, yes, strong-yes oder no-decision sein, gefunden: '\(text.shortened)'"
                            ),
                            at: valueNode.location)
                    }
                }
                reader.finish(&decoder)
            }
        }
        var order: [String] = []
        if let node = top.optional("order"), let items = decoder.readSequence(node, key: "order") {
            order = items.compactMap { decoder.readText($0, key: "order") }
        }
        var questionVariants: [String: Int] = [:]
        if let node = top.optional("question-variants") {
            let reader = MappingReader(
                node, context: .init(en: "'question-variants'", de: "'question-variants'"), decoder: &decoder,
                checkUnknownKeys: false)
            for pair in reader.pairs {
                guard let id = pair.key.scalar?.text,
                    let variant = decoder.readInteger(pair.value, key: "question-variants.\(id)")
                else { continue }
                if let rubric, let criterion = rubric.criterion(id), variant >= 0, variant < criterion.variantCount {
                    questionVariants[id] = variant
                } else {
                    decoder.error(
                        .invalidQuestionVariant,
                        .init(
                            en:
                                "'question-variants' names variant \(variant) of '\(id.shortened)', which the rubric does not have",
                            de:
                                "'question-variants' nennt Variante \(variant) von '\(id.shortened)', die es in der Bewertungsvorlage nicht gibt"
                        ),
                        at: pair.key.location)
                }
            }
        }
        var seal: String?
        let retainUntil = top.optional("retain-until").flatMap { decoder.readDate($0, key: "retain-until") }
        if let node = top.optional("seal"), let text = decoder.readText(node, key: "seal") {
            if ScorecardLoader.isHash(text) {
                seal = text
            } else {
                decoder.error(
                    .invalidSeal,
                    .init(
                        en: "'seal' must be 'sha256:' followed by 64 hex digits",
                        de: "'seal' muss 'sha256:' und 64 Hexadezimalziffern sein"),
                    at: node.location)
            }
        }
        let signature = top.optional("signature").flatMap { decoder.readText($0, key: "signature") }
        let (observations, observationKeys) = ObservationReading.read(
            &top, rubric: rubric, known: rubrics, decoder: &decoder)
        top.finish(&decoder)
        guard let rubricID, let rubricVersion, let candidate, let interviewer else { return (nil, rubric) }
        let scorecard = Scorecard(
            rubricID: rubricID, rubricVersion: rubricVersion, rubricHash: rubricHash, candidate: candidate,
            requisition: requisition, interviewer: interviewer, interviewDate: interviewDate, status: status,
            entries: entries, observations: observations, recommendation: recommendation,
            order: order, seal: seal, sourcePath: path)
        var result = scorecard
        result.observationKeys = observationKeys
        result.retainUntil = retainUntil
        result.stage = stage
        result.interviewerID = interviewerID
        result.questionVariants = questionVariants
        result.signature = signature
        return (result, rubric)
    }

    private func readEntry(_ node: YAMLNode, criterion: String, scale: RatingScale, decoder: inout NodeDecoder)
        -> Scorecard.Entry?
    {
        // Short form: `ownership: 4` or `ownership: n/a`.
        if node.scalar != nil {
            return readRating(node, criterion: criterion, scale: scale, decoder: &decoder).map {
                Scorecard.Entry(rating: $0, location: node.location)
            }
        }
        if let fields = EntryFields(node) {
            // The usual entry, where reading through a MappingReader could report nothing: the same reads,
            // in the same order, without building its messages.
            let rating = readRating(fields.level, criterion: criterion, scale: scale, decoder: &decoder)
            let evidence = fields.evidence.flatMap { node -> String? in
                if node.scalar?.isNull == true { return nil }
                return decoder.readText(node, key: "evidence")
            }
            let ratedAt = fields.at.flatMap { decoder.readText($0, key: "at") }
            return rating.map {
                Scorecard.Entry(rating: $0, evidence: evidence, ratedAt: ratedAt, location: node.location)
            }
        }
        var reader = MappingReader(
            node, context: .init(en: "the rating of '\(criterion)'", de: "der Bewertung von '\(criterion)'"),
            decoder: &decoder)
        guard reader.isMapping else { return nil }
        let rating = reader.required("level", decoder: &decoder, example: "3").flatMap {
            readRating($0, criterion: criterion, scale: scale, decoder: &decoder)
        }
        let evidence = reader.optional("evidence").flatMap { node -> String? in
            if node.scalar?.isNull == true { return nil }
            return decoder.readText(node, key: "evidence")
        }
        let ratedAt = reader.optional("at").flatMap { decoder.readText($0, key: "at") }
        reader.finish(&decoder)
        return rating.map { Scorecard.Entry(rating: $0, evidence: evidence, ratedAt: ratedAt, location: node.location) }
    }

    /// The values of a rating entry that is a mapping of text keys, each of `level`, `evidence` and `at`
    /// at most once and `level` given: an entry in which ``MappingReader`` would find nothing to report.
    private struct EntryFields {
        var level: YAMLNode
        var evidence: YAMLNode?
        var at: YAMLNode?

        init?(_ node: YAMLNode) {
            guard let pairs = node.mapping else { return nil }
            var level: YAMLNode?
            for pair in pairs {
                guard let key = pair.key.scalar, !key.isNull else { return nil }
                switch key.text {
                case "level" where level == nil: level = pair.value
                case "evidence" where evidence == nil: evidence = pair.value
                case "at" where at == nil: at = pair.value
                default: return nil
                }
            }
            guard let level else { return nil }
            self.level = level
        }
    }

    private func readRating(_ node: YAMLNode, criterion: String, scale: RatingScale, decoder: inout NodeDecoder)
        -> Rating?
    {
        if let text = node.scalar?.text, text == "n/a" || text == "na" || text == "N/A" { return .notAssessed }
        guard let level = decoder.readInteger(node, key: "level") else { return nil }
        guard scale.contains(level) else {
            decoder.error(
                .ratingOffScale,
                .init(
                    en: "the rating \(level) of '\(criterion)' is outside the scale \(scale.rangeDescription)",
                    de: "die Bewertung \(level) von '\(criterion)' liegt außerhalb der Skala \(scale.rangeDescription)"),
                at: node.location,
                hint: .init(
                    en: "rate \(scale.rangeDescription), or n/a when not assessed",
                    de: "bewerten Sie mit \(scale.rangeDescription) oder n/a, wenn nicht beurteilt"))
            return nil
        }
        return .level(level)
    }

    private func readStoreID(_ node: YAMLNode, key: String, decoder: inout NodeDecoder) -> String? {
        guard let text = decoder.readText(node, key: key) else { return nil }
        guard StoreID.isValid(text) else {
            decoder.error(
                .invalidStoreID,
                .init(
                    en:
                        "'\(key)' '\(text.shortened)' is not a valid id: use letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters",
                    de:
                        "'\(key)' '\(text.shortened)' ist keine gültige Kennung: Buchstaben, Ziffern, '-', '_' und '.', nicht mit '.' beginnend, höchstens 64 Zeichen"
                ),
                at: node.location)
            return nil
        }
        return text
    }

    /// Whether text is `sha256:` and 64 lowercase hex digits.
    public static func isHash(_ text: String) -> Bool {
        // The usual case, decided on the bytes: "sha256:" and 64 ASCII hex digits.
        let utf8 = text.utf8
        if utf8.count == 71, utf8.starts(with: "sha256:".utf8),
            utf8.dropFirst(7).allSatisfy({
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                    || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
            })
        {
            return true
        }
        guard text.hasPrefix("sha256:") else { return false }
        let hex = text.dropFirst(7)
        return hex.count == 64 && hex.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }
}

/// Rules for ids that become file and folder names in the store (candidates, requisitions).
public enum StoreID {
    /// Whether `text` is a safe id: ASCII letters, digits, `-`, `_`, `.`; no leading dot; 1 to 64 characters.
    /// Such an id can never escape the store folder (no `/`, no `..`, no control characters).
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 64, !text.hasPrefix(".") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == ".")
        }
    }
}
