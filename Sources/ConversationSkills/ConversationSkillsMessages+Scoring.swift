import ScoringCore

/// The conversation-skills module's rules and handouts in words, and the explanations and findings of its score.
extension ConversationSkillsMessages {
    /// A language requirement in words, with the level's CEFR descriptor.
    static func languageRule(_ code: String, required level: CEFRLevel, mandatory: Bool) -> LocalizedText {
        .init(
            en:
                "\(Language.name(of: code, in: "en")): required \(level.rawValue) (CEFR: \(level.descriptor.text(in: "en"))), \(mandatory ? "mandatory: below it is a knock-out when at least two raters observe it" : "optional: below it is a note"). Record the level you observed.",
            de:
                "\(Language.name(of: code, in: "de")): gefordert \(level.rawValue) (GER: \(level.descriptor.text(in: "de"))), \(mandatory ? "verpflichtend: darunter ist ein K.-o.-Kriterium, wenn mindestens zwei Bewertende es beobachten" : "optional: darunter ist es ein Hinweis"). Notieren Sie das beobachtete Niveau."
        )
    }

    /// The role-play in words: its share of the section and the titles of its criteria.
    static func rolePlayRule(_ weight: Double, criteria: [LocalizedText]) -> LocalizedText {
        .init(
            en:
                "Role-play (\(Format.percent(weight)) of the section): \(criteria.map { $0.text(in: "en") }.joined(separator: ", ")).",
            de:
                "Rollenspiel (\(Format.percent(weight, language: .de)) des Abschnitts): \(criteria.map { $0.text(in: "de") }.joined(separator: ", "))."
        )
    }

    /// The role-play's scenario, as the rubric writes it.
    static func scenario(_ scenario: LocalizedText) -> LocalizedText {
        .init(en: "Scenario: " + scenario.text(in: "en"), de: "Szenario: " + scenario.text(in: "de"))
    }

    /// The title of the candidate's handout.
    static let candidateBriefTitle = LocalizedText(
        en: "Role-play: the candidate's brief", de: "Rollenspiel: Information für die Bewerberin bzw. den Bewerber")

    /// The title of the role-player's handout.
    static let scriptTitle = LocalizedText(
        en: "Role-play: the role-player's script (not for the candidate)",
        de:
            "Rollenspiel: Skript für die Rollenspielerin bzw. den Rollenspieler (nicht für die Bewerberin bzw. den Bewerber)"
    )

    /// The knock-out rule of a mandatory language.
    static func languageKnockOutRule(_ code: String, required: CEFRLevel) -> LocalizedText {
        .init(
            en: "\(Language.name(of: code, in: "en")) below \(required.rawValue) (CEFR) is a knock-out.",
            de: "\(Language.name(of: code, in: "de")) unter \(required.rawValue) (GER) ist ein K.-o.-Kriterium.")
    }

    /// The part of the section's explanation about the interview's criteria.
    static let interview = LocalizedText(en: "interview", de: "Interview")

    /// The part of the section's explanation about the role-play's criteria.
    static let rolePlay = LocalizedText(en: "role-play", de: "Rollenspiel")

    /// The section score of interview and role-play; `arithmetic` is written in English notation
    /// ("0.6×3.00 + 0.4×4.00 = 3.40").
    static func sectionScore(_ arithmetic: String) -> LocalizedText {
        .init(en: "section: " + arithmetic, de: "Abschnitt: " + Format.decimalComma(arithmetic))
    }

    /// The section score when the role-play was not rated.
    static func interviewAlone(_ score: Double) -> LocalizedText {
        .init(
            en: "section: the role-play was not rated, so the interview counts alone: \(Format.fixed(score))",
            de:
                "Abschnitt: das Rollenspiel wurde nicht bewertet, daher zählt das Interview allein: \(Format.fixed(score, language: .de))"
        )
    }

    /// The section score when only the role-play was rated.
    static func rolePlayAlone(_ score: Double) -> LocalizedText {
        .init(
            en: "section: only the role-play was rated, so it counts alone: \(Format.fixed(score))",
            de:
                "Abschnitt: nur das Rollenspiel wurde bewertet, daher zählt es allein: \(Format.fixed(score, language: .de))"
        )
    }

    /// The finding of a required language nobody assessed.
    static func languageNotAssessed(_ code: String, required: CEFRLevel) -> LocalizedText {
        .init(
            en: "\(Language.name(of: code, in: "en")) was not assessed (required \(required.rawValue))",
            de: "\(Language.name(of: code, in: "de")) wurde nicht beurteilt (gefordert \(required.rawValue))")
    }

    /// The finding of a language observed below its required level.
    static func languageBelowRequired(_ code: String, observed: CEFRLevel, required: CEFRLevel, mandatory: Bool)
        -> LocalizedText
    {
        .init(
            en:
                "\(Language.name(of: code, in: "en")): observed \(observed.rawValue), required \(required.rawValue)\(mandatory ? " (mandatory)" : "")",
            de:
                "\(Language.name(of: code, in: "de")): beobachtet \(observed.rawValue), gefordert \(required.rawValue)\(mandatory ? " (verpflichtend)" : "")"
        )
    }

    static let scoringEntries: [(name: String, text: LocalizedText)] = [
        ("languageRule", languageRule("de", required: .c1, mandatory: true)),
        ("rolePlayRule", rolePlayRule(0.4, criteria: [LocalizedText(en: "Escalated call", de: "Eskalierter Anruf")])),
        ("scenario", scenario(LocalizedText(en: "An angry customer calls.", de: "Ein verärgerter Kunde ruft an."))),
        ("candidateBriefTitle", candidateBriefTitle), ("scriptTitle", scriptTitle),
        ("languageKnockOutRule", languageKnockOutRule("de", required: .c1)), ("interview", interview),
        ("rolePlay", rolePlay), ("sectionScore", sectionScore("0.6×3.00 + 0.4×4.00 = 3.40")),
        ("interviewAlone", interviewAlone(3.5)), ("rolePlayAlone", rolePlayAlone(3.5)),
        ("languageNotAssessed", languageNotAssessed("de", required: .c1)),
        ("languageBelowRequired", languageBelowRequired("de", observed: .b2, required: .c1, mandatory: true)),
    ]
}
