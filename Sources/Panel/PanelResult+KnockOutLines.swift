import ScoringCore

extension PanelResult {
    /// What a knock-out line of a panel report says about the knock-out.
    public enum KnockOutStatus: String, Sendable, Hashable {
        /// Reported by enough raters: it caps the recommendation.
        case stands
        /// Reported by enough raters, set aside by a recorded debrief decision.
        case overridden
        /// Reported by too few raters to stand: for the debrief.
        case toDiscuss = "to-discuss"
        /// A criterion or language a knock-out rule needs, rated by too few raters: "no decision" until it is.
        case notRated = "not-rated"

        /// The mark every report format puts before the line.
        public var symbol: String {
            switch self {
            case .stands: return "✖"
            case .overridden: return "↷"
            case .toDiscuss: return "⚑"
            case .notRated: return "?"
            }
        }
    }

    /// One knock-out line of a panel report, the same in every format.
    public struct KnockOutLine: Sendable, Hashable {
        /// What the line says about the knock-out.
        public var status: KnockOutStatus
        /// The section.
        public var sectionID: String
        /// The knock-out's id (`section/code/subject`), the one `decide --override-knock-out` names.
        public var id: String
        /// The line in words.
        public var text: LocalizedText
    }

    /// The knock-out lines: those that stand, those set aside by the debrief, those to discuss, and the knock-out
    /// criteria rated by too few raters.
    public var knockOutLines: [KnockOutLine] {
        let total = raters.count
        let rulesByCode: [String: LocalizedText] = [
            "below-minimum": .init(en: "section score below the minimum", de: "Abschnittswert unter dem Minimum"),
            "red-flag": .init(en: "red flag", de: "Warnsignal"),
            "critical-skill-gap": .init(
                en: "critical skill below its required level", de: "kritische Fähigkeit unter der geforderten Stufe"),
            "language-below-required": .init(
                en: "language below the required level", de: "Sprache unter dem geforderten Niveau"),
        ]
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
                : (rulesByCode[knockOut.code] ?? LocalizedText(knockOut.id))
            let count = knockOut.reports.count
            if let override = knockOut.override, knockOut.isReportedByEnough {
                lines.append(
                    .init(
                        status: .overridden, sectionID: knockOut.sectionID, id: knockOut.id,
                        text: .init(
                            en:
                                "set aside by the debrief (\(override.actor), \(override.date): \(override.reason)): \(message.text(in: "en")) — reported by \(count) of \(total): \(names)",
                            de:
                                "von der Nachbesprechung aufgehoben (\(override.actor), \(override.date): \(override.reason)): \(message.text(in: "de")) — gemeldet von \(count) von \(total): \(namesDE)"
                        )))
            } else if knockOut.isReportedByEnough {
                let whyEN = knockOut.rationale.map { " — why the job needs the rule: " + $0.text(in: "en") } ?? ""
                let whyDE =
                    knockOut.rationale.map { " — warum die Stelle die Regel braucht: " + $0.text(in: "de") } ?? ""
                lines.append(
                    .init(
                        status: .stands, sectionID: knockOut.sectionID, id: knockOut.id,
                        text: .init(
                            en:
                                "stands: \(message.text(in: "en")) — reported by \(count) of \(total): \(names)\(whyEN)",
                            de:
                                "gilt: \(message.text(in: "de")) — gemeldet von \(count) von \(total): \(namesDE)\(whyDE)"
                        )))
            } else {
                let details = knockOut.reports.map { "\($0.interviewer): \($0.message.text(in: "en"))" }.joined(
                    separator: "; ")
                let detailsDE = knockOut.reports.map { "\($0.interviewer): \($0.message.text(in: "de"))" }.joined(
                    separator: "; ")
                lines.append(
                    .init(
                        status: .toDiscuss, sectionID: knockOut.sectionID, id: knockOut.id,
                        text: .init(
                            en:
                                "to discuss (reported by \(count) of \(total), \(knockOut.needed) needed to stand): \(details)",
                            de:
                                "zu besprechen (gemeldet von \(count) von \(total), \(knockOut.needed) nötig): \(detailsDE)"
                        )))
            }
        }
        for missing in consensus.knockOutsNotRated {
            lines.append(
                .init(
                    status: .notRated, sectionID: missing.sectionID,
                    id: [missing.sectionID, missing.finding.code, missing.finding.subject].compactMap { $0 }.joined(
                        separator: "/"),
                    text: .init(
                        en: "\(missing.finding.message.text(in: "en")) by enough raters (at least \(min(2, total)))",
                        de:
                            "\(missing.finding.message.text(in: "de")) – nicht von genug Bewertenden (mindestens \(min(2, total)))"
                    )))
        }
        return lines
    }

    /// For a what-if consensus method (not the rubric's), the sentence every report shows; nil for the rubric's own.
    public var whatIfNote: LocalizedText? {
        guard isWhatIf else { return nil }
        let rubricMethod = rubric.decision.consensus
        return .init(
            en:
                "WHAT-IF: consensus by \(method.label.text(in: "en")), not the rubric's method (\(rubricMethod.label.text(in: "en"))); not a basis for a decision",
            de:
                "WAS-WÄRE-WENN: Konsens per \(method.label.text(in: "de")), nicht nach der Methode der Vorlage (\(rubricMethod.label.text(in: "de"))); keine Grundlage für eine Entscheidung"
        )
    }
}
