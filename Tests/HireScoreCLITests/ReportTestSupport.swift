import Foundation
import Testing

/// Shared pieces of the end-to-end tests of the report formats (ReportGoldenTests, ReportOutputTests).
///
/// Golden files live in `Tests/HireScoreCLITests/Fixtures/reports/` and are compared byte for byte
/// (CSV with its CRLF line ends and byte order mark). To rewrite them after a deliberate change of a
/// report, run
///
///     HIRESCORE_UPDATE_GOLDEN=1 swift test --filter HireScoreCLITests.ReportGoldenTests
///
/// and read the diff critically before committing it; open the HTML files in a browser.
enum ReportGolden {
    /// The golden files in the source tree (not the bundle copy), so that they can be rewritten.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("reports")
    /// Whether golden files are rewritten instead of compared.
    static let update = ProcessInfo.processInfo.environment["HIRESCORE_UPDATE_GOLDEN"] == "1"

    /// Compares `actual` with the golden file `name` (or rewrites it when updating).
    static func check(
        _ actual: String, against name: String, what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if update {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden file \(name); run with HIRESCORE_UPDATE_GOLDEN=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        var difference = "(in line endings or a byte order mark)"
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
            let got = index < actualLines.count ? actualLines[index] : "<end of output>"
            if want != got {
                difference = "at line \(index + 1):\n  expected: \(want.prefix(300))\n  actual:   \(got.prefix(300))"
                break
            }
        }
        Issue.record(
            """
            output of '\(what)' differs from \(name) \(difference)
            (if the change is intended, run with HIRESCORE_UPDATE_GOLDEN=1 and review the diff)
            """, sourceLocation: sourceLocation)
    }
}

/// Running `hirescore` for the report tests: in the package root (so file paths in reports are the
/// short relative ones of the README), with the shipped rubrics, and a store that does not exist.
enum ReportRun {
    static func run(_ arguments: [String], in folder: URL = TestPaths.packageRoot) -> (
        exitCode: Int32, stdout: String, stderr: String
    ) {
        HireScoreProcess.run(
            arguments + ["--rubrics", TestPaths.shippedRubrics.path],
            environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store"], currentDirectory: folder)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hirescore-reports-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A small CSV reader (RFC 4180 with a choice of separator), as a spreadsheet reads the file: quoted
/// cells with doubled quotes and line breaks, CRLF line ends, a leading byte order mark reported apart.
enum CSVParser {
    static func parse(_ text: String, separator: Unicode.Scalar) -> (byteOrderMark: Bool, rows: [[String]]) {
        var scalars = Array(text.unicodeScalars)
        let hasBOM = scalars.first == "\u{FEFF}"
        if hasBOM { scalars.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var quoted = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        cell.append("\"")
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    cell.append(scalar)
                }
            } else if scalar == "\"" && cell.isEmpty {
                quoted = true
            } else if scalar == separator {
                row.append(String(cell))
                cell = String.UnicodeScalarView()
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
                row.append(String(cell))
                rows.append(row)
                row = []
                cell = String.UnicodeScalarView()
            } else {
                cell.append(scalar)
            }
            index += 1
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(String(cell))
            rows.append(row)
        }
        return (hasBOM, rows)
    }
}
