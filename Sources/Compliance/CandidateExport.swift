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
        /// Who signed it, checked against the store's key list; absent for a draft (and in exports made before
        /// signatures).
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
        var collector = Collector(
            ledger: ledger, rubrics: rubrics, registry: registry, pseudonymiseInterviewers: pseudonymiseInterviewers,
            language: language)
        for folder in folders {
            collector.collect(folder)
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
        let events = collector.auditEvents(of: candidate)
        document = Document(
            candidate: candidate, exported: today.description, interviewersPseudonymised: pseudonymiseInterviewers,
            scorecards: collector.scorecards, panels: collector.panels,
            decisions: decisions.map { decision in
                var copy = decision
                copy.actor = collector.actor(copy.actor)
                return copy
            },
            holds: holds.map { hold in
                var copy = hold
                copy.actor = collector.actor(copy.actor)
                return copy
            }, retentionMonths: settings.retentionMonths, auditEvents: events, otherFiles: collector.otherFiles,
            incomplete: collector.incomplete)
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
