import Foundation
import Testing

/// User-facing text belongs in a domain's message catalogue (a `…Messages.swift` file), not inline.
///
/// This test counts the inline forms in every other source file: `de ? "…"` and `language == .de ?` choices,
/// `isGerman ?`, `pick(english, german)` and `LocalizedText(en:…)` / `.init(en:…)` literals. The files below still
/// hold some (diagnostic messages of the loaders, the panel and scorecard reports, the entry screen, the commands);
/// the count of each may only go down. Moving text into a catalogue makes this test fail until the count here is
/// lowered to match, so the list always shows exactly what is left.
@Suite struct InlineTextTests {
    static let remaining: [String: Int] = [
        "RubricDocs/EmbeddedTemplates.swift": 2,
        "ScoringCore/Text/LocalizedText.swift": 1,
        "ScoringCore/Text/MessageCatalogue.swift": 1,
    ]

    /// Word boundaries as in most regex engines (`locale.pick` has one before `pick`), not Unicode's default.
    static var pattern: Regex<Substring> {
        /\bde\s*\?\s*"|==\s*\.de\s*\?|isGerman\s*\?|\bpick\(|(?:LocalizedText|\.init)\(\s*en:/
            .wordBoundaryKind(.simple)
    }

    /// The files that are catalogues: message catalogues, the docs' labels, the table of language names, each
    /// module's description (its documentation, rendered into docs/modules, the way a SwiftLint rule keeps its
    /// description beside it), and the commands' help catalogues (`…Help.swift`).
    static var catalogueFile: Regex<Substring> {
        /.*Messages(?:\+\w+)?\.swift|DocsLabels\.swift|Language\+Names\.swift|.*(?:Module\+Documentation|Help)\.swift/
    }

    /// The inline texts per file under Sources, catalogue files left out.
    static func counts() throws -> [String: Int] {
        let root = RubricFixtures.packageRoot + "/Sources/"
        var counts: [String: Int] = [:]
        for file in try FileManager.default.subpathsOfDirectory(atPath: root) where file.hasSuffix(".swift") {
            let name = (file as NSString).lastPathComponent
            if name.wholeMatch(of: Self.catalogueFile) != nil { continue }
            let text = try String(contentsOfFile: root + file, encoding: .utf8)
            let count = text.matches(of: pattern).count
            if count > 0 { counts[file] = count }
        }
        return counts
    }

    @Test("no new inline text outside the message catalogues, and the list of what is left is exact")
    func inlineTextOnlyShrinks() throws {
        let counts = try Self.counts()
        for file in Set(counts.keys).union(Self.remaining.keys).sorted() {
            let found = counts[file] ?? 0
            let allowed = Self.remaining[file] ?? 0
            #expect(
                found <= allowed,
                "\(file): \(found) inline texts, \(allowed) allowed; put new text in the domain's …Messages catalogue")
            #expect(
                found >= allowed,
                "\(file): \(found) inline texts left, the list says \(allowed); lower it in InlineTextTests.remaining")
        }
    }

    @Test("the pattern finds each inline form")
    func patternFindsEachForm() {
        let samples = [
            #"de ? "Wert" : "score""#, "language == .de\n ? x : y", "locale.isGerman ? a : b",
            #"locale.pick("score", "Wert")"#, #"LocalizedText(en: "a", de: "b")"#, ".init(\n en: \"a\", de: \"b\")",
        ]
        for sample in samples { #expect(sample.matches(of: Self.pattern).count == 1, "\(sample)") }
        #expect("let mode = 0o644; code: .unknownKey".matches(of: Self.pattern).isEmpty)
    }
}
