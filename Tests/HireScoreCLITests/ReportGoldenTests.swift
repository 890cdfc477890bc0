import Foundation
import Testing

/// Golden files of every report format in English and German on the example requisition
/// (examples/store/claims-2026-01: three candidates, ten sealed scorecards): `merge` and `rank` in every
/// format, `calibrate` and `score` in the formats this issue added. See ReportTestSupport.swift for updating.
@Suite struct ReportGoldenTests {
    static let requisition = "examples/store/claims-2026-01"
    static let scorecard = "examples/store/claims-2026-01/c-102/anna-schmidt.yaml"

    /// (golden file stem, command arguments)
    static let commands: [(String, [String])] = [
        ("merge-claims-2026-01", ["merge", requisition]),
        ("rank-claims-2026-01", ["rank", requisition]),
        ("calibrate-claims-2026-01", ["calibrate", requisition, "--minimum", "3"]),
        ("score-c-102-anna-schmidt", ["score", scorecard]),
    ]

    /// (file suffix, format arguments)
    static let formats: [(String, [String])] = [
        ("txt", ["--format", "text"]), ("md", ["--format", "markdown"]), ("html", ["--format", "html"]),
        ("csv", ["--format", "csv"]), ("excel-de.csv", ["--format", "csv", "--csv-dialect", "excel-de"]),
        ("json", ["--format", "json"]),
    ]

    /// Every combination: text and JSON of calibrate and score already have golden files or tests of their own. The
    /// debrief pack with its appendix (`--evidence`) in both languages as well.
    static let cases: [(name: String, arguments: [String])] =
        commands.flatMap { stem, command in
            formats.flatMap { suffix, format -> [(name: String, arguments: [String])] in
                if (stem.hasPrefix("calibrate") || stem.hasPrefix("score")) && (suffix == "txt" || suffix == "json") {
                    return []
                }
                return ["en", "de"].map { language in
                    ("\(stem)-\(language).\(suffix)", command + format + ["--lang", language])
                }
            }
        }
        + ["en", "de"].map { language in
            (
                "merge-claims-2026-01-evidence-\(language).html",
                ["merge", requisition, "--format", "html", "--evidence", "--lang", language]
            )
        }

    @Test(arguments: cases.map(\.name))
    func reportMatchesGoldenFile(name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let run = ReportRun.run(arguments)
        #expect(run.exitCode == 0, "\(arguments): \(run.stderr)")
        #expect(run.stderr == "")
        try ReportGolden.check(run.stdout, against: name, what: "hirescore " + arguments.joined(separator: " "))
    }

    @Test func thereIsAGoldenFileForEveryFormatAndLanguage() {
        #expect(Self.cases.count == 2 * 6 * 2 + 2 * 4 * 2 + 2)
        for format in ["md", "html", "csv", "excel-de.csv", "json", "txt"] {
            for language in ["en", "de"] {
                #expect(Self.cases.contains { $0.name == "merge-claims-2026-01-\(language).\(format)" })
                #expect(Self.cases.contains { $0.name == "rank-claims-2026-01-\(language).\(format)" })
            }
        }
    }
}
