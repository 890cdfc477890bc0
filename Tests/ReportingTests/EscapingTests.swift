import BuiltInModules
import Foundation
import Panel
import ScoringCore
import TestSupport
import Testing

@testable import Reporting

/// User data in HTML and Markdown renders as text: markup, table separators and line breaks in
/// interviewer names, reasons and evidence never become markup or break a table.
@Suite struct EscapingTests {
    @Test func htmlEscapesMarkupQuotesAndControlCharacters() {
        #expect(HTMLEscaping.escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(HTMLEscaping.escape("Tom & \"Jerry\"") == "Tom &amp; &quot;Jerry&quot;")
        #expect(HTMLEscaping.escape("a\u{0}b\u{1B}[31mc\u{85}d\u{202E}e") == #"a\u{0}b\u{1B}[31mc\u{85}d\u{202E}e"#)
        #expect(HTMLEscaping.escape("line\nbreak\ttab") == "line\nbreak\ttab")
        #expect(HTMLEscaping.escape("Jürgen Weiß — „gut“") == "Jürgen Weiß — „gut“")
    }

    @Test func markdownEscapesEverythingThatCouldStartMarkup() {
        #expect(MarkdownEscaping.escape("<script>") == "\\<script\\>")
        #expect(MarkdownEscaping.escape("a | b") == "a \\| b")
        #expect(MarkdownEscaping.escape("*x* _y_ `z` [l](u) ~s~") == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~")
        #expect(MarkdownEscaping.escape("&lt; $x$ \\") == "\\&lt; \\$x\\$ \\\\")
        #expect(MarkdownEscaping.escape("one\ntwo\r\nthree\rfour") == "one two three four")
        #expect(
            MarkdownEscaping.escape("@team, mail@example.invalid, claims-handler@1")
                == "\\@team, mail@example.invalid, claims-handler@1")
        #expect(MarkdownEscaping.escape("tab\there\u{7}\u{9B}\u{2066}") == #"tab here\u{7}\u{9B}\u{2066}"#)
        // Text that would start a heading, a list or an underline at the start of a list item stays text.
        #expect(MarkdownEscaping.escape("# not a heading") == "\\# not a heading")
        #expect(MarkdownEscaping.escape("- not a list") == "\\- not a list")
        #expect(MarkdownEscaping.escape("12. not a list") == "12\\. not a list")
        #expect(MarkdownEscaping.escape("3.80") == "3.80")
        #expect(MarkdownEscaping.escape("1)") == "1\\)")
        #expect(MarkdownEscaping.escape("2026-11-17") == "2026-11-17")
        #expect(MarkdownEscaping.escape("c-102") == "c-102")
    }

    @Test(arguments: [false, true])
    func hostileTextInTheMergeHTMLIsText(evidenceAppendix: Bool) throws {
        let html = PanelHTMLReport(language: .en, evidenceAppendix: evidenceAppendix).render(
            try ReportFixtures.hostileReport())
        #expect(!html.contains("<script"), "user text must never become a script element")
        #expect(!html.contains("<b>Lee</b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("Ann &lt;b&gt;Lee&lt;/b&gt; | x"))
        // The name also stands in chart legends and text alternatives, escaped there too.
        #expect(html.contains("<title>Ann &lt;b&gt;Lee&lt;/b&gt; | x</title>"))
        #expect(!html.contains("href=\"http"), "a Markdown-style link in user text is no link")
        if evidenceAppendix {
            // The evidence (in the appendix) and the names in the table of every rating.
            #expect(html.contains("<dd><span class=\"who\">Ann &lt;b&gt;Lee&lt;/b&gt; | x · 4</span> &lt;script&gt;"))
            #expect(html.contains("<span>1 = Ann &lt;b&gt;Lee&lt;/b&gt; | x</span>"))
        }
    }

    @Test func hostileTextInTheMergeMarkdownIsTextAndKeepsEveryTableIntact() throws {
        let markdown = PanelMarkdownReport(language: .en).render(try ReportFixtures.hostileReport())
        #expect(!Self.hasUnescapedMarkup(markdown))
        #expect(
            markdown.contains(
                "\\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\[link\\](http://example.invalid) \\&lt; \\$x\\$ \\@team second line"
            ))
        #expect(markdown.contains("Ann \\<b\\>Lee\\</b\\> \\| x"))
        // Every table line has as many unescaped cell separators as its table's header line.
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let separators = Self.unescapedPipes(line)
            if let columns {
                #expect(
                    separators == columns, "a table row with \(separators) separators instead of \(columns): \(line)")
            } else {
                columns = separators
            }
        }
    }

    @Test func hostileTextInTheScorecardReportsIsText() throws {
        let rubric = try ReportFixtures.rubric()
        let scorecard = ReportFixtures.scorecard(
            "c-1", "Ann <b>Lee</b> | x", [4, 4, 3, 4, 4, 5], rubric: rubric,
            evidence: ReportFixtures.hostile, reason: ReportFixtures.hostile)
        let result = ScoringHost(registry: BuiltInModules.registry).score(scorecard, rubric: rubric)
        let html = ScorecardHTMLReport(language: .de).render(scorecard, rubric: rubric, result: result)
        #expect(!html.contains("<script") && !html.contains("<b>Lee"))
        let markdown = ScorecardMarkdownReport(language: .de).render(scorecard, rubric: rubric, result: result)
        #expect(!Self.hasUnescapedMarkup(markdown))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            #expect(Self.unescapedPipes(String(line)) == 4, "\(line)")
        }
        let csv = ScorecardCSVReport(language: .de, dialect: .excelDE).render(scorecard, rubric: rubric, result: result)
        let rows = CSVTable.parse(csv, separator: ";").rows
        #expect(rows.count == 1 + ReportFixtures.criteria.count)
        #expect(rows.dropFirst().allSatisfy { $0[1] == "Ann <b>Lee</b> | x" && $0.count == rows[0].count })
    }

    /// Whether a `<` that is not backslash-escaped opens a tag.
    static func hasUnescapedMarkup(_ markdown: String) -> Bool {
        var previous: Character?
        for character in markdown {
            if character == "<" && previous != "\\" { return true }
            previous = character
        }
        return false
    }

    static func unescapedPipes(_ line: String) -> Int {
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
}
