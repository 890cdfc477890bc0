import Foundation
import PostgresStore
import Testing

/// `enter` on a signed PostgreSQL store (issue 21): a missing or unregistered signing key is refused before the
/// first question with the folder store's message, and nothing is written (no draft row, no local copy); with the
/// interviewer's registered key the card is entered, signed and submitted.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresSignedEnterTests {
    typealias Stores = PostgresRecordsCommandTests.Stores
    typealias Keys = PostgresAuditKeysCommandTests.Keys
    typealias Enter = PostgresEnterCommandTests

    @Test func theSigningKeyIsCheckedBeforeTheFirstQuestion() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (data, files) = (try Enter.folder("data"), try Enter.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let keys = try Keys()
            let rita = try keys.make("Rita")
            let annaKey = try keys.make("Anna Schmidt")
            let register = ["keys", "register", rita, "--name", "Rita", "--role", "hr", "--actor", "Rita"]
            _ = await PostgresAuditKeysCommandTests.same(stores, register, as: "rita", key: keys.path("Rita"))
            let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
            let anna = stores.url(as: "anna")
            let local = Enter.localCopy(data: data, shown: anna.shown)
            let before = try await stores.counts()
            // No key, then Anna's key not yet registered: the folder store's message before the first question, and
            // nothing written anywhere.
            for key in ["/nonexistent/key", keys.path("Anna Schmidt")] {
                let database = await Enter.enter(
                    url: anna.url, data: data, answers: all, environment: ["HIRESCORE_KEY": key])
                let folder = try #require(stores.files)
                let onFiles = HireScoreProcess.run(
                    Enter.arguments(answers: all) + ["--store", folder.store.path],
                    environment: [
                        "HIRESCORE_STORE": "", "USER": "test-user", "XDG_DATA_HOME": data, "HIRESCORE_KEY": key,
                    ])
                #expect(database.exitCode == 1)
                #expect(onFiles.exitCode == 1)
                #expect(database.stdout == "")
                #expect(database.stderr == onFiles.stderr)
                #expect(try await stores.counts() == before)
                #expect(try await Enter.draftRows(stores) == [])
                #expect(!FileManager.default.fileExists(atPath: local))
            }
            let noKey = await Enter.enter(
                url: anna.url, data: data, answers: all, environment: ["HIRESCORE_KEY": "/nonexistent/key"])
            #expect(
                noKey.stderr
                    == "error: this store signs its scorecards and no signing key was found at /nonexistent/key; create one with 'hirescore keys init' and have HR register it\n"
            )
            // Registered: the card is entered and submitted, signed.
            _ = await PostgresAuditKeysCommandTests.same(
                stores,
                ["keys", "register", annaKey, "--name", "Anna Schmidt", "--role", "interviewer", "--actor", "Rita"],
                as: "rita", key: keys.path("Rita"))
            let entered = await Enter.enter(
                url: anna.url, data: data, answers: all,
                environment: ["HIRESCORE_KEY": keys.path("Anna Schmidt")])
            #expect(entered.exitCode == 0, "\(entered.stderr)")
            #expect(try await Enter.cards(stores) == ["anna-schmidt.yaml submitted"])
            let signed = try await PostgresTestServer.rows(
                stores.url,
                "SELECT (position('signature:' in convert_from(content, 'UTF8')) > 0)::text FROM hirescore.scorecards WHERE candidate = 'c-900'"
            )
            #expect(signed == ["true"])
            let verified = await stores.onDatabase(["audit", "verify"], as: "rita")
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            try await stores.dropLogins()
        }
    }
}
