import Foundation
import TestSupport
import Testing

/// `--format`, `--output` and `--csv-dialect` of score, merge, rank and calibrate, end to end: files
/// written atomically and nothing else on standard output, wrong combinations refused, user data
/// escaped in the real output, and German Excel CSV read back by a parser.
@Suite struct ReportOutputTests {
    static let requisition = "examples/store/claims-2026-01"

    @Test(arguments: [
        ["merge", "examples/store/claims-2026-01"], ["rank", "examples/store/claims-2026-01"],
        ["calibrate", "examples/store/claims-2026-01"],
        ["score", "examples/store/claims-2026-01/c-101/clara-wiese.yaml"],
    ])
    func outputWritesTheSameReportToAFileAndNothingToStandardOutput(command: [String]) throws {
        let folder = try ReportRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["text", "markdown", "html", "csv", "json"] {
            let file = folder.appendingPathComponent("report.\(format)")
            let written = ReportRun.run(command + ["--format", format, "--lang", "de", "--output", file.path])
            #expect(written.exitCode == 0, "\(command) \(format): \(written.stderr)")
            #expect(written.stdout == "", "--output prints nothing on standard output")
            // One line on standard error confirms it, with the size (German here: decimal comma).
            let size = try Data(contentsOf: file).count
            let shown =
                size < 1024
                ? "\(size) Bytes"
                : String(format: "%.1f", Double(size) / (size < 1_048_576 ? 1024 : 1_048_576))
                    .replacingOccurrences(of: ".", with: ",") + (size < 1_048_576 ? " KB" : " MB")
            #expect(written.stderr == "Bericht nach \(file.path) geschrieben (\(shown))\n")
            let printed = ReportRun.run(command + ["--format", format, "--lang", "de"])
            #expect(
                try Data(contentsOf: file) == Data(printed.stdout.utf8),
                "\(command) \(format): the file differs from standard output")
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect(
                (attributes[.posixPermissions] as? Int) == 0o600,
                "a report holds applicant data: readable by its owner only")
        }
        // Written atomically: no temporary file is left beside the reports.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["report.csv", "report.html", "report.json", "report.markdown", "report.text"])
    }

    @Test func outputReplacesAnExistingFileWhole() throws {
        let folder = try ReportRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ranking.md")
        try Data(String(repeating: "old content\n", count: 10_000).utf8).write(to: file)
        let run = ReportRun.run(["rank", Self.requisition, "--format", "markdown", "-o", file.path])
        #expect(run.exitCode == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# Ranking: claims-2026-01\n"))
        #expect(!text.contains("old content"))
    }

    @Test func anOutputThatCannotBeWrittenIsAnError() throws {
        let run = ReportRun.run([
            "merge", Self.requisition, "--format", "html", "--output", "/nonexistent/folder/report.html",
        ])
        #expect(run.exitCode == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("error: cannot write /nonexistent/folder/report.html: "))
        let german = ReportRun.run([
            "merge", Self.requisition, "--format", "html", "--lang", "de", "--output",
            "/nonexistent/folder/report.html",
        ])
        #expect(german.stderr.hasPrefix("Fehler: /nonexistent/folder/report.html kann nicht geschrieben werden: "))
    }

    @Test(arguments: [
        (
            ["merge", "examples/store/claims-2026-01", "--format", "html", "--csv-dialect", "excel-de"],
            "--csv-dialect applies only to --format csv"
        ),
        (["rank", "examples/store/claims-2026-01", "--format", "pdf"], "'pdf'"),
        (["merge", "examples/store/claims-2026-01", "--evidence"], "--evidence applies only to --format html"),
        (
            ["merge", "examples/store/claims-2026-01", "--format", "markdown", "--evidence"],
            "--evidence applies only to --format html"
        ),
        (["calibrate", "examples/store/claims-2026-01", "--format", "csv", "--csv-dialect", "excel"], "'excel'"),
    ])
    func wrongCombinationsAreWrongUsage(arguments: [String], mention: String) {
        let run = ReportRun.run(arguments)
        #expect(run.exitCode == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains(mention), "\(run.stderr)")
    }

    @Test func theHelpOfMergeNamesTheAppendixOfTheDebriefPack() {
        let run = HireScoreProcess.run(["merge", "--help"])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("--evidence"))
        #expect(run.stdout.contains("the debrief pack"))
        #expect(!HireScoreProcess.run(["rank", "--help"]).stdout.contains("--evidence"), "merge only")
    }

    @Test func helpNamesEveryFormatAndTheNewOptions() {
        for command in ["score", "merge", "rank", "calibrate"] {
            let run = HireScoreProcess.run([command, "--help"])
            #expect(run.exitCode == 0)
            for text in [
                "--format <format>", "text, markdown, html, csv or json", "-o, --output <file>",
                "--csv-dialect <dialect>", "excel-de",
            ] {
                #expect(run.stdout.contains(text), "\(command) --help does not mention \(text)")
            }
        }
    }

    /// An interviewer's name, reason and evidence with markup, table separators, line breaks and formulas,
    /// in a draft merged with --include-drafts (a sealed card cannot be edited): text in every format.
    @Test func userDataIsEscapedInEveryFormat() throws {
        let folder = try ReportRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let panel = folder.appendingPathComponent("c-102")
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent("examples/store/claims-2026-01/c-102"), to: panel)
        let card = panel.appendingPathComponent("ben-okafor.yaml")
        var lines = try String(contentsOf: card, encoding: .utf8).components(separatedBy: "\n").filter {
            !$0.hasPrefix("seal:")
        }
        lines = lines.map { line in
            if line == "status: submitted" { return "status: draft" }
            if line.hasPrefix("interviewer: ") { return "interviewer: \"Ben <script>alert(1)</script> | Okafor\"" }
            if line.hasPrefix("  reason: ") {
                return "  reason: \"=HYPERLINK(\\\"http://x.invalid\\\")\\n| not a row | <img src=x onerror=alert(1)>\""
            }
            return line
        }
        var text = lines.joined(separator: "\n")
        let empathy = try #require(text.range(of: "  empathy:\n    level: 1\n    evidence: "))
        let end = try #require(text.range(of: "\n    at:", range: empathy.upperBound..<text.endIndex))
        text.replaceSubrange(empathy.upperBound..<end.lowerBound, with: "\"-1 <script>x</script>\\n| a | b |\\n@here\"")
        // The file is named for the edited interviewer name: a card must lie in its interviewer's file.
        try Data(text.utf8).write(to: panel.appendingPathComponent("ben-script-alert-1-script-okafor.yaml"))
        try FileManager.default.removeItem(at: card)

        let html = ReportRun.run(["merge", panel.path, "--include-drafts", "--format", "html"])
        #expect(html.exitCode == 0, "\(html.stderr)")
        #expect(!html.stdout.contains("<script") && !html.stdout.contains("<img"))
        #expect(html.stdout.contains("Ben &lt;script&gt;alert(1)&lt;/script&gt; | Okafor (draft)"))
        #expect(html.stdout.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // The evidence stands in the appendix of the debrief pack (--evidence), escaped there as well.
        #expect(!html.stdout.contains("-1 &lt;script&gt;x&lt;/script&gt;"))
        let appendix = ReportRun.run(["merge", panel.path, "--include-drafts", "--format", "html", "--evidence"])
        #expect(appendix.exitCode == 0, "\(appendix.stderr)")
        #expect(!appendix.stdout.contains("<script") && !appendix.stdout.contains("<img"))
        #expect(appendix.stdout.contains("-1 &lt;script&gt;x&lt;/script&gt;\n| a | b |\n@here"))

        let markdown = ReportRun.run(["merge", panel.path, "--include-drafts", "--format", "markdown"])
        #expect(markdown.exitCode == 0)
        #expect(
            markdown.stdout.contains(
                "| Ben \\<script\\>alert(1)\\</script\\> \\| Okafor | 1 | \\-1 \\<script\\>x\\</script\\> \\| a \\| b \\| \\@here |"
            ))
        // Every line of a table has the header's number of unescaped separators: no row broken by user text.
        var expected: Int?
        for line in markdown.stdout.components(separatedBy: "\n") {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
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
            if let expected { #expect(count == expected, "\(line)") } else { expected = count }
        }

        let csv = ReportRun.run([
            "merge", panel.path, "--include-drafts", "--format", "csv", "--csv-dialect", "excel-de",
        ])
        #expect(csv.exitCode == 0)
        let rows = CSVTable.parse(csv.stdout, separator: ";").rows
        #expect(rows.count == 16, "a header and one row per criterion, line breaks in quoted cells included")
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let criterion = try #require(rows.first?.firstIndex { $0 == "criterion" || $0 == "Kriterium" })
        let evidence = try #require(rows.first { $0[criterion] == "empathy" })
        #expect(
            evidence.contains("'-1 <script>x</script>\n| a | b |\n@here"),
            "a formula starter in user text is neutralised")
        #expect(evidence.contains("Ben <script>alert(1)</script> | Okafor"))
    }

    /// The merge as German Excel reads it: a byte order mark, `;` between cells, decimal commas; the
    /// numbers equal those of the JSON report, and negative numbers stay numbers.
    @Test func germanExcelCSVRoundTrip() throws {
        let csv = ReportRun.run([
            "merge", Self.requisition, "--format", "csv", "--csv-dialect", "excel-de", "--lang", "de",
        ])
        #expect(csv.exitCode == 0)
        #expect(Array(csv.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let parsed = CSVTable.parse(csv.stdout, separator: ";")
        #expect(parsed.byteOrderMark)
        let header = try #require(parsed.rows.first)
        let rows = Array(parsed.rows.dropFirst())
        #expect(rows.count == 3 * 15, "one row per candidate and criterion")
        let json = ReportRun.run(["merge", Self.requisition, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let candidates = try #require(document["candidates"] as? [[String: Any]])
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "no column \(name)") }
        let candidate = try column("Kandidat*in")
        let criterion = try column("Kriterium")
        let mean = try column("Mittelwert")
        let score = try column("Konsenswert")
        let first = try column("Bewertung 1")
        for row in rows {
            #expect(row.count == header.count)
            let entry = try #require(candidates.first { $0["candidate"] as? String == row[candidate] })
            let criteria = try #require(entry["criteria"] as? [[String: Any]])
            let expected = try #require(criteria.first { $0["criterion"] as? String == row[criterion] })
            let german = { (text: String) -> Double? in
                text.contains(".") ? nil : Double(text.replacingOccurrences(of: ",", with: "."))
            }
            let expectedMean = try #require(expected["mean"] as? Double)
            #expect(german(row[mean]) == (expectedMean * 100).rounded() / 100)
            let expectedScore = try #require(entry["score"] as? Double)
            #expect(german(row[score]) == (expectedScore * 100).rounded() / 100)
            #expect(row[first] == (expected["ratings"] as? [String])?.first)
        }
        // Calibration deviations below zero are numbers with a minus, not text behind an apostrophe.
        let calibration = ReportRun.run([
            "calibrate", Self.requisition, "--minimum", "3", "--format", "csv", "--csv-dialect", "excel-de", "--lang",
            "de",
        ])
        let deviations = CSVTable.parse(calibration.stdout, separator: ";").rows.dropFirst().map { $0[3] }
        #expect(deviations.contains { $0.hasPrefix("-") && Double($0.replacingOccurrences(of: ",", with: ".")) != nil })
        #expect(!deviations.contains { $0.hasPrefix("'") })
    }

    @Test func refusedFilesAreNamedOnStandardErrorWhenTheFormatHasNoPlaceForThem() throws {
        let folder = try ReportRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let panel = folder.appendingPathComponent("c-103")
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent("examples/store/claims-2026-01/c-103"), to: panel)
        let card = panel.appendingPathComponent("clara-wiese.yaml")
        let text = try String(contentsOf: card, encoding: .utf8).replacingOccurrences(
            of: "status: submitted", with: "status: draft")
        try Data(text.utf8).write(to: card)
        let csv = ReportRun.run(["merge", panel.path, "--format", "csv"])
        #expect(csv.exitCode == 1)
        #expect(csv.stderr.contains("still a draft"))
        #expect(csv.stdout.hasPrefix("requisition,candidate,"))
        let html = ReportRun.run(["merge", panel.path, "--format", "html"])
        #expect(html.exitCode == 1)
        #expect(html.stdout.contains("still a draft"), "the HTML report accounts for every file itself")
        let rank = ReportRun.run(["rank", panel.path, "--format", "markdown"])
        #expect(rank.exitCode == 1)
        #expect(rank.stderr.contains("still a draft"))
    }
}
