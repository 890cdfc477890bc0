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
        /// Observed language levels.
        public var languages: [String: String]
        /// The interviewer's recommendation and reason.
        public var recommendation: String?
        /// The reason.
        public var reason: String?
        /// The seal.
        public var seal: String?

        enum CodingKeys: String, CodingKey {
            case requisition, interviewer, rubric, status, ratings, languages, recommendation, reason, seal
            case interviewDate = "interview-date"
            case retainUntil = "retain-until"
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

        enum CodingKeys: String, CodingKey {
            case schema, candidate, exported, scorecards, panels, decisions, holds
            case interviewersPseudonymised = "interviewers-pseudonymised"
            case retentionMonths = "retention-months"
            case auditEvents = "audit-events"
        }
    }

    /// The export.
    public var document: Document

    /// Why an export could not be made.
    public struct ExportError: Error, Sendable {
        /// What went wrong.
        public var message: LocalizedText
    }

    /// Collects everything about `candidate` in the store.
    public init(candidate: String, ledger: StoreLedger, rubrics: [Rubric], registry: ModuleRegistry, pseudonymiseInterviewers: Bool,
                language: Language, today: CalendarDate) throws(ExportError) {
        let folders = StoreFiles.candidateFolders(in: ledger.storeRoot).filter { $0.candidate == candidate }
        guard !folders.isEmpty else {
            throw ExportError(message: .init(en: "no candidate '\(candidate)' in the store \(ledger.storeRoot)",
                                             de: "kein*e Kandidat*in '\(candidate)' in der Ablage \(ledger.storeRoot)"))
        }
        var pseudonyms: [String: String] = [:]
        func name(_ interviewer: String) -> String {
            guard pseudonymiseInterviewers else { return interviewer }
            if let existing = pseudonyms[interviewer] { return existing }
            let pseudonym = (language == .de ? "Interviewer*in " : "Interviewer ") + String(pseudonyms.count + 1)
            pseudonyms[interviewer] = pseudonym
            return pseudonym
        }
        var scorecards: [ScorecardEntry] = []
        var panels: [PanelEntry] = []
        for folder in folders {
            let files = folder.files.filter { $0.hasSuffix(".yaml") }
            for file in files {
                guard let scorecard = ScorecardLoader().load(path: file, rubrics: rubrics).scorecard else { continue }
                let rubric = rubrics.first { $0.id == scorecard.rubricID && $0.version == scorecard.rubricVersion }
                let order = rubric?.allCriteria.map(\.id) ?? scorecard.entries.keys.sorted()
                scorecards.append(ScorecardEntry(
                    requisition: scorecard.requisition, interviewer: name(scorecard.interviewer),
                    rubric: "\(scorecard.rubricID)@\(scorecard.rubricVersion)", status: scorecard.status.rawValue,
                    interviewDate: scorecard.interviewDate?.description, retainUntil: scorecard.retainUntil?.description,
                    ratings: order.compactMap { id in
                        guard let entry = scorecard.entries[id] else { return nil }
                        return RatingEntry(criterion: id, title: rubric?.criterion(id)?.title.text(in: language) ?? id,
                                           rating: entry.rating.description, evidence: entry.evidence)
                    },
                    languages: scorecard.observedLanguages.mapValues(\.rawValue),
                    recommendation: scorecard.recommendation?.value.rawValue, reason: scorecard.recommendation?.reason, seal: scorecard.seal))
            }
            let report = PanelMerger(registry: registry, includeDrafts: true).merge(files: files, rubrics: rubrics)
            for panel in report.panels {
                panels.append(PanelEntry(requisition: panel.requisition, score: panel.consensus.overallScore.map { ($0 * 100).rounded() / 100 },
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
        document = Document(candidate: candidate, exported: today.description, interviewersPseudonymised: pseudonymiseInterviewers,
                            scorecards: scorecards, panels: panels, decisions: decisions.map { decision in
                                var copy = decision
                                if let pseudonym = pseudonyms[copy.actor] { copy.actor = pseudonym }
                                return copy
                            }, holds: holds, retentionMonths: settings.retentionMonths, auditEvents: events)
    }
}
