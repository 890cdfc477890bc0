import Foundation
import RubricDocs
import ScoringCore
import Testing

/// Rubric text with `|`, `*`, `<script>` and line breaks renders as text in Markdown and HTML.
@Suite struct DocsEscapingTests {
    /// The pipes of a Markdown table row that separate cells (not escaped with a backslash).
    static func cellSeparators(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }

    /// The tables of a Markdown text: runs of lines starting with `|`.
    static func tables(_ text: String) -> [[Substring]] {
        var tables: [[Substring]] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    @Test("a | in rubric text does not break a Markdown table row", arguments: [Language.de, .en])
    func pipesInTables(language: Language) throws {
        let files = try DocsFixtures.generate([DocsFixtures.sample()], format: .markdown, languages: [language])
        var rows = 0
        for (path, content) in files {
            for table in Self.tables(content) {
                let columns = Self.cellSeparators(table[0])
                #expect(columns >= 3, "\(path): a table header with fewer than two cells: \(table[0])")
                #expect(
                    table.count >= 2 && table[1].hasPrefix("| ---"),
                    "\(path): a table without a separator row: \(table[0])")
                for row in table {
                    rows += 1
                    #expect(
                        Self.cellSeparators(row) == columns,
                        "\(path): the row has a different number of cells than its header:\n\(row)")
                }
            }
        }
        #expect(rows > 20)
        let guide = try #require(files["docs-sample/guide.\(language.rawValue).md"])
        let anchor =
            language == .de
            ? "| **1** | Droht sofort mit Inkasso \\| Anwalt. |"
            : "| **1** | Threatens debt collection \\| lawyers at once. |"
        #expect(guide.contains(anchor + "\n"))
        let index = try #require(files["index.\(language.rawValue).md"])
        let title =
            language == .de ? "Sachbearbeiter\\*in Forderungen \\| Mahnwesen" : "Receivables \\*clerk\\* \\| Dunning"
        #expect(index.contains("| \(title) |"))
    }

    /// Whether `text` holds a `<script` that a renderer would take as a tag: in Markdown one whose `<`
    /// is not escaped with a backslash, in HTML any.
    static func hasRawScriptTag(_ text: String, format: DocsFormat) -> Bool {
        let lowered = text.lowercased()
        var searchStart = lowered.startIndex
        while let found = lowered.range(of: "<script", range: searchStart..<lowered.endIndex) {
            if format == .html || found.lowerBound == lowered.startIndex
                || lowered[lowered.index(before: found.lowerBound)] != "\\"
            {
                return true
            }
            searchStart = found.upperBound
        }
        return false
    }

    @Test("the raw-script check finds an unescaped tag and lets an escaped one pass")
    func rawScriptCheck() {
        #expect(Self.hasRawScriptTag("a <script>x</script>", format: .markdown))
        #expect(Self.hasRawScriptTag("a \\<b> <SCRIPT>", format: .markdown))
        #expect(!Self.hasRawScriptTag("a \\<script\\>x\\</script\\>", format: .markdown))
        #expect(Self.hasRawScriptTag("a \\<script>", format: .html))
        #expect(!Self.hasRawScriptTag("a &lt;script&gt;", format: .html))
    }

    @Test(
        "<script> in rubric text is escaped in Markdown and HTML", arguments: [Language.de, .en], DocsFormat.allCases)
    func scriptIsEscaped(language: Language, format: DocsFormat) throws {
        let files = try DocsFixtures.generate([DocsFixtures.sample()], format: format, languages: [language])
        for (path, content) in files {
            #expect(!Self.hasRawScriptTag(content, format: format), "\(path) contains a raw <script")
        }
        let guide = try #require(files["docs-sample/guide.\(language.rawValue).\(format.fileExtension)"])
        let anchor =
            language == .de
            ? "Löst den Fall und behebt die Ursache (<script>alert(5)</script>)."
            : "Resolves the case and fixes the cause (<script>alert(5)</script>)."
        #expect(
            guide.contains(Escaped.text(anchor, for: format)),
            "the anchor with the script tag is missing or escaped differently")
        let description = "<script>alert(\"\(language.rawValue)\")</script>"
        #expect(guide.contains(Escaped.text(description, for: format)))
    }

    @Test(
        "*, `, < and > in titles are escaped in Markdown; the HTML shows them as text", arguments: [Language.de, .en])
    func emphasisIsEscaped(language: Language) throws {
        let rubric = try DocsFixtures.sample()
        let criterion = try #require(rubric.criterion("firm-and-friendly"))
        let skill = try #require(rubric.criterion("sap-fi"))
        for format in DocsFormat.allCases {
            let files = try DocsFixtures.generate([rubric], format: format, languages: [language])
            for kind in ["guide", "sheet"] {
                let page = try #require(files["docs-sample/\(kind).\(language.rawValue).\(format.fileExtension)"])
                #expect(
                    page.contains(Escaped.text(rubric.title.text(in: language.rawValue), for: format)),
                    "\(kind): the title")
                #expect(
                    page.contains(Escaped.text(criterion.title.text(in: language.rawValue), for: format)),
                    "\(kind): a criterion title with *")
                #expect(
                    page.contains(Escaped.text(skill.title.text(in: language.rawValue), for: format)),
                    "\(kind): a criterion title with <>")
            }
        }
    }

    @Test("a line break in a question keeps the question in one Markdown list item", arguments: [Language.de, .en])
    func lineBreakInQuestion(language: Language) throws {
        let rubric = try DocsFixtures.sample()
        let question = try #require(
            rubric.criterion("firm-and-friendly")?.questions.first?.text.text(in: language.rawValue))
        #expect(question.contains("\n"), "the fixture's question should span two lines")
        let oneLine = question.replacingOccurrences(of: "\n", with: " ")
        let files = try DocsFixtures.generate([rubric], format: .markdown, languages: [language])
        let guide = try #require(files["docs-sample/guide.\(language.rawValue).md"])
        let sheet = try #require(files["docs-sample/sheet.\(language.rawValue).md"])
        let kind = language == .de ? "verhaltensbezogen" : "behavioural"
        #expect(guide.contains("\n- *(\(kind))* \(oneLine)\n"))
        #expect(sheet.contains("\n- \(oneLine)\n"))
    }

    /// One escaping layer: the docs show control characters and bidirectional overrides the way reports,
    /// the export and the terminal do (`\u{1B}`), never raw.
    @Test(
        "control characters and bidi overrides in rubric text are shown as \\u{XX}, never raw",
        arguments: DocsFormat.allCases)
    func controlCharactersAreNeutralised(format: DocsFormat) throws {
        var rubric = try DocsFixtures.sample()
        rubric.title = LocalizedText(
            en: "Clerk \u{1B}]52;c;bad\u{7} \u{202E}evil", de: "Sachbearbeitung \u{1B}]52;c;bad\u{7} \u{202E}evil")
        let files = try DocsFixtures.generate([rubric], format: format, languages: [.en])
        let guide = try #require(files["docs-sample/guide.en.\(format.fileExtension)"])
        for raw in ["\u{1B}", "\u{7}", "\u{202E}"] {
            #expect(!guide.contains(raw), "a raw control character in the \(format) guide")
        }
        #expect(
            guide.contains(#"Clerk \u{1B}\]52;c;bad\u{7} \u{202E}evil"#)
                || guide.contains(#"Clerk \u{1B}]52;c;bad\u{7} \u{202E}evil"#),
            "\(guide.prefix(2000))")
    }
}
