import Foundation
import Panel
import ScoringCore

/// `hirescore status` as text for a recruiter, or as JSON (`schema: hirescore/panel-status@1`) for scripts
/// that send reminders.
package struct PanelStatusReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The status as text: one block per candidate, a line per stage.
    package func text(_ status: PanelStatus) -> String {
        let lang = language.rawValue
        let t = { (text: LocalizedText) in text.text(in: self.language) }
        typealias M = ReportMessages
        var out = ""
        if status.candidates.isEmpty {
            out += t(M.noScorecardsFound) + "\n"
        }
        for candidate in status.candidates {
            out +=
                "\(t(M.candidateHeading)) \(candidate.candidate)"
                + (candidate.requisition.map { "  (\(t(M.requisitionColumn)) \($0))" } ?? "")
                + "  \(candidate.rubric)\n"
            for stage in candidate.stages {
                let planned = stage.stage
                var head = "  \(planned.id)"
                if planned.isPlanned {
                    head += " (\(planned.title.text(in: lang))"
                    if let minutes = planned.durationMinutes { head += ", \(minutes) min" }
                    if let role = planned.interviewerRole { head += ", \(role.text(in: lang))" }
                    head += ")"
                }
                let expected = planned.isPlanned ? planned.interviewers : max(1, stage.cards.count)
                head += t(M.submittedOf(stage.submitted.count, expected))
                out += head + "\n"
                for card in stage.submitted {
                    out += "    ✔ \(card.interviewer)\n"
                }
                for card in stage.drafts {
                    let since =
                        card.lastSaved.map { " " + t(M.since) + PanelStatusReport.timestamp($0) } ?? ""
                    out +=
                        card.hasBrokenSeal
                        ? "    ✖ \(card.interviewer): \(t(M.sealBroken))\n"
                        : "    … \(card.interviewer): \(t(M.draft))\(since)\n"
                }
                if stage.missingCount > 0 {
                    let role = planned.interviewerRole.map { " (\($0.text(in: lang)))" } ?? ""
                    out += "    ✗ " + t(M.missing(stage.missingCount, role: role)) + "\n"
                }
            }
            for card in candidate.stray {
                out += "  ? " + t(M.strayCard(card.interviewer, file: card.file)) + "\n"
            }
            out +=
                candidate.canMerge
                ? "  " + t(M.readyToMerge) + "\n"
                : "  " + t(M.notReadyToMerge)
                    + candidate.blockers.map { $0.text(in: lang) }.joined(separator: "; ") + "\n"
            out += "\n"
        }
        if !status.unreadable.isEmpty {
            out +=
                t(M.unreadableFiles) + "\n"
                + status.unreadable.map { "  \($0)\n" }.joined()
        }
        return out
    }

    struct Document: Encodable {
        let schema = "hirescore/panel-status@1"
        let candidates: [CandidateJSON]
        let unreadable: [String]
    }

    struct CandidateJSON: Encodable {
        let candidate: String
        let requisition: String?
        let rubric: String
        let stages: [StageJSON]
        let stray: [CardJSON]
        let canMerge: Bool
        let blockers: [String]

        enum CodingKeys: String, CodingKey {
            case candidate, requisition, rubric, stages, stray, blockers
            case canMerge = "can-merge"
        }
    }

    struct StageJSON: Encodable {
        let id: String
        let title: String
        let durationMinutes: Int?
        let interviewerRole: String?
        let expected: Int
        let submitted: [CardJSON]
        let drafts: [CardJSON]
        let missing: Int

        enum CodingKeys: String, CodingKey {
            case id, title, expected, submitted, drafts, missing
            case durationMinutes = "duration-minutes"
            case interviewerRole = "interviewer-role"
        }
    }

    struct CardJSON: Encodable {
        let interviewer: String
        let file: String
        let lastSaved: String?
        let brokenSeal: Bool

        enum CodingKeys: String, CodingKey {
            case interviewer, file
            case lastSaved = "last-saved"
            case brokenSeal = "broken-seal"
        }
    }

    /// The status as JSON, keys sorted.
    package func json(_ status: PanelStatus) -> String {
        let lang = language.rawValue
        func card(_ card: PanelStatus.Card) -> CardJSON {
            CardJSON(
                interviewer: card.interviewer, file: card.file,
                lastSaved: card.lastSaved.map(PanelStatusReport.timestamp),
                brokenSeal: card.hasBrokenSeal)
        }
        let document = Document(
            candidates: status.candidates.map { candidate in
                CandidateJSON(
                    candidate: candidate.candidate, requisition: candidate.requisition, rubric: candidate.rubric,
                    stages: candidate.stages.map { stage in
                        StageJSON(
                            id: stage.stage.id, title: stage.stage.title.text(in: lang),
                            durationMinutes: stage.stage.durationMinutes,
                            interviewerRole: stage.stage.interviewerRole?.text(in: lang),
                            expected: stage.stage.isPlanned ? stage.stage.interviewers : max(1, stage.cards.count),
                            submitted: stage.submitted.map(card), drafts: stage.drafts.map(card),
                            missing: stage.missingCount)
                    },
                    stray: candidate.stray.map(card), canMerge: candidate.canMerge,
                    blockers: candidate.blockers.map { $0.text(in: lang) })
            }, unreadable: status.unreadable)
        return JSONOutput.encode(document) + "\n"
    }

    /// A moment as ISO 8601 in UTC, to the second (`2026-11-20T14:05:09Z`).
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
