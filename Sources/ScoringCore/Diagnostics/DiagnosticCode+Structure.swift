// The documented diagnostic codes: keys, values and texts. Listed in DiagnosticCode+Registry.swift.

extension DiagnosticCode {
    /// A value has the wrong shape: a mapping, list or scalar was expected and something else was found.
    public static let wrongType = DiagnosticCode(
        "wrong-type",
        meaning: "A value has the wrong shape: a mapping, list or scalar was expected and something else was found.",
        example: "rubrics/claims-handler.yaml:15:21: error: 'level' must be a whole number, found 'high'")

    /// A mapping key is not plain text (a list, a mapping or null).
    public static let keyNotText = DiagnosticCode(
        "key-not-text",
        meaning: "A mapping key is not plain text (a list, a mapping or null).",
        example: "rubrics/claims-handler.yaml:14:3: error: keys must be text, found a list")

    /// A mapping has the same key twice.
    public static let duplicateKey = DiagnosticCode(
        "duplicate-key",
        meaning: "A mapping has the same key twice.",
        example:
            "rubrics/claims-handler.yaml:14:1: error: duplicate key 'version' in the rubric; it was first given at line 4"
    )

    /// A mapping lacks a required key.
    public static let missingKey = DiagnosticCode(
        "missing-key",
        meaning: "A mapping lacks a required key.",
        example:
            "rubrics/claims-handler.yaml:30:9: error: criterion 'friendliness' is missing the required key 'anchors'")

    /// A mapping has a key the format does not know (often a typo; the hint suggests the nearest key).
    public static let unknownKey = DiagnosticCode(
        "unknown-key",
        meaning: "A mapping has a key the format does not know (often a typo; the hint suggests the nearest key).",
        example: "rubrics/claims-handler.yaml:95:9: error: unknown key 'anchor' in criterion 'ownership'")

    /// A value carries an explicit YAML tag other than `!!str`; HireScore gives tags no meaning.
    public static let unsupportedTag = DiagnosticCode(
        "unsupported-tag",
        meaning: "A value carries an explicit YAML tag other than `!!str`; HireScore gives tags no meaning.",
        example:
            "rubrics/claims-handler.yaml:6:10: error: the YAML tag '!!float' is not supported: HireScore reads plain values and gives tags no meaning"
    )

    /// A number is too large or too small to be read.
    public static let outOfRange = DiagnosticCode(
        "out-of-range",
        meaning: "A number is too large or too small to be read.",
        example: "store/claims-2026-01/c-102/anna-schmidt.yaml:10:14: error: the number for 'level' is out of range")

    /// An id is not kebab-case (lowercase letters, digits and single hyphens).
    public static let invalidID = DiagnosticCode(
        "invalid-id",
        meaning: "An id is not kebab-case (lowercase letters, digits and single hyphens).",
        example:
            "rubrics/claims-handler.yaml:83:13: error: 'id' must be kebab-case (lowercase letters, digits and single hyphens), found 'System_Use'"
    )

    /// A requisition, candidate or interviewer id cannot name a file in the store.
    public static let invalidStoreID = DiagnosticCode(
        "invalid-store-id",
        meaning: "A requisition, candidate or interviewer id cannot name a file in the store.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:5:12: error: 'candidate' '../c-102' is not a valid id: use letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters"
    )

    /// A bilingual text has a language the rubric does not declare.
    public static let unknownLanguage = DiagnosticCode(
        "unknown-language",
        meaning: "A bilingual text has a language the rubric does not declare.",
        example:
            "rubrics/claims-handler.yaml:12:7: error: 'title' has text in 'fr', which is not one of the rubric's languages (de, en)"
    )

    /// A bilingual text lacks one of the rubric's languages.
    public static let missingTranslation = DiagnosticCode(
        "missing-translation",
        meaning: "A bilingual text lacks one of the rubric's languages.",
        example: "rubrics/claims-handler.yaml:12:11: error: 'text' is missing the language 'en'")

    /// An unquoted text in a flow mapping has a comma, which ends the text early.
    public static let commaInText = DiagnosticCode(
        "comma-in-text",
        meaning: "An unquoted text in a flow mapping has a comma, which ends the text early.",
        example:
            "rubrics/claims-handler.yaml:54:50: error: the 'de' text of 'anchors.1' has a comma, which ends an unquoted text in {de: …, en: …}; quote the text"
    )

    /// A language is not a language code such as `de` or `en`.
    public static let invalidLanguage = DiagnosticCode(
        "invalid-language",
        meaning: "A language is not a language code such as `de` or `en`.",
        example: "rubrics/claims-handler.yaml:7:14: error: 'deutsch' is not a language code such as 'de' or 'en'")

    /// A language is listed twice.
    public static let duplicateLanguage = DiagnosticCode(
        "duplicate-language",
        meaning: "A language is listed twice.",
        example: "rubrics/claims-handler.yaml:7:18: error: language 'de' is listed twice")

    /// A language level is not a CEFR level (A1 to C2).
    public static let invalidCEFR = DiagnosticCode(
        "invalid-cefr",
        meaning: "A language level is not a CEFR level (A1 to C2).",
        example: "rubrics/claims-handler.yaml:41:20: error: 'C3' is not a CEFR level; use A1, A2, B1, B2, C1 or C2")
}
