import Foundation
import Testing

/// A merge of a database store reads it through a new private snapshot folder each time: nothing it could keep in
/// the user's cache (scorecard index, kept report, the audit log's index, verified signatures) would ever be found
/// again, so it keeps nothing there, where copies of applicants' data would pile up with every run.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresMergeCacheTests {
    @Test func aMergeOfADatabaseStoreKeepsNothingInTheUsersCache() async throws {
        try await PostgresTestServer.withDatabase { url, _ in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                PostgresTestServer.uniqueName("hs-merge-cache"))
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = folder.appendingPathComponent("store").path
            let cache = folder.appendingPathComponent("cache").path
            let rubrics = TestPaths.shippedRubrics.path
            let environment = ["HIRESCORE_STORE": "", "XDG_CACHE_HOME": cache]
            // 17 candidates of four interviewers: 68 cards, more than a folder store's merge keeps an index for.
            let generated = await PostgresTestServer.run(
                [
                    "dev", "generate-store", "--candidates", "17", "--interviewers", "4", "--seed", "42", "--output",
                    store, "--rubrics", rubrics,
                ], environment: environment)
            try #require(generated.exitCode == 0, "\(generated.stderr)")
            for arguments in [["store", "init", "--store", url], ["store", "copy", store, url]] {
                let done = await PostgresTestServer.run(arguments, environment: environment)
                try #require(done.exitCode == 0, "\(arguments): \(done.stderr)")
            }
            // Older than two seconds, as a folder's cards must be to be kept.
            try await Task.sleep(for: .seconds(3))
            for command in [["merge"], ["merge"], ["rank"], ["calibrate"]] {
                let merged = await PostgresTestServer.run(
                    command + ["--store", url, "--rubrics", rubrics, "-o", folder.appendingPathComponent("out").path],
                    environment: environment)
                #expect(merged.exitCode == 0, "\(command): \(merged.stderr)")
            }
            let kept = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/hirescore")) ?? []
            #expect(kept.allSatisfy { $0.hasPrefix("rubric-") }, "\(kept)")

            // The same store as a folder: the merge keeps its index and report.
            for _ in 0..<2 {
                let merged = await PostgresTestServer.run(
                    ["merge", "--store", store, "--rubrics", rubrics, "-o", folder.appendingPathComponent("out").path],
                    environment: environment)
                #expect(merged.exitCode == 0, "\(merged.stderr)")
            }
            let onFolder = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/hirescore")) ?? []
            #expect(onFolder.contains { $0.hasPrefix("scorecard-index-") }, "\(onFolder)")
            #expect(onFolder.contains { $0.hasPrefix("report-memo-") }, "\(onFolder)")
        }
    }
}
