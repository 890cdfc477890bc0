/// The messages and hints of the located YAML decoding that rubrics, scorecards and module configurations share
/// (``MappingReader``, ``NodeDecoder``), each with its German and English text.
///
/// `context` and `key` name where the problem is ("criterion 'ownership'", `'weight'`) and are already in the
/// message's language or language-neutral.
enum DecodingMessages: MessageCatalogue {
    /// A mapping was expected.
    static func notAMapping(_ context: LocalizedText, found: LocalizedText) -> LocalizedText {
        .init(
            en: "\(context.text(in: "en")) must be a mapping of keys to values, found \(found.text(in: "en"))",
            de:
                "bei \(context.text(in: "de")) wird eine Zuordnung von Schlüsseln zu Werten erwartet, gefunden: \(found.text(in: "de"))"
        )
    }
    /// A mapping key is not text.
    static func keyNotText(found: LocalizedText) -> LocalizedText {
        .init(
            en: "keys must be text, found \(found.text(in: "en"))",
            de: "Schlüssel müssen Texte sein, gefunden: \(found.text(in: "de"))")
    }
    /// A key is given twice in one mapping.
    static func duplicateKey(_ key: String, in context: LocalizedText, firstLine: Int) -> LocalizedText {
        .init(
            en: "duplicate key '\(key)' in \(context.text(in: "en")); it was first given at line \(firstLine)",
            de: "doppelter Schlüssel '\(key)' in \(context.text(in: "de")); er steht bereits in Zeile \(firstLine)")
    }
    /// The hint for a duplicate key.
    static let removeOneOfTheTwo = LocalizedText(en: "remove one of the two", de: "entfernen Sie einen der beiden")
    /// A required key is missing.
    static func missingKey(_ key: String, in context: LocalizedText) -> LocalizedText {
        .init(
            en: "\(context.text(in: "en")) is missing the required key '\(key)'",
            de: "in \(context.text(in: "de")) fehlt der Pflichtschlüssel '\(key)'")
    }
    /// The hint for a missing key, with an example value.
    static func addKey(_ key: String, example: String) -> LocalizedText {
        .init(en: "add '\(key): \(example)'", de: "ergänzen Sie '\(key): \(example)'")
    }
    /// The hint for an unknown key: the keys known at that place.
    static func knownKeys(_ keys: [String]) -> LocalizedText {
        .init(
            en: "known keys here: \(keys.joined(separator: ", "))",
            de: "bekannte Schlüssel hier: \(keys.joined(separator: ", "))")
    }
    /// A key the format does not know.
    static func unknownKey(_ key: String, in context: LocalizedText) -> LocalizedText {
        .init(
            en: "unknown key '\(key)' in \(context.text(in: "en"))",
            de: "unbekannter Schlüssel '\(key)' in \(context.text(in: "de"))")
    }

    /// An explicit YAML tag HireScore does not read.
    static func unsupportedTag(_ tag: String) -> LocalizedText {
        .init(
            en: "the YAML tag '\(tag)' is not supported: HireScore reads plain values and gives tags no meaning",
            de:
                "das YAML-Tag '\(tag)' wird nicht unterstützt: HireScore liest einfache Werte und gibt Tags keine Bedeutung"
        )
    }
    /// The hint for an unsupported tag.
    static let removeTheTag = LocalizedText(
        en: "remove the tag; to keep a value as text, put it in quotes",
        de: "entfernen Sie das Tag; soll ein Wert Text bleiben, setzen Sie ihn in Anführungszeichen")
    /// What a text value is called in a type mismatch.
    static let text = LocalizedText(en: "text", de: "ein Text")
    /// A whole number too large to read.
    static func numberOutOfRange(_ key: String) -> LocalizedText {
        .init(en: "the number for '\(key)' is out of range", de: "die Zahl für '\(key)' ist zu groß")
    }
    /// What a whole number is called in a type mismatch.
    static let wholeNumber = LocalizedText(en: "a whole number", de: "eine ganze Zahl")
    /// A decimal number that is infinite or too large.
    static func numberNotFinite(_ key: String, found: String) -> LocalizedText {
        .init(
            en: "the number for '\(key)' must be finite and in range, found '\(found)'",
            de: "die Zahl für '\(key)' muss endlich und darstellbar sein, gefunden: '\(found)'")
    }
    /// What a number is called in a type mismatch.
    static let number = LocalizedText(en: "a number", de: "eine Zahl")
    /// What a boolean is called in a type mismatch (the YAML words stay as written).
    static let trueOrFalse = LocalizedText(en: "true or false", de: "true oder false")
    /// The hint for a boolean.
    static let writeTrueOrFalse = LocalizedText(en: "write true or false", de: "schreiben Sie true oder false")
    /// What a date is called in a type mismatch.
    static let date = LocalizedText(en: "a date (YYYY-MM-DD)", de: "ein Datum (JJJJ-MM-TT)")
    /// The hint for a date.
    static let writeDate = LocalizedText(
        en: "write the date as year-month-day, for example 2026-01-31",
        de: "schreiben Sie das Datum als Jahr-Monat-Tag, zum Beispiel 2026-01-31")
    /// An id that is not kebab-case.
    static func notKebabCase(_ key: String, found: String) -> LocalizedText {
        .init(
            en: "'\(key)' must be kebab-case (lowercase letters, digits and single hyphens), found '\(found)'",
            de:
                "'\(key)' muss in kebab-case geschrieben sein (Kleinbuchstaben, Ziffern, einzelne Bindestriche), gefunden: '\(found)'"
        )
    }
    /// The hint for an id: the same id in kebab-case.
    static func forExample(_ suggestion: String) -> LocalizedText {
        .init(en: "for example '\(suggestion)'", de: "zum Beispiel '\(suggestion)'")
    }
    /// What a list is called, in a type mismatch and in a description of a node.
    static let list = LocalizedText(en: "a list", de: "eine Liste")
    /// What bilingual text is called in a type mismatch.
    static let textOrTranslations = LocalizedText(
        en: "text or a mapping of languages to text", de: "ein Text oder eine Zuordnung von Sprachen zu Texten")
    /// The context of a bilingual text's languages: "text 'title'".
    static func textContext(_ key: String) -> LocalizedText {
        .init(en: "text '\(key)'", de: "Text '\(key)'")
    }
    /// A bilingual text in a language the rubric does not declare.
    static func undeclaredLanguage(_ key: String, language: String, languages: [String]) -> LocalizedText {
        .init(
            en:
                "'\(key)' has text in '\(language)', which is not one of the rubric's languages (\(languages.joined(separator: ", ")))",
            de:
                "'\(key)' hat einen Text in '\(language)', das keine der Sprachen der Bewertungsvorlage ist (\(languages.joined(separator: ", ")))"
        )
    }
    /// The hint for a text in an undeclared language.
    static func declareOrRemoveLanguage(_ language: String) -> LocalizedText {
        .init(
            en: "add '\(language)' to 'languages' or remove this text",
            de: "ergänzen Sie '\(language)' unter 'languages' oder entfernen Sie diesen Text")
    }
    /// A bilingual text without one of the rubric's languages.
    static func missingTranslation(_ key: String, language: String) -> LocalizedText {
        .init(en: "'\(key)' is missing the language '\(language)'", de: "in '\(key)' fehlt die Sprache '\(language)'")
    }
    /// The hint for a missing translation.
    static func addTranslation(_ language: String) -> LocalizedText {
        .init(en: "add '\(language): ...' to this text", de: "ergänzen Sie '\(language): ...' in diesem Text")
    }
    /// An unquoted comma that cut a text in a flow mapping.
    static func commaInText(_ key: String, language: String, shape: String) -> LocalizedText {
        .init(
            en:
                "the '\(language)' text of '\(key)' has a comma, which ends an unquoted text in \(shape); quote the text",
            de:
                "der '\(language)'-Text von '\(key)' enthält ein Komma, das einen Text ohne Anführungszeichen in \(shape) beendet; setzen Sie den Text in Anführungszeichen"
        )
    }
    /// The hint for a cut text: the line as it should be written.
    static func writeItAs(_ fixed: String) -> LocalizedText {
        .init(en: "write it as \(fixed)", de: "schreiben Sie \(fixed)")
    }
    /// A value of the wrong kind.
    static func wrongType(_ key: String, expected: LocalizedText, found: LocalizedText) -> LocalizedText {
        .init(
            en: "'\(key)' must be \(expected.text(in: "en")), found \(found.text(in: "en"))",
            de: "'\(key)' muss \(expected.text(in: "de")) sein, gefunden: \(found.text(in: "de"))")
    }
    /// An empty value, in a description of a node.
    static let nothing = LocalizedText(en: "nothing", de: "nichts")
    /// A mapping, in a description of a node.
    static let mapping = LocalizedText(en: "a mapping", de: "eine Zuordnung")

    /// A knock-out rule without a `rationale`; `rule` names it ("the knock-out rule of 'honesty'").
    static func knockOutWithoutRationale(_ rule: LocalizedText) -> LocalizedText {
        .init(
            en: "\(rule.text(in: "en")) is a knock-out rule without a 'rationale'",
            de: "\(rule.text(in: "de")) ist eine K.-o.-Regel ohne 'rationale' (Begründung)")
    }
    /// The hint for a knock-out rule without a rationale.
    static let addRationale = LocalizedText(
        en: "add 'rationale: {de: ..., en: ...}' saying why the job needs this rule",
        de: "ergänzen Sie 'rationale: {de: ..., en: ...}' und begründen Sie, warum die Stelle diese Regel braucht")

    static let entries: [(name: String, text: LocalizedText)] = {
        let context = LocalizedText(en: "criterion 'ownership'", de: "Kriterium 'ownership'")
        return [
            ("notAMapping", notAMapping(context, found: list)), ("keyNotText", keyNotText(found: list)),
            ("duplicateKey", duplicateKey("weight", in: context, firstLine: 12)),
            ("removeOneOfTheTwo", removeOneOfTheTwo), ("missingKey", missingKey("anchors", in: context)),
            ("addKey", addKey("anchors", example: "{1: ..., 3: ..., 5: ...}")),
            ("knownKeys", knownKeys(["id", "title"])), ("unknownKey", unknownKey("anchor", in: context)),
            ("unsupportedTag", unsupportedTag("!!float")), ("removeTheTag", removeTheTag), ("text", text),
            ("numberOutOfRange", numberOutOfRange("level")), ("wholeNumber", wholeNumber),
            ("numberNotFinite", numberNotFinite("weight", found: ".inf")), ("number", number),
            ("trueOrFalse", trueOrFalse), ("writeTrueOrFalse", writeTrueOrFalse), ("date", date),
            ("writeDate", writeDate), ("notKebabCase", notKebabCase("id", found: "Claims Handler")),
            ("forExample", forExample("claims-handler")), ("list", list), ("textOrTranslations", textOrTranslations),
            ("textContext", textContext("title")),
            ("undeclaredLanguage", undeclaredLanguage("title", language: "fr", languages: ["de", "en"])),
            ("declareOrRemoveLanguage", declareOrRemoveLanguage("fr")),
            ("missingTranslation", missingTranslation("title", language: "en")),
            ("addTranslation", addTranslation("en")),
            ("commaInText", commaInText("title", language: "de", shape: "{de: …, en: …}")),
            ("writeItAs", writeItAs("{de: \"a, b\", en: \"a, b\"}")),
            ("wrongType", wrongType("weight", expected: number, found: list)), ("nothing", nothing),
            ("mapping", mapping),
            ("knockOutWithoutRationale", knockOutWithoutRationale(LocalizedText(en: "'honesty'", de: "'honesty'"))),
            ("addRationale", addRationale),
        ]
    }()
}
