import ScoringCore

/// The conversation-skills module's sentences, each with its German and English text: the diagnostics of its
/// `config` (languages, role-play, script-only facts), its rules and handouts in words, the languages `enter` asks
/// for, and the explanations and findings of its score.
///
/// The configuration messages show when a rubric is validated; the rules and handouts in the rubric guides
/// (docs/rubrics) and `hirescore rubric show`; the rest at `enter`, in `score`, `merge` and the reports.
enum ConversationSkillsMessages: MessageCatalogue {
    /// The module's name.
    static let name = LocalizedText(en: "Conversation skills", de: "Gesprächsführung")

    /// The name of the scale of language levels.
    static let cefr = LocalizedText(en: "CEFR", de: "GER")

    /// A language's name ("German"/"Deutsch"), as the label of its observation at `enter`.
    static func languageName(_ code: String) -> LocalizedText {
        .init(en: Language.name(of: code, in: "en"), de: Language.name(of: code, in: "de"))
    }

    /// Beside a language at `enter`: "required C1 (mandatory)".
    static func requirement(_ required: CEFRLevel, mandatory: Bool) -> LocalizedText {
        .init(
            en: "required \(required.rawValue)\(mandatory ? " (mandatory)" : "")",
            de: "gefordert \(required.rawValue)\(mandatory ? " (verpflichtend)" : "")")
    }

    /// The context of one language requirement.
    static let aLanguageRequirement = LocalizedText(en: "a language requirement", de: "einer Sprachanforderung")

    /// A `language` that is not a language code.
    static func notALanguageCode(_ code: String) -> LocalizedText {
        .init(
            en: "'\(code)' is not a language code such as 'de' or 'en'",
            de: "'\(code)' ist kein Sprachcode wie 'de' oder 'en'")
    }

    /// A language with two requirements.
    static func languageTwice(_ code: String) -> LocalizedText {
        .init(en: "language '\(code)' has two requirements", de: "Sprache '\(code)' hat zwei Anforderungen")
    }

    /// A `required` level that is not a CEFR level.
    static func notACEFRLevel(_ text: String) -> LocalizedText {
        .init(
            en: "'\(text)' is not a CEFR level; use A1, A2, B1, B2, C1 or C2",
            de: "'\(text)' ist keine GER-Stufe; verwenden Sie A1, A2, B1, B2, C1 oder C2")
    }

    /// The knock-out rule of a mandatory language, in the message about its missing rationale.
    static func mandatoryLanguage(_ code: String) -> LocalizedText {
        .init(en: "the mandatory language '\(code)'", de: "die verpflichtende Sprache '\(code)'")
    }

    /// A role-play `weight` outside (0, 1).
    static func invalidRolePlayWeight(_ found: String) -> LocalizedText {
        .init(
            en:
                "the role-play 'weight' is its share of the section and must be between 0 and 1 (exclusive), found \(found)",
            de:
                "das 'weight' des Rollenspiels ist sein Anteil am Abschnitt und muss zwischen 0 und 1 liegen (ausschließlich), gefunden: \(found)"
        )
    }

    /// The hint for an invalid role-play weight.
    static let rolePlayWeightExample = LocalizedText(en: "for example 0.4", de: "zum Beispiel 0.4")

    /// A role-play criterion the section does not have.
    static func unknownRolePlayCriterion(_ id: String, section: String) -> LocalizedText {
        .init(
            en: "the role-play names '\(id)', which is not a criterion of section '\(section)'",
            de: "das Rollenspiel nennt '\(id)', das kein Kriterium von Abschnitt '\(section)' ist")
    }

    /// A role-play without criteria.
    static let rolePlayWithoutCriteria = LocalizedText(
        en: "the role-play must name at least one criterion", de: "das Rollenspiel muss mindestens ein Kriterium nennen"
    )

    /// A role-play that holds every criterion of its section.
    static func rolePlayOnly(_ section: String) -> LocalizedText {
        .init(
            en:
                "every criterion of section '\(section)' is in the role-play, so the role-play weight has no effect",
            de:
                "alle Kriterien von Abschnitt '\(section)' gehören zum Rollenspiel, das Gewicht des Rollenspiels wirkt daher nicht"
        )
    }

    /// A role-play script without `facts`.
    static let scriptWithoutFacts = LocalizedText(
        en:
            "the role-play has a script but no 'facts': nothing says which of its facts the candidate must find out, so nothing checks that the candidate brief keeps them back",
        de:
            "das Rollenspiel hat ein Skript, aber keine 'facts': nichts sagt, welche seiner Tatsachen die Bewerberin bzw. der Bewerber erfragen muss, daher prüft nichts, dass die Information für die Bewerberin bzw. den Bewerber sie zurückhält"
    )

    /// The hint for a script without facts.
    static let listFacts = LocalizedText(
        en: "list under 'facts' each script-only fact as words that appear in the script, e.g. [\"6,200\"]",
        de:
            "nennen Sie unter 'facts' jede Tatsache, die nur im Skript steht, mit Worten aus dem Skript, z. B. [\"6.200\"]"
    )

    /// A script-only fact that the candidate brief gives away; `languages` lists where ("'de', 'en'").
    static func factInBrief(_ fact: String, languages: String) -> LocalizedText {
        .init(
            en:
                "the script-only fact '\(fact)' is in the candidate brief (\(languages)): the candidate would be told what they should find out",
            de:
                "die Tatsache '\(fact)', die nur im Skript stehen soll, steht in der Information für die Bewerberin bzw. den Bewerber (\(languages)): sie bzw. er erführe, was erfragt werden soll"
        )
    }

    /// The hint for a fact in the brief.
    static let removeFactFromBrief = LocalizedText(
        en: "remove it from 'candidate-brief', or from 'facts' if the candidate may know it",
        de: "entfernen Sie sie aus 'candidate-brief' oder aus 'facts', wenn die Person sie wissen darf")

    /// A script-only fact missing from the script; `languages` lists where.
    static func factNotInScript(_ fact: String, languages: String) -> LocalizedText {
        .init(
            en:
                "the script-only fact '\(fact)' is not in the role-player's script (\(languages)): the role-player cannot reveal it",
            de:
                "die Tatsache '\(fact)', die nur im Skript stehen soll, fehlt im Skript der Rollenspielerin bzw. des Rollenspielers (\(languages)): sie bzw. er kann sie nicht preisgeben"
        )
    }

    /// The hint for a fact missing from the script.
    static let writeFactIntoScript = LocalizedText(
        en: "write it into 'script' word for word, or correct the fact",
        de: "schreiben Sie sie wörtlich in 'script' oder korrigieren Sie die Tatsache")

    static var entries: [(name: String, text: LocalizedText)] { configurationEntries + scoringEntries }

    static let configurationEntries: [(name: String, text: LocalizedText)] = [
        ("name", name), ("cefr", cefr), ("languageName", languageName("de")),
        ("requirement", requirement(.c1, mandatory: true)), ("aLanguageRequirement", aLanguageRequirement),
        ("notALanguageCode", notALanguageCode("deutsch")), ("languageTwice", languageTwice("de")),
        ("notACEFRLevel", notACEFRLevel("D1")), ("mandatoryLanguage", mandatoryLanguage("de")),
        ("invalidRolePlayWeight", invalidRolePlayWeight("1.5")), ("rolePlayWeightExample", rolePlayWeightExample),
        ("unknownRolePlayCriterion", unknownRolePlayCriterion("escalated-cal", section: "conversation")),
        ("rolePlayWithoutCriteria", rolePlayWithoutCriteria), ("rolePlayOnly", rolePlayOnly("conversation")),
        ("scriptWithoutFacts", scriptWithoutFacts), ("listFacts", listFacts),
        ("factInBrief", factInBrief("6,200", languages: "'de'")), ("removeFactFromBrief", removeFactFromBrief),
        ("factNotInScript", factNotInScript("6,200", languages: "'en'")),
        ("writeFactIntoScript", writeFactIntoScript),
    ]
}
