import Foundation
import Testing

/// A folder of golden files in the source tree (not a bundle copy, so that they can be rewritten): output is
/// compared with them byte for byte, and `HIRESCORE_UPDATE_GOLDEN=1 swift test --filter …` rewrites them instead.
/// Read the diff critically before committing rewritten files.
package struct GoldenFiles: Sendable {
    /// Whether golden files are rewritten instead of compared (`HIRESCORE_UPDATE_GOLDEN=1`).
    package static let updating = ProcessInfo.processInfo.environment["HIRESCORE_UPDATE_GOLDEN"] == "1"

    /// The folder the golden files live in.
    package let folder: URL

    /// The golden files in `folder`.
    package init(folder: URL) {
        self.folder = folder
    }

    /// Compares `actual` with the golden file `name` (or rewrites it when updating), recording an issue that shows
    /// the first differing line; `what` names the output in the message (a command line, a file).
    package func check(
        _ actual: String, against name: String, what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if Self.updating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
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
        if let difference = Self.firstDifference(expected: expected, actual: actual) {
            Issue.record(
                """
                output of '\(what)' differs from \(name) \(difference)
                (if the change is intended, run with HIRESCORE_UPDATE_GOLDEN=1 and review the diff)
                """, sourceLocation: sourceLocation)
        }
    }

    /// Where expected and actual text first differ ("at line N:" with both lines, cut at 300 characters), or nil
    /// when they are equal.
    package static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
            if want != got {
                return "at line \(index + 1):\n  expected: \(want.prefix(300))\n  actual:   \(got.prefix(300))"
            }
        }
        return "(in line endings or a byte order mark)"
    }
}
