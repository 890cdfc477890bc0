import ScoringCore

// The diagnostic codes that only the conversation-skills module reports.

extension DiagnosticCode {
    /// Every criterion of the section is in the role-play, so the role-play weight has no effect.
    package static let rolePlayOnly = DiagnosticCode(
        "role-play-only",
        meaning: "Every criterion of the section is in the role-play, so the role-play weight has no effect.",
        example:
            "rubrics/claims-handler.yaml:73:19: warning: every criterion of section 'conversation-skills' is in the role-play, so the role-play weight has no effect"
    )

    /// A role-play has a script but no `facts`, so nothing checks that the candidate brief keeps them back.
    package static let scriptWithoutFacts = DiagnosticCode(
        "script-without-facts",
        meaning: "A role-play has a script but no `facts`, so nothing checks that the candidate brief keeps them back.",
        example:
            "rubrics/claims-handler.yaml:75:17: warning: the role-play has a script but no 'facts': nothing says which of its facts the candidate must find out, so nothing checks that the candidate brief keeps them back"
    )

    /// A fact the candidate should find out is in the candidate brief.
    package static let factInBrief = DiagnosticCode(
        "fact-in-brief",
        meaning: "A fact the candidate should find out is in the candidate brief.",
        example:
            "rubrics/claims-handler.yaml:75:17: warning: the script-only fact '6.200 €' is in the candidate brief ('de', 'en'): the candidate would be told what they should find out"
    )

    /// A fact the candidate should find out is not in the role-player's script, so the role-player cannot reveal it.
    package static let factNotInScript = DiagnosticCode(
        "fact-not-in-script",
        meaning:
            "A fact the candidate should find out is not in the role-player's script, so the role-player cannot reveal it.",
        example:
            "rubrics/claims-handler.yaml:76:17: warning: the script-only fact '6.200 €' is not in the role-player's script ('de', 'en'): the role-player cannot reveal it"
    )
}

extension ConversationSkillsModule {
    /// The diagnostic codes this module reports beyond the core's, for the documented list.
    package static let diagnosticCodes = DiagnosticCode.Group(
        title: "Module conversation-skills",
        codes: [
            .rolePlayOnly,
            .scriptWithoutFacts,
            .factInBrief,
            .factNotInScript,
        ])
}
