extension Language {
    private static let names: [String: LocalizedText] = [
        "de": .init(en: "German", de: "Deutsch"),
        "en": .init(en: "English", de: "Englisch"),
        "fr": .init(en: "French", de: "Französisch"),
        "es": .init(en: "Spanish", de: "Spanisch"),
        "it": .init(en: "Italian", de: "Italienisch"),
        "nl": .init(en: "Dutch", de: "Niederländisch"),
        "pl": .init(en: "Polish", de: "Polnisch"),
        "pt": .init(en: "Portuguese", de: "Portugiesisch"),
        "tr": .init(en: "Turkish", de: "Türkisch"),
        "cs": .init(en: "Czech", de: "Tschechisch"),
        "da": .init(en: "Danish", de: "Dänisch"),
        "sv": .init(en: "Swedish", de: "Schwedisch"),
        "ru": .init(en: "Russian", de: "Russisch"),
        "uk": .init(en: "Ukrainian", de: "Ukrainisch"),
        "ar": .init(en: "Arabic", de: "Arabisch"),
        "zh": .init(en: "Chinese", de: "Chinesisch"),
    ]

    /// The name of the language with ISO 639 code `code` in `language` ("German"/"Deutsch" for `de`), or the
    /// code itself when HireScore does not know the language.
    package static func name(of code: String, in language: String) -> String {
        names[code]?.text(in: language) ?? code
    }
}
