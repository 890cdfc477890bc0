import Foundation
import PostgresStore
import Testing

/// `keys countersign` and `audit repair` on a PostgreSQL store (issue 21), run as the built binary beside the same
/// commands on the same store as files: an interviewer counter-signs their own old cards in one transaction with the
/// `countersign` events, the cards read and verify as on files and copy out and in again byte for byte, and the
/// database refuses another interviewer's countersignature; `audit repair` finds nothing to repair.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresCountersignCommandTests {
    typealias Stores = PostgresRecordsCommandTests.Stores
    typealias Keys = PostgresAuditKeysCommandTests.Keys

    /// Anna Schmidt's three cards in the fixture store.
    static let annasCards = ["c-101", "c-102", "c-103"].map { "claims-2026-01/\($0)/anna-schmidt.yaml" }

    /// The unsigned fixture store in the database and as files, with Rita's HR key and the interviewers Anna
    /// Schmidt's and Ben Okafor's keys registered on both.
    static func withSigningStores(_ body: (Stores, Keys) async throws -> Void) async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let keys = try Keys()
            let rita = try keys.make("Rita")
            _ = await PostgresAuditKeysCommandTests.same(
                stores, ["keys", "register", rita, "--name", "Rita", "--role", "hr", "--actor", "Rita"], as: "rita",
                key: keys.path("Rita"))
            for person in ["Anna Schmidt", "Ben Okafor"] {
                let key = try keys.make(person)
                _ = await PostgresAuditKeysCommandTests.same(
                    stores,
                    ["keys", "register", key, "--name", person, "--role", "interviewer", "--actor", "Rita"],
                    as: "rita", key: keys.path("Rita"))
            }
            try await body(stores, keys)
            try await stores.dropLogins()
        }
    }

    @Test func anInterviewerCountersignsTheirOwnCardsInOneTransactionAsOnFiles() async throws {
        try await Self.withSigningStores { stores, keys in
            let anna = keys.path("Anna Schmidt")
            // A hold: the interviewer reads no holds, and counter-signing leaves them as they are.
            _ = await PostgresAuditKeysCommandTests.same(
                stores,
                [
                    "hold", "c-103", "--requisition", "claims-2026-01", "--reason", "AGG claim pending", "--actor",
                    "Rita",
                ],
                as: "rita", key: keys.path("Rita"))
            let before = try await PostgresTestServer.rows(
                stores.url, "SELECT count(*)::text FROM hirescore.audit_lines")
            let signed = await PostgresAuditKeysCommandTests.same(
                stores, ["keys", "countersign"], as: "anna", key: anna)
            #expect(
                signed == Self.annasCards.map { "counter-signed: \($0)\n" }.joined() + "3 scorecards counter-signed\n")
            // The three events and the three signatures came in together.
            let after = try await PostgresTestServer.rows(
                stores.url,
                """
                SELECT (SELECT count(*) FROM hirescore.audit_lines WHERE hirescore.audit_event(content) = 'countersign')
                  || ' ' || (SELECT count(*) FROM hirescore.audit_lines)
                  || ' ' || (SELECT count(*) FROM hirescore.scorecards WHERE cardinality(hirescore.card_signatures(content)) = 1)
                """)
            #expect(after == ["3 \((Int(before.first ?? "") ?? 0) + 3) 3"])
            // Nothing left to sign, in German too.
            let again = await PostgresAuditKeysCommandTests.same(
                stores, ["keys", "countersign", "--lang", "de"], as: "anna", key: anna)
            #expect(again == "0 Bögen gegengezeichnet\n")
            // Merge names the signer as on files; verify and audit verify pass.
            let merged = await stores.same(["merge"], as: "rita")
            #expect(merged.contains("Signatures: 1 signed by Anna Schmidt (ed25519:"), "\(merged)")
            let verified = await stores.same(["verify", "--verbose"], as: "rita")
            #expect(verified.components(separatedBy: "signed by Anna Schmidt").count - 1 == 3, "\(verified)")
            #expect(
                await stores.same(["audit", "verify"], as: "dora").hasPrefix("audit log intact: "))
            // Copied out, the cards are the file store's byte for byte (the events differ only in their times).
            try await stores.expectSameStore()
            // Into another database and out again: every byte kept.
            let files = try #require(stores.files).folder.path
            let back = files + "/back"
            try await PostgresTestServer.withDatabase { second, _ in
                for arguments in [["store", "init", "--store", second], ["store", "copy", back, second]] {
                    let done = await PostgresTestServer.run(arguments, environment: ["HIRESCORE_STORE": ""])
                    #expect(done.exitCode == 0, "\(arguments): \(done.stderr)")
                }
                let again = files + "/again"
                let out = await PostgresTestServer.run(["store", "copy", second, again], environment: [:])
                #expect(out.exitCode == 0, "\(out.stderr)")
                let equal = try PostgresAmendCommandTests.same(back, again)
                #expect(equal, "the store copied into another database and out again differs")
            }
        }
    }

    @Test func theDatabaseRefusesAnotherInterviewersCountersignature() async throws {
        try await Self.withSigningStores { stores, keys in
            // Anna's login with Ben's key in hand: Ben's cards she reads (she submitted for the same candidates).
            let before = try await stores.counts()
            let refused = await PostgresTestServer.run(
                [
                    "keys", "countersign", "--rubrics", TestPaths.shippedRubrics.path, "--store",
                    stores.url(as: "anna").url,
                ],
                environment: ["HIRESCORE_STORE": "", "USER": "test-user", "HIRESCORE_KEY": keys.path("Ben Okafor")])
            #expect(refused.exitCode == 1)
            #expect(refused.stdout == "")
            #expect(
                refused.stderr
                    == "error: the database refused: scorecard claims-2026-01/c-101/ben-okafor.yaml is countersigned by its own interviewer only (SQLSTATE 42501)\n",
                "\(refused.stderr)")
            #expect(try await stores.counts() == before)
            // In a German session the database's refusal is German too (its rule's name, not its English text).
            let german = await PostgresTestServer.run(
                [
                    "keys", "countersign", "--rubrics", TestPaths.shippedRubrics.path, "--store",
                    stores.url(as: "anna").url, "--lang", "de",
                ],
                environment: ["HIRESCORE_STORE": "", "USER": "test-user", "HIRESCORE_KEY": keys.path("Ben Okafor")])
            #expect(german.exitCode == 1)
            #expect(german.stdout == "")
            #expect(
                german.stderr
                    == "Fehler: die Datenbank hat abgelehnt: der Bogen claims-2026-01/c-101/ben-okafor.yaml wird nur von seiner eigenen Interviewerin oder seinem eigenen Interviewer gegengezeichnet (SQLSTATE 42501)\n",
                "\(german.stderr)")
            #expect(try await stores.counts() == before)
        }
    }

    @Test func auditRepairFindsNothingToRepairOnADatabase() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let anna = stores.url(as: "anna").shown
            let before = try await stores.counts()
            let english = await stores.onDatabase(["audit", "repair"], as: "anna")
            #expect(english.exitCode == 0, "\(english.stderr)")
            #expect(
                english.stdout
                    == "nothing to repair in \(anna): a PostgreSQL store changes in whole transactions, so an interrupted command left nothing half-done\n"
            )
            #expect(english.stderr == "")
            let german = await stores.onDatabase(["audit", "repair", "--lang", "de"], as: "anna")
            #expect(german.exitCode == 0, "\(german.stderr)")
            #expect(
                german.stdout
                    == "nichts zu reparieren in \(anna): eine PostgreSQL-Ablage ändert sich nur in ganzen Transaktionen, ein unterbrochener Befehl hat also nichts halb erledigt hinterlassen\n"
            )
            #expect(try await stores.counts() == before)
            // On the same store as files the folder's own repair runs and finds nothing either.
            let files = stores.onFiles(["audit", "repair"], as: "anna")
            #expect(files.exitCode == 0, "\(files.stderr)")
            #expect(files.stdout == "repair finished: 0 completions\n")
            try await stores.dropLogins()
        }
    }
}
