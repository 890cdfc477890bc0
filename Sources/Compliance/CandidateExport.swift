import Foundation
import Panel
import ScoringCore

/// Everything a store holds about one candidate, for an access request (Art. 15 DSGVO): scorecards
/// with evidence, the panel result, decisions, dates, retention, holds and the audit events.
public struct CandidateExport: Sendable {
    /// One scorecard as exported.
    public struct ScorecardEntry: Codable, Sendable {
        /// The requisition.
        public var requisition: String?
        /// The interviewer (or a pseudonym).
        public var interviewer: String
        /// `id@version` of the rubric.
        public var rubric: String
        /// draft or submitted.
        public var status: String
        /// The day of the interview.
        public var interviewDate: String?
        /// The day until which it is kept.
        public var retainUntil: String?
        /// The ratings with evidence, in the rubric's order.
        public var ratings: [RatingEntry]
        /// The recorded module observations (levels, minutes, choices) by observation id, n/a left out.
        public var observations: [String: String]
        /// The interviewer's recommendation and reason.
        public var recommendation: String?
        /// The reason.
        public var reason: String?
        /// The seal.
        public var seal: String?
        /// Who signed it, checked against the store's key list; absent for a draft (and in exports made before signatures).
        public var signature: SignatureEntry? = nil

        enum CodingKeys: String, CodingKey {
            case requisition, interviewer, rubric, status, ratings, observations, recommendation, reason, seal,
                signature
            case interviewDate = "interview-date"
            case retainUntil = "retain-until"
        }
    }

    /// A scorecard's signature as exported.
    public struct SignatureEntry: Codable, Sendable {
        /// `signed`, `unsigned-v1` (submitted before the store signed), `not-checked` or `refused`.
        public var verdict: String
        /// The signer's registered name (pseudonymised with the interviewers), when signed.
        public var signer: String?
        /// The signer's key id, when signed; left out when interviewers are pseudonymised (it would identify them).
        public var keyID: String?
        /// Why the signature is refused, in the export's language.
        public var reason: String?

        enum CodingKeys: String, CodingKey {
            case verdict, signer, reason
            case keyID = "key-id"
        }

        /// The verdict in words.
        public var text: LocalizedText {
            SignatureMessages.verdict(code: verdict, signer: signer, keyID: keyID, reason: reason)
        }
    }

    /// One rating.
    public struct RatingEntry: Codable, Sendable {
        /// The criterion's id.
        public var criterion: String
        /// The criterion's title.
        public var title: String
        /// The rating.
        public var rating: String
        /// The evidence.
        public var evidence: String?
    }

    /// The panel result in brief.
    public struct PanelEntry: Codable, Sendable {
        /// The requisition.
        public var requisition: String?
        /// The consensus score.
        public var score: Double?
        /// The panel recommendation.
        public var recommendation: String
        /// Why.
        public var reasons: [String]
    }

    /// The export document (`schema: hirescore/candidate-export@1`).
    public struct Document: Codable, Sendable {
        /// The schema id.
        public var schema = "hirescore/candidate-export@1"
        /// The candidate.
        public var candidate: String
        /// The day of the export.
        public var exported: String
        /// Whether interviewer names were replaced by pseudonyms.
        public var interviewersPseudonymised: Bool
        /// The scorecards.
        public var scorecards: [ScorecardEntry]
        /// The panel results.
        public var panels: [PanelEntry]
        /// The decisions.
        public var decisions: [StoreLedger.Decision]
        /// Legal holds.
        public var holds: [StoreLedger.Hold]
        /// The store's retention period in months.
        public var retentionMonths: Int
        /// The audit events about the candidate.
        public var auditEvents: [AuditLog.Event]
        /// Every other file of the candidate's folders (reports, notes, unreadable scorecards as raw text).
        public var otherFiles: [OtherFile] = []
        /// What could not be exported in full, with the reason; empty when the export is complete.
        public var incomplete: [FileProblem] = []

        enum CodingKeys: String, CodingKey {
            case schema, candidate, exported, scorecards, panels, decisions, holds, incomplete
            case otherFiles = "other-files"
            case interviewersPseudonymised = "interviewers-pseudonymised"
            case retentionMonths = "retention-months"
            case auditEvents = "audit-events"
        }
    }

    /// A file of the candidate's folders that is not a readable scorecard, with its content.
    public struct OtherFile: Codable, Sendable {
        /// The path relative to the store (`-` and a number when interviewer names are pseudonymised,
        /// since scorecard file names hold them).
        public var path: String
        /// The size in bytes.
        public var size: Int
        /// The content as text, when it is UTF-8 without NUL bytes.
        public var text: String?
        /// The content as Base64, otherwise.
        public var base64: String?
    }

    /// A file that could not be exported in full.
    public struct FileProblem: Codable, Sendable {
        /// The path relative to the store (pseudonymised like ``OtherFile/path``).
        public var path: String
        /// Why, in the export's language.
        public var reason: String
    }

    /// The export.
    public var document: Document

    /// Whether every file of the candidate is in the export in full.
    public var isComplete: Bool { document.incomplete.isEmpty }

    /// Why an export could not be made.
    public struct ExportError: Error, Sendable {
        /// What went wrong.
        public var message: LocalizedText
    }

    /// Collects everything about `candidate` in the store.
    public init(
        candidate: String, ledger: StoreLedger, rubrics: [Rubric], registry: ModuleRegistry,
        pseudonymiseInterviewers: Bool,
        language: Language, today: CalendarDate
    ) throws(ExportError) {
        let folders = StoreFiles.candidateFolders(in: ledger.storeRoot).filter { $0.candidate == candidate }
        guard !folders.isEmpty else {
            throw ExportError(message: RecordIDMessages.noCandidate(candidate, store: ledger.storeRoot))
        }
        var pseudonyms: [String: String] = [:]
        func name(_ interviewer: String) -> String {
            guard pseudonymiseInterviewers else { return interviewer }
            if let existing = pseudonyms[interviewer] { return existing }
            let pseudonym = ExportMessages.interviewerPseudonym(pseudonyms.count + 1).text(in: language)
            pseudonyms[interviewer] = pseudonym
            return pseudonym
        }
        var scorecards: [ScorecardEntry] = []
        var panels: [PanelEntry] = []
        var otherFiles: [OtherFile] = []
        var incomplete: [FileProblem] = []
        var fileNumber = 0
        func shownPath(_ path: String) -> String {
            fileNumber += 1
            return pseudonymiseInterviewers ? "-\(fileNumber)" : StoreFiles.relative(path, to: ledger.storeRoot)
        }
        func include(_ path: String, bytes: [UInt8]) {
            let isText = !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
            otherFiles.append(
                OtherFile(
                    path: shownPath(path), size: bytes.count,
                    text: isText ? String(decoding: bytes, as: UTF8.self) : nil,
                    base64: isText ? nil : Data(bytes).base64EncodedString()))
        }
        let limit = YAMLReader.Limits().maximumBytes
        let signatures = CardSignatures(storeRoot: ledger.storeRoot)
        // Each sealed card's signature against the store's key list, as merge checks it.
        func signature(_ scorecard: Scorecard, file: String) -> SignatureEntry? {
            guard scorecard.status == .submitted, let seal = scorecard.seal else { return nil }
            let verdict: CardSignatures.Verdict =
                scorecard.hasValidSeal
                ? signatures.verdict(
                    path: file, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer)
                : .refused(SignatureMessages.brokenSeal)
            switch verdict {
            case .signed(let signer, let keyID):
                return SignatureEntry(
                    verdict: "signed", signer: name(signer), keyID: pseudonymiseInterviewers ? nil : keyID)
            case .unsigned: return SignatureEntry(verdict: CardSignature.unsigned.code)
            case .notChecked: return SignatureEntry(verdict: CardSignature.notChecked.code)
            case .refused(let reason):
                // A pseudonymised export names nobody, in the reason neither (names, key ids).
                var text = reason.text(in: language)
                if pseudonymiseInterviewers {
                    text = text.replacingOccurrences(of: scorecard.interviewer, with: name(scorecard.interviewer))
                        .replacingOccurrences(
                            of: "ed25519:[0-9a-f]{16}", with: "ed25519:…", options: .regularExpression)
                }
                return SignatureEntry(verdict: "refused", reason: text)
            }
        }
        for folder in folders {
            var readable: [String] = []
            for file in folder.files {
                let isYAML = file.hasSuffix(".yaml") || file.hasSuffix(".yml")
                let bytes: [UInt8]
                switch BoundedFile.read(file, limit: isYAML ? limit : StoreFiles.hashLimit) {
                case .success(let read):
                    bytes = read
                case .failure(let refusal):
                    incomplete.append(
                        FileProblem(
                            path: shownPath(file),
                            reason: refusal.message(limit: isYAML ? limit : StoreFiles.hashLimit).text(in: language)))
                    continue
                }
                guard isYAML, let header = ScorecardHeader(bytes: bytes) else {
                    include(file, bytes: bytes)
                    continue
                }
                let relative = StoreFiles.relative(file, to: ledger.storeRoot)
                // A card an amendment superseded (or is drafting) is exported as the record it is, judged by the
                // place of the card it belongs to, and never merged beside the current card.
                let kept = Amendment.isKept(relative)
                if let problem = ScorecardHeader.placementProblem(
                    candidate: header.candidate, requisition: header.requisition,
                    interviewer: header.interviewer, interviewerID: header.interviewerID,
                    path: Amendment.cardPath(of: relative))
                {
                    // Never another candidate's data: a card about someone else is left out, and said so.
                    incomplete.append(
                        FileProblem(
                            path: shownPath(file),
                            reason: problem.text(in: language)
                                + ExportMessages.notExported.text(in: language)))
                    continue
                }
                let loaded = ScorecardLoader().load(bytes: bytes, path: file, rubrics: rubrics)
                if let scorecard = loaded.scorecard {
                    if !kept { readable.append(file) }
                    let signed = signature(scorecard, file: file)
                    if scorecard.hasValidSeal, signed?.verdict == "refused", let reason = signed?.reason {
                        // Loud: the card is refused, so the panel result that would rest on it is not exported.
                        incomplete.append(
                            FileProblem(
                                path: shownPath(file),
                                reason: SignatureMessages.refusedInExport(LocalizedText(reason)).text(in: language)))
                    }
                    let rubric = rubrics.first { $0.id == scorecard.rubricID && $0.version == scorecard.rubricVersion }
                    let order = rubric?.allCriteria.map(\.id) ?? scorecard.entries.keys.sorted()
                    scorecards.append(
                        ScorecardEntry(
                            requisition: scorecard.requisition, interviewer: name(scorecard.interviewer),
                            rubric: "\(scorecard.rubricID)@\(scorecard.rubricVersion)",
                            status: relative.contains("/" + Amendment.supersededFolder + "/")
                                ? "superseded" : scorecard.status.rawValue,
                            interviewDate: scorecard.interviewDate?.description,
                            retainUntil: scorecard.retainUntil?.description,
                            ratings: order.compactMap { id in
                                guard let entry = scorecard.entries[id] else { return nil }
                                return RatingEntry(
                                    criterion: id, title: rubric?.criterion(id)?.title.text(in: language) ?? id,
                                    rating: entry.rating.description, evidence: entry.evidence)
                            },
                            observations: CandidateExport.observations(of: scorecard, rubric: rubric, in: language),
                            recommendation: scorecard.recommendation?.value.rawValue,
                            reason: scorecard.recommendation?.reason, seal: scorecard.seal,
                            signature: signed))
                } else if let entry = CandidateExport.entry(fromYAML: bytes, interviewer: header.interviewer.map(name))
                {
                    // The scorecard is the record: without its rubric (a missing folder, an edited rubric)
                    // it is exported as written, criterion ids in place of titles.
                    scorecards.append(entry)
                } else {
                    include(file, bytes: bytes)
                    incomplete.append(
                        FileProblem(
                            path: otherFiles.last?.path ?? "-",
                            reason: ExportMessages.exportedAsRawText.text(in: language)))
                }
            }
            var merger = PanelMerger(registry: registry, includeDrafts: true)
            // The knock-outs a recorded debrief decision set aside are shown as set aside, with the reason.
            merger.overrides = (try? LedgerRecords(log: AuditLog(ledger: ledger)))?.overrides ?? [:]
            merger.signatureCheck = CardSignatures.check(files: readable)
            let report = merger.merge(files: readable, rubrics: rubrics)
            for panel in report.panels {
                panels.append(
                    PanelEntry(
                        requisition: panel.requisition,
                        score: panel.consensus.overallScore.map { ($0 * 100).rounded() / 100 },
                        recommendation: panel.consensus.recommendation.rawValue,
                        reasons: panel.consensus.recommendationReasons.map { $0.text(in: language) }))
            }
        }
        let decisions: [StoreLedger.Decision]
        let holds: [StoreLedger.Hold]
        let settings: StoreLedger.Settings
        do {
            decisions = try ledger.decisions().filter { $0.candidate == candidate }
            holds = try ledger.holds().filter { $0.candidate == candidate }
            settings = try ledger.settings()
        } catch {
            throw ExportError(message: error.message)
        }
        var events = AuditLog(ledger: ledger).events().events.map(\.event).filter { $0.candidate == candidate }
        if pseudonymiseInterviewers {
            for index in events.indices {
                // A submit event's actor is an interviewer, even one whose scorecards are gone (purged in another requisition).
                if events[index].event == "submit" {
                    events[index].actor = name(events[index].actor)
                } else if let pseudonym = pseudonyms[events[index].actor] {
                    events[index].actor = pseudonym
                }
                for fileIndex in events[index].files.indices {
                    events[index].files[fileIndex].path = "-"
                }
            }
        }
        document = Document(
            candidate: candidate, exported: today.description, interviewersPseudonymised: pseudonymiseInterviewers,
            scorecards: scorecards, panels: panels,
            decisions: decisions.map { decision in
                var copy = decision
                if let pseudonym = pseudonyms[copy.actor] { copy.actor = pseudonym }
                return copy
            },
            holds: holds.map { hold in
                var copy = hold
                if let pseudonym = pseudonyms[copy.actor] { copy.actor = pseudonym }
                return copy
            }, retentionMonths: settings.retentionMonths, auditEvents: events, otherFiles: otherFiles,
            incomplete: incomplete)
    }
}

extension CandidateExport {
    /// A scorecard's recorded observations by id, shown as their declaration shows them (n/a left out).
    static func observations(of scorecard: Scorecard, rubric: Rubric?, in language: Language) -> [String: String] {
        var result: [String: String] = [:]
        for (sectionID, values) in scorecard.observations {
            let section = rubric?.sections.first { $0.id == sectionID }
            for (id, value) in values where value.isRecorded {
                result[id] = section?.observation(id)?.display(value, in: language.rawValue) ?? value.text
            }
        }
        return result
    }

    /// A scorecard entry read from the file alone, without its rubric; nil when it is not a scorecard mapping.
    static func entry(fromYAML bytes: [UInt8], interviewer: String?) -> ScorecardEntry? {
        guard let root = try? YAMLReader().read(bytes), root.mapping != nil else { return nil }
        let text: (YAMLNode?) -> String? = { $0?.scalar?.text }
        var ratings: [RatingEntry] = []
        for pair in root["ratings"]?.mapping ?? [] {
            guard let id = pair.key.scalar?.text else { continue }
            let rating = text(pair.value) ?? text(pair.value["level"]) ?? "?"
            ratings.append(
                RatingEntry(criterion: id, title: id, rating: rating, evidence: text(pair.value["evidence"])))
        }
        // Observations as written: under 'observations' by section, or under a module's own top-level key
        // (such as 'languages' in older cards), which a card that cannot be read cannot tell apart.
        var observations: [String: String] = [:]
        for section in root["observations"]?.mapping ?? [] {
            for pair in section.value.mapping ?? [] {
                if let key = pair.key.scalar?.text { observations[key] = text(pair.value) ?? "?" }
            }
        }
        for pair in root["languages"]?.mapping ?? [] {
            if let key = pair.key.scalar?.text { observations[key] = text(pair.value) ?? "?" }
        }
        let rubric = root["rubric"]
        return ScorecardEntry(
            requisition: text(root["requisition"]), interviewer: interviewer ?? "?",
            rubric: "\(text(rubric?["id"]) ?? "?")@\(text(rubric?["version"]) ?? "?")",
            status: text(root["status"]) ?? "?", interviewDate: text(root["interview-date"]),
            retainUntil: text(root["retain-until"]), ratings: ratings, observations: observations,
            recommendation: text(root["recommendation"]?["value"]) ?? text(root["recommendation"]),
            reason: text(root["recommendation"]?["reason"]), seal: text(root["seal"]))
    }
}
