/// A domain's user-facing messages in one place: each sentence or label is a named, documented value with its
/// German and English text side by side, and call sites use the name.
///
/// A catalogue lists its entries so that a test can check that each has both languages and that the German text
/// differs from the English unless it is marked as the same on purpose (a name, a symbol, a loanword such as
/// "Status"). Entries that take arguments are listed with sample arguments.
/// ```swift
/// enum ExportMessages: MessageCatalogue {
///     /// The heading of the decisions.
///     static let decisions = LocalizedText(en: "Decisions", de: "Entscheidungen")
///
///     static let entries: [(name: String, text: LocalizedText)] = [("decisions", decisions)]
/// }
/// ```
public protocol MessageCatalogue {
    /// Every entry by name; entries with arguments are shown with sample arguments.
    static var entries: [(name: String, text: LocalizedText)] { get }
    /// The names of entries whose German text is the same as the English on purpose.
    static var sameInBothLanguages: Set<String> { get }
}

extension MessageCatalogue {
    /// No entry is the same in both languages.
    public static var sameInBothLanguages: Set<String> { [] }
}

extension MessageCatalogue {
    /// What is wrong with the entries, one line each: a name listed twice, a German or English text missing or
    /// empty, or German the same as English for an entry not in ``sameInBothLanguages``. Empty when all is well.
    public static func languageProblems() -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        for (name, text) in entries {
            if !seen.insert(name).inserted { problems.append("\(name): listed twice") }
            let english = text.translations["en"] ?? ""
            let german = text.translations["de"] ?? ""
            if english.isEmpty { problems.append("\(name): no English text") }
            if german.isEmpty { problems.append("\(name): no German text") }
            if !english.isEmpty, english == german, !sameInBothLanguages.contains(name) {
                problems.append("\(name): the German text is the English one (\"\(english)\")")
            }
        }
        for name in sameInBothLanguages.subtracting(seen).sorted() {
            problems.append("\(name): marked as the same in both languages but not an entry")
        }
        return problems
    }
}
