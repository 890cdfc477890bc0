import Foundation
import PostgresStore
import Testing

/// Load on a PostgreSQL store (issue 21): 50 interviewers, each a `hirescore enter` process with its own login,
/// enter and submit a whole scorecard (20 items) for the same candidate at the same time. Nothing is lost or
/// duplicated, no draft is left, and the audit chain is valid. (A test of outcomes, not of time.)
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresEnterLoadTests {
    static let interviewers = 50

    @Test func fiftyInterviewersEnteringAtOnceLoseAndDuplicateNothing() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let created = await PostgresTestServer.run(["store", "init", "--store", url])
            try #require(created.exitCode == 0, "\(created.stderr)")
            let logins = (1...Self.interviewers).map { _ in PostgresTestServer.uniqueName("hs_load") }
            try await PostgresTestServer.admin(url) { database throws(StoreDatabaseError) in
                for (index, login) in logins.enumerated() {
                    try await database.execute("CREATE ROLE \(login) LOGIN")
                    _ = try await StoreMembers.grant(
                        .interviewer, to: login, interviewerID: "i-\(index + 1)",
                        by: StoreMembers.Author(actor: "HR Test", signer: nil), in: database)
                }
            }
            let data = NSTemporaryDirectory() + "hs-load-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(atPath: data) }
            let answers = EnterTesting.answers("complete.answers")
            let results = await withTaskGroup(of: (Int, Int32, String).self) { group in
                for (index, login) in logins.enumerated() {
                    let own = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login)@")
                    group.addTask {
                        let done = await PostgresTestServer.run(
                            [
                                "enter", "--all-stages", "--rubric", "claims-handler", "--candidate", "c-1",
                                "--requisition", "r-1", "--interviewer", "Interviewer \(index + 1)",
                                "--interviewer-id", "i-\(index + 1)", "--interview-date", "2026-01-15", "--answers",
                                answers, "--rubrics", TestPaths.shippedRubrics.path, "--store", own,
                            ],
                            environment: [
                                "HIRESCORE_STORE": "", "USER": "test-user", "XDG_DATA_HOME": data + "/\(index + 1)",
                            ])
                        return (index + 1, done.exitCode, done.stderr)
                    }
                }
                var all: [(Int, Int32, String)] = []
                for await result in group { all.append(result) }
                return all.sorted { $0.0 < $1.0 }
            }
            for (number, exitCode, stderr) in results {
                #expect(exitCode == 0, "interviewer \(number): \(stderr)")
            }
            let cards = try await PostgresTestServer.rows(
                url,
                "SELECT file_name || ' ' || status FROM hirescore.scorecards WHERE requisition = 'r-1' AND candidate = 'c-1' ORDER BY file_name"
            )
            #expect(cards == (1...Self.interviewers).map { "i-\($0).yaml submitted" }.sorted())
            #expect(try await PostgresTestServer.rows(url, "SELECT count(*)::text FROM hirescore.drafts") == ["0"])
            // The 50 grants are lines 1...50; then one submit event per card, each naming its card once, numbered
            // 51...100 without a gap.
            let events = try await PostgresTestServer.rows(
                url,
                """
                SELECT convert_from(content, 'UTF8')::jsonb ->> 'event', count(*)::text,
                  count(DISTINCT convert_from(content, 'UTF8')::jsonb -> 'files' -> 0 ->> 'path')::text,
                  min(line_number)::text, max(line_number)::text
                FROM hirescore.audit_lines GROUP BY 1 ORDER BY 1
                """)
            let count = Self.interviewers
            #expect(
                events == ["member-grant|\(count)|0|1|\(count)", "submit|\(count)|\(count)|\(count + 1)|\(2 * count)"])
            let verified = await PostgresTestServer.run(
                ["audit", "verify", "--store", url, "--rubrics", TestPaths.shippedRubrics.path],
                environment: ["HIRESCORE_STORE": ""])
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            #expect(
                verified.stdout.hasPrefix("audit log intact: \(2 * Self.interviewers) events"), "\(verified.stdout)")
            for login in logins { try await PostgresTestServer.dropRole(login) }
        }
    }
}
