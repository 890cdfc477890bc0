import Foundation
import Testing

/// An installed `hirescore` is the binary alone: it carries its templates and knows its version.
@Suite struct InstallTests {
    /// The release number the manifest states in its `// HireScore version X` line.
    static func manifestVersion() throws -> String {
        let manifest = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let prefix = "// HireScore version "
        let line = try #require(manifest.split(separator: "\n").first { $0.hasPrefix(prefix) }, "Package.swift has no '\(prefix)X' line")
        return String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
    }

    @Test("hirescore --version prints the version the manifest states")
    func versionMatchesTheManifest() throws {
        let version = try Self.manifestVersion()
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." },
                "the manifest's version '\(version)' is not MAJOR.MINOR.PATCH")
        let result = HireScoreProcess.run(["--version"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == version + "\n", "Package.swift says \(version); change HireScoreCommand.version in Sources/hirescore/Version.swift too")
        #expect(result.stderr == "")
    }
}
