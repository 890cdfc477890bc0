/// Text in one or more languages, keyed by language code (`de`, `en`).
///
/// Rubric texts and every message HireScore shows are localized text. A text written as a plain
/// string in a rubric is the same in every language and is stored under ``LocalizedText/anyLanguage``.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The key of a text that is the same in every language.
    public static let anyLanguage = "*"

    /// The translations, keyed by language code.
    public var translations: [String: String]

    /// Creates text from translations keyed by language code.
    public init(translations: [String: String]) {
        self.translations = translations
    }

    /// Creates text that is the same in every language.
    public init(_ text: String) {
        translations = [LocalizedText.anyLanguage: text]
    }

    /// Creates a text in English and German, as HireScore's own messages are written.
    public init(en: String, de: String) {
        translations = ["en": en, "de": de]
    }

    /// The text in `language`, else in English, else in any language there is.
    public func text(in language: String) -> String {
        translations[language] ?? translations[LocalizedText.anyLanguage] ?? translations["en"]
            ?? translations.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// The text in an interface language.
    public func text(in language: Language) -> String {
        text(in: language.rawValue)
    }

    /// Whether a text for `language` exists (a plain text exists in every language).
    public func has(_ language: String) -> Bool {
        translations[language] != nil || translations[LocalizedText.anyLanguage] != nil
    }

    /// Joins texts language by language with `separator`.
    public static func joined(_ parts: [LocalizedText], separator: String = "") -> LocalizedText {
        LocalizedText(
            en: parts.map { $0.text(in: "en") }.joined(separator: separator),
            de: parts.map { $0.text(in: "de") }.joined(separator: separator))
    }
}
