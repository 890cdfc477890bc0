import ScoringCore

extension PanelResult {
    /// What a knock-out line of a panel report says about the knock-out.
    package enum KnockOutStatus: String, Sendable, Hashable {
        /// Reported by enough raters: it caps the recommendation.
        case stands
        /// Reported by enough raters, set aside by a recorded debrief decision.
        case overridden
        /// Reported by too few raters to stand: for the debrief.
        case toDiscuss = "to-discuss"
        /// A criterion or language a knock-out rule needs, rated by too few raters: "no decision" until it is.
        case notRated = "not-rated"

        /// The mark every report format puts before the line.
        package var symbol: String {
            switch self {
            case .stands: return "✖"
            case .overridden: return "↷"
            case .toDiscuss: return "⚑"
            case .notRated: return "?"
            }
        }
    }

    /// One knock-out line of a panel report, the same in every format.
    package struct KnockOutLine: Sendable, Hashable {
        /// What the line says about the knock-out.
        package var status: KnockOutStatus
        /// The section.
        package var sectionID: String
        /// The knock-out's id (`section/code/subject`), the one `decide --override-knock-out` names.
        package var id: String
        /// The line in words.
        package var text: LocalizedText
    }

    /// The knock-out lines: those that stand, those set aside by the debrief, those to discuss, and the knock-out
    /// criteria rated by too few raters.
    package var knockOutLines: [KnockOutLine] {
        let total = raters.count
        var lines: [KnockOutLine] = []
        for knockOut in reportedKnockOuts {
            // One message when every reporter's finding reads the same; else each reporter with their own words
            // (a section minimum, for example, is missed by different scores).
            let sameMessage = Set(knockOut.reports.map(\.message)).count <= 1
            let names =
                sameMessage
                ? knockOut.reports.map(\.interviewer).joined(separator: ", ")
                : knockOut.reports.map { "\($0.interviewer) (\($0.message.text(in: "en")))" }.joined(separator: ", ")
            let namesDE =
                sameMessage
                ? names
                : knockOut.reports.map { "\($0.interviewer) (\($0.message.text(in: "de")))" }.joined(separator: ", ")
            let message =
                sameMessage
                ? (knockOut.reports.first.map(\.message) ?? LocalizedText(knockOut.id))
                : (PanelMessages.knockOutRule(knockOut.code) ?? LocalizedText(knockOut.id))
            let count = knockOut.reports.count
            if let override = knockOut.override, knockOut.isReportedByEnough {
                lines.append(
                    .init(
                        status: .overridden, sectionID: knockOut.sectionID, id: knockOut.id,
                        text: PanelMessages.knockOutOverridden(
                            override, message: message, count: count, of: total, names: names, namesDE: namesDE)))
            } else if knockOut.isReportedByEnough {
                lines.append(
                    .init(
                        status: .stands, sectionID: knockOut.sectionID, id: knockOut.id,
                        text: PanelMessages.knockOutStands(
                            message, count: count, of: total, names: names, namesDE: namesDE,
                            rationale: knockOut.rationale)))
            } else {
                let details = knockOut.reports.map { "\($0.interviewer): \($0.message.text(in: "en"))" }.joined(
                    separator: "; ")
                let detailsDE = knockOut.reports.map { "\($0.interviewer): \($0.message.text(in: "de"))" }.joined(
                    separator: "; ")
                lines.append(
                    .init(
                        status: .toDiscuss, sectionID: knockOut.sectionID, id: knockOut.id,
                        text: PanelMessages.knockOutToDiscuss(
                            count: count, of: total, needed: knockOut.needed, details: details, detailsDE: detailsDE)))
            }
        }
        for missing in consensus.knockOutsNotRated {
            lines.append(
                .init(
                    status: .notRated, sectionID: missing.sectionID,
                    id: [missing.sectionID, missing.finding.code, missing.finding.subject].compactMap { $0 }.joined(
                        separator: "/"),
                    text: PanelMessages.knockOutNotRated(missing.finding.message, needed: min(2, total))))
        }
        return lines
    }

    /// For a what-if consensus method (not the rubric's), the sentence every report shows; nil for the rubric's own.
    package var whatIfNote: LocalizedText? {
        guard isWhatIf else { return nil }
        let rubricMethod = rubric.decision.consensus
        return PanelMessages.whatIf(method, rubricMethod: rubricMethod)
    }
}
