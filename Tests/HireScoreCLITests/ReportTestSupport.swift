import Foundation
import TestSupport
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
    /// The golden files in the source tree.
    static let files = GoldenFiles(
        folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("reports"))

    /// Compares `actual` with the golden file `name` (or rewrites it when updating).
    static func check(
        _ actual: String, against name: String, what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try files.check(actual, against: name, what: what, sourceLocation: sourceLocation)
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
