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

    /// The bytes of a file, read straight into an array; nil when it cannot be opened or read
    /// (a folder, no permission).
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
        var top = MappingReader(root, context: ScorecardMessages.theScorecard, decoder: &decoder)
        guard top.isMapping else { return (nil, nil) }
        if let format = top.optional("format"), let text = decoder.readText(format, key: "format"),
            text != "hirescore/scorecard@1"
        {
            decoder.error(.unsupportedFormat, ScorecardMessages.unsupportedFormat(text), at: format.location)
        }
        let reference = readRubricReference(&top, root: root, decoder: &decoder)
        let candidate = top.required("candidate", decoder: &decoder, example: "c-1042").flatMap {
            readStoreID($0, key: "candidate", decoder: &decoder)
        }
        let requisition = top.optional("requisition").flatMap { readStoreID($0, key: "requisition", decoder: &decoder) }
        let interviewer = readInterviewer(&top, decoder: &decoder)
        let interviewerID = top.optional("interviewer-id").flatMap { decoder.readIdentifier($0, key: "interviewer-id") }
        let stageNode = top.optional("stage")
        let stage = stageNode.flatMap { decoder.readIdentifier($0, key: "stage") }
        let interviewDate = top.optional("interview-date").flatMap { decoder.readDate($0, key: "interview-date") }
        let status = readStatus(&top, decoder: &decoder)
        let rubric = findRubric(reference, among: rubrics, decoder: &decoder)
        decoder.languages = []
        var stageCriteria: Set<String>?
        if let stage, let stageNode, let rubric {
            stageCriteria = criteria(ofStage: stage, at: stageNode, in: rubric, decoder: &decoder)
        }
        let entries =
            top.optional("ratings").map {
                readRatings($0, rubric: rubric, stage: stage, stageCriteria: stageCriteria, decoder: &decoder)
            } ?? [:]
        let recommendation = top.optional("recommendation").flatMap { readRecommendation($0, decoder: &decoder) }
        var order: [String] = []
        if let node = top.optional("order"), let items = decoder.readSequence(node, key: "order") {
            order = items.compactMap { decoder.readText($0, key: "order") }
        }
        let questionVariants =
            top.optional("question-variants").map { readQuestionVariants($0, rubric: rubric, decoder: &decoder) }
            ?? [:]
        let retainUntil = top.optional("retain-until").flatMap { decoder.readDate($0, key: "retain-until") }
        let seal = top.optional("seal").flatMap { readSeal($0, decoder: &decoder) }
        let signature = top.optional("signature").flatMap { decoder.readText($0, key: "signature") }
        let (observations, observationKeys) = ObservationReading.read(
            &top, rubric: rubric, known: rubrics, decoder: &decoder)
        top.finish(&decoder)
        guard let rubricID = reference.id, let rubricVersion = reference.version, let candidate, let interviewer
        else { return (nil, rubric) }
        var scorecard = Scorecard(
            rubricID: rubricID, rubricVersion: rubricVersion, rubricHash: reference.hash, candidate: candidate,
            requisition: requisition, interviewer: interviewer, interviewDate: interviewDate, status: status,
            entries: entries, observations: observations, recommendation: recommendation,
            order: order, seal: seal, sourcePath: path)
        scorecard.observationKeys = observationKeys
        scorecard.retainUntil = retainUntil
        scorecard.stage = stage
        scorecard.interviewerID = interviewerID
        scorecard.questionVariants = questionVariants
        scorecard.signature = signature
        return (scorecard, rubric)
    }

    /// The `rubric:` reference of a scorecard as read, and where it stands.
    private struct RubricReference {
        var id: String?
        var version: Int?
        var hash: String?
        var location: SourceLocation
    }

    private func readRubricReference(_ top: inout MappingReader, root: YAMLNode, decoder: inout NodeDecoder)
        -> RubricReference
    {
        var reference = RubricReference(location: root.location)
        guard let node = top.required("rubric", decoder: &decoder, example: "{id: claims-handler, version: 1}")
        else { return reference }
        reference.location = node.location
        var reader = MappingReader(node, context: CommonMessages.keyContext("rubric"), decoder: &decoder)
        guard reader.isMapping else { return reference }
        reference.id = reader.required("id", decoder: &decoder, example: "claims-handler").flatMap {
            decoder.readIdentifier($0, key: "id")
        }
        reference.version = reader.required("version", decoder: &decoder, example: "1").flatMap {
            decoder.readInteger($0, key: "version")
        }
        if let hashNode = reader.optional("hash"), let hash = decoder.readText(hashNode, key: "hash") {
            if ScorecardLoader.isHash(hash) {
                reference.hash = hash
            } else {
                decoder.error(.invalidHash, ScorecardMessages.invalidHash, at: hashNode.location)
            }
        }
        reader.finish(&decoder)
        return reference
    }

    private func readInterviewer(_ top: inout MappingReader, decoder: inout NodeDecoder) -> String? {
        guard let node = top.required("interviewer", decoder: &decoder, example: "Anna Schmidt"),
            let name = decoder.readText(node, key: "interviewer")
        else { return nil }
        do {
            try ScorecardStore.validateInterviewer(name)
        } catch {
            decoder.error(.invalidInterviewer, error.message, at: node.location)
            return nil
        }
        return name
    }

    private func readStatus(_ top: inout MappingReader, decoder: inout NodeDecoder) -> Scorecard.Status {
        guard let node = top.optional("status"), let text = decoder.readText(node, key: "status") else { return .draft }
        guard let status = Scorecard.Status(rawValue: text) else {
            decoder.error(.invalidStatus, ScorecardMessages.invalidStatus(text), at: node.location)
            return .draft
        }
        return status
    }

    /// The rubric the reference names; an error when none is known (with a hint to the nearest) or when it
    /// changed since the scorecard was made for it.
    private func findRubric(_ reference: RubricReference, among rubrics: [Rubric], decoder: inout NodeDecoder)
        -> Rubric?
    {
        guard let id = reference.id, let version = reference.version else { return nil }
        guard let rubric = rubrics.first(where: { $0.id == id && $0.version == version }) else {
            let versions = rubrics.filter { $0.id == id }.map(\.version).sorted()
            let known = Array(Set(rubrics.map(\.id))).sorted()
            let hint: LocalizedText
            if !versions.isEmpty {
                let list = versions.map(String.init).joined(separator: ", ")
                hint = ScorecardMessages.rubricInOtherVersions(id, versions: list, wanted: version)
            } else if let close = Identifier.closest(to: id, among: known) {
                hint = CommonMessages.didYouMean(close)
            } else {
                hint = ScorecardMessages.knownRubrics(known)
            }
            decoder.error(
                .unknownRubric, ScorecardMessages.unknownRubric(id, version: version), at: reference.location,
                hint: hint)
            return nil
        }
        if let hash = reference.hash, rubric.hash != hash {
            decoder.error(
                .rubricHashMismatch,
                ScorecardMessages.rubricHashMismatch("\(id)@\(version)", cardHash: hash, rubricHash: rubric.hash),
                at: reference.location, hint: ScorecardMessages.restoreRubricOrRaiseVersion)
        }
        return rubric
    }

    /// The criteria rated in `stage`; nil when the stage rates all of them, or is not a stage of the rubric (an
    /// error).
    private func criteria(ofStage stage: String, at node: YAMLNode, in rubric: Rubric, decoder: inout NodeDecoder)
        -> Set<String>?
    {
        guard let planned = rubric.stage(stage) else {
            let known = rubric.stages.map(\.id)
            decoder.error(
                .unknownStage, ScorecardMessages.unknownStage(stage, rubric: rubric.reference, stages: known),
                at: node.location, hint: Identifier.closest(to: stage, among: known).map(CommonMessages.didYouMean))
            return nil
        }
        return planned.criteria.count != rubric.allCriteria.count ? Set(planned.criteria) : nil
    }

    private func readRatings(
        _ node: YAMLNode, rubric: Rubric?, stage: String?, stageCriteria: Set<String>?, decoder: inout NodeDecoder
    ) -> [String: Scorecard.Entry] {
        var entries: [String: Scorecard.Entry] = [:]
        let reader = MappingReader(
            node, context: CommonMessages.keyContext("ratings"), decoder: &decoder, checkUnknownKeys: false)
        for pair in reader.pairs {
            guard let id = pair.key.scalar?.text else { continue }
            if let rubric, rubric.criterion(id) == nil {
                decoder.error(
                    .unknownCriterion, ScorecardMessages.unknownCriterion(id, rubric: rubric.reference),
                    at: pair.key.location,
                    hint: Identifier.closest(to: id, among: rubric.allCriteria.map(\.id)).map(CommonMessages.didYouMean)
                )
                continue
            }
            if let stageCriteria, let stage, !stageCriteria.contains(id) {
                decoder.error(
                    .criterionOutsideStage, ScorecardMessages.criterionOutsideStage(id, stage: stage),
                    at: pair.key.location, hint: ScorecardMessages.removeRatingOrChangeStage)
                continue
            }
            if let entry = readEntry(pair.value, criterion: id, scale: rubric?.scale ?? .standard, decoder: &decoder) {
                entries[id] = entry
            }
        }
        return entries
    }

    private func readRecommendation(_ node: YAMLNode, decoder: inout NodeDecoder)
        -> Scorecard.InterviewerRecommendation?
    {
        var reader = MappingReader(node, context: CommonMessages.keyContext("recommendation"), decoder: &decoder)
        guard reader.isMapping else { return nil }
        var recommendation: Scorecard.InterviewerRecommendation?
        let valueNode = reader.required("value", decoder: &decoder, example: "yes")
        let reason = reader.optional("reason").flatMap { decoder.readText($0, key: "reason") }
        if let valueNode, let text = decoder.readText(valueNode, key: "value") {
            if let value = Recommendation(rawValue: text) {
                recommendation = .init(value: value, reason: reason)
            } else {
                decoder.error(
                    .invalidRecommendation, ScorecardMessages.invalidRecommendation(text), at: valueNode.location)
            }
        }
        reader.finish(&decoder)
        return recommendation
    }

    private func readQuestionVariants(_ node: YAMLNode, rubric: Rubric?, decoder: inout NodeDecoder) -> [String: Int] {
        var questionVariants: [String: Int] = [:]
        let reader = MappingReader(
            node, context: CommonMessages.keyContext("question-variants"), decoder: &decoder, checkUnknownKeys: false)
        for pair in reader.pairs {
            guard let id = pair.key.scalar?.text,
                let variant = decoder.readInteger(pair.value, key: "question-variants.\(id)")
            else { continue }
            if let rubric, let criterion = rubric.criterion(id), variant >= 0, variant < criterion.variantCount {
                questionVariants[id] = variant
            } else {
                decoder.error(
                    .invalidQuestionVariant, ScorecardMessages.invalidQuestionVariant(variant, criterion: id),
                    at: pair.key.location)
            }
        }
        return questionVariants
    }

    private func readSeal(_ node: YAMLNode, decoder: inout NodeDecoder) -> String? {
        guard let text = decoder.readText(node, key: "seal") else { return nil }
        guard ScorecardLoader.isHash(text) else {
            decoder.error(.invalidSeal, ScorecardMessages.invalidSeal, at: node.location)
            return nil
        }
        return text
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
            node, context: ScorecardMessages.ratingContext(criterion),
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
                ScorecardMessages.ratingOffScale(level, criterion: criterion, scale: scale.rangeDescription),
                at: node.location, hint: ScorecardMessages.rateOnScale(scale.rangeDescription))
            return nil
        }
        return .level(level)
    }

    private func readStoreID(_ node: YAMLNode, key: String, decoder: inout NodeDecoder) -> String? {
        guard let text = decoder.readText(node, key: key) else { return nil }
        guard StoreID.isValid(text) else {
            decoder.error(.invalidStoreID, ScorecardMessages.invalidStoreID(key, id: text), at: node.location)
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
package enum StoreID {
    /// Whether `text` is a safe id: ASCII letters, digits, `-`, `_`, `.`; no leading dot; 1 to 64 characters.
    /// Such an id can never escape the store folder (no `/`, no `..`, no control characters).
    package static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 64, !text.hasPrefix(".") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == ".")
        }
    }
}
