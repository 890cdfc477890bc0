import Foundation
import ScoringCore
import Testing

@testable import Compliance

/// Working out each folder once gives exactly the paths and store roots that standardising every path whole gives
/// (``StoreFiles/relative(_:to:)``, `ScorecardStore.root(containing:)` of the file's folder), for plain and unusual
/// paths, relative and absolute, inside and outside a store, through a symbolic link.
@Suite struct StoreRelativePathsTests {
    @Test func theSameAsStandardisingEachPathWhole() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hirescore-paths-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store")
        for made in [".hirescore", "req/c-1", "req/c-2", "req/c-1/.superseded"] {
            try FileManager.default.createDirectory(
                at: store.appendingPathComponent(made), withIntermediateDirectories: true)
        }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link").path, withDestinationPath: store.path)
        let root = store.path
        // Relative paths are taken from the test's own current folder (changing it would disturb other tests).
        let files = [
            root + "/req/c-1/anna.yaml", root + "/req/c-2/anna.yaml", root + "/req/c-1/bo.yaml",
            "store/req/c-1/anna.yaml", "./store/req/c-2/bo.yaml", "store/req/../req/c-1/anna.yaml",
            "store//req/c-1/anna.yaml", "store/req/c-1/./anna.yaml", "store/req/c-1/..", "store/req/c-1/.",
            "store/req/c-1/", "anna.yaml", "/anna.yaml", "link/req/c-1/anna.yaml", root + "/req/c-1/.superseded/a.yaml",
            folder.path + "/elsewhere/c-1/anna.yaml", root + "/req/../req/c-2/bo.yaml", root + "//req/c-2/bo.yaml",
            folder.path + "/link/req/c-2/bo.yaml", "store/req/c-1/Änna Ö.yaml", "store/req/c-1/a b.yaml",
        ]
        var paths = StoreRelativePaths()
        for file in files + files {
            #expect(
                paths.standardized(file) == URL(fileURLWithPath: file).standardizedFileURL.path, "standardised: \(file)"
            )
            #expect(paths.relative(file, to: root) == StoreFiles.relative(file, to: root), "relative: \(file)")
            #expect(paths.relative(file, to: "store") == StoreFiles.relative(file, to: "store"), "relative: \(file)")
            #expect(
                paths.storeRoot(ofFile: file)
                    == ScorecardStore.root(containing: URL(fileURLWithPath: file).deletingLastPathComponent().path),
                "root: \(file)")
        }
    }
}
