import ScoringCore

// The knock-out lines of a panel result (every report of `merge`, and `decide`), and the what-if note.
extension PanelMessages {
    /// A knock-out rule by its code, for a line whose reporters found it in their own words.
    package static func knockOutRule(_ code: String) -> LocalizedText? {
        switch code {
        case "below-minimum": return belowMinimum
        case "red-flag": return redFlag
        case "critical-skill-gap": return criticalSkillGap
        case "language-below-required": return languageBelowRequired
        default: return nil
        }
    }

    /// The knock-out rule `below-minimum`.
    package static let belowMinimum = LocalizedText(
        en: "section score below the minimum", de: "Abschnittswert unter dem Minimum")

    /// The knock-out rule `red-flag`.
    package static let redFlag = LocalizedText(en: "red flag", de: "Warnsignal")

    /// The knock-out rule `critical-skill-gap`.
    package static let criticalSkillGap = LocalizedText(
        en: "critical skill below its required level", de: "kritische Fähigkeit unter der geforderten Stufe")

    /// The knock-out rule `language-below-required`.
    package static let languageBelowRequired = LocalizedText(
        en: "language below the required level", de: "Sprache unter dem geforderten Niveau")

    /// A knock-out the debrief set aside, with who reported it (`names` and `namesDE`: the reporters, each with
    /// their own finding where the findings differ).
    package static func knockOutOverridden(
        _ override: KnockOutOverride, message: LocalizedText, count: Int, of total: Int, names: String,
        namesDE: String
    ) -> LocalizedText {
        .init(
            en:
                "set aside by the debrief (\(override.actor), \(override.date): \(override.reason)): \(message.text(in: "en")) — reported by \(count) of \(total): \(names)",
            de:
                "von der Nachbesprechung aufgehoben (\(override.actor), \(override.date): \(override.reason)): \(message.text(in: "de")) — gemeldet von \(count) von \(total): \(namesDE)"
        )
    }

    /// A knock-out reported by enough raters, with the rubric's rationale when it has one.
    package static func knockOutStands(
        _ message: LocalizedText, count: Int, of total: Int, names: String, namesDE: String, rationale: LocalizedText?
    ) -> LocalizedText {
        let whyEN = rationale.map { " — why the job needs the rule: " + $0.text(in: "en") } ?? ""
        let whyDE = rationale.map { " — warum die Stelle die Regel braucht: " + $0.text(in: "de") } ?? ""
        return .init(
            en: "stands: \(message.text(in: "en")) — reported by \(count) of \(total): \(names)\(whyEN)",
            de: "gilt: \(message.text(in: "de")) — gemeldet von \(count) von \(total): \(namesDE)\(whyDE)")
    }

    /// A knock-out reported by too few raters to stand: to discuss, with each reporter's finding.
    package static func knockOutToDiscuss(
        count: Int, of total: Int, needed: Int, details: String, detailsDE: String
    ) -> LocalizedText {
        .init(
            en: "to discuss (reported by \(count) of \(total), \(needed) needed to stand): \(details)",
            de: "zu besprechen (gemeldet von \(count) von \(total), \(needed) nötig): \(detailsDE)")
    }

    /// A knock-out criterion rated by too few raters (`finding`: the module's "… not rated").
    package static func knockOutNotRated(_ finding: LocalizedText, needed: Int) -> LocalizedText {
        .init(
            en: "\(finding.text(in: "en")) by enough raters (at least \(needed))",
            de: "\(finding.text(in: "de")) – nicht von genug Bewertenden (mindestens \(needed))")
    }

    /// The note every report shows for a what-if consensus method (not the rubric's).
    package static func whatIf(_ method: ConsensusMethod, rubricMethod: ConsensusMethod) -> LocalizedText {
        .init(
            en:
                "WHAT-IF: consensus by \(method.label.text(in: "en")), not the rubric's method (\(rubricMethod.label.text(in: "en"))); not a basis for a decision",
            de:
                "WAS-WÄRE-WENN: Konsens per \(method.label.text(in: "de")), nicht nach der Methode der Vorlage (\(rubricMethod.label.text(in: "de"))); keine Grundlage für eine Entscheidung"
        )
    }

    static var knockOutEntries: [(name: String, text: LocalizedText)] {
        let override = KnockOutOverride(
            knockOutID: "customer-orientation/red-flag/empathy", reason: "misread", actor: "Anna", date: "2026-11-17")
        let message = LocalizedText(en: "red flag: empathy", de: "Warnsignal: Empathie")
        return [
            ("belowMinimum", belowMinimum), ("redFlag", redFlag), ("criticalSkillGap", criticalSkillGap),
            ("languageBelowRequired", languageBelowRequired),
            (
                "knockOutOverridden",
                knockOutOverridden(
                    override, message: message, count: 2, of: 3, names: "Anna, Ben", namesDE: "Anna, Ben")
            ),
            (
                "knockOutStands",
                knockOutStands(message, count: 2, of: 3, names: "Anna, Ben", namesDE: "Anna, Ben", rationale: message)
            ),
            ("knockOutToDiscuss", knockOutToDiscuss(count: 1, of: 3, needed: 2, details: "Anna", detailsDE: "Anna")),
            ("knockOutNotRated", knockOutNotRated(message, needed: 2)),
            ("whatIf", whatIf(.mean, rubricMethod: .median)),
        ]
    }
}
