import Foundation
import PostgresStore
import Testing

/// The draft of `enter --amend` on a PostgreSQL store (issue 21) behaves as an ordinary draft: saved to the database
/// after every answer, readable and changeable by its interviewer alone (the database enforces it), resumed after a
/// crash and from another computer, kept on the computer while the server cannot be reached and synced on the next
/// run, and deleted in the transaction that records the amendment. Run as the built binary by interviewer anna.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresAmendDraftTests {
    typealias Stores = PostgresRecordsCommandTests.Stores
    typealias Enter = PostgresEnterCommandTests
    typealias Amend = PostgresAmendCommandTests

    /// Evidence for ownership that only the amendment's first sitting gives.
    static let marker = "Took the claim over from a colleague and closed it within the week."

    /// The amendment's draft row: revision, content digest, and whether it holds `text`.
    static func draftRow(_ stores: Stores, holding text: String = marker) async throws -> [String] {
        try await PostgresTestServer.rows(
            stores.url,
            """
            SELECT interviewer_id || ' ' || revision || ' ' || md5(content) || ' '
              || (position('\(text)' in convert_from(content, 'UTF8')) > 0)
            FROM hirescore.drafts ORDER BY 1
            """)
    }

    /// Waits (30 s at most) until `condition` holds.
    static func waitUntil(_ condition: () async throws -> Bool) async throws {
        for _ in 0..<300 {
            if try await condition() { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        Issue.record("the condition did not hold within 30 s")
    }

    /// Where anna's amendment of c-900 is drafted on the computer with data folder `data`.
    static func amending(data: String, shown: String) -> String {
        let card = Enter.localCopy(data: data, shown: shown)
        return (card as NSString).deletingLastPathComponent + "/.amending/anna-schmidt.yaml"
    }

    /// `enter --amend` of anna's c-900 card on `url` with `data` as the computer's data folder.
    static func amend(
        url: String, data: String, answers: String, extra: [String] = [], environment: [String: String] = [:]
    ) async -> (exitCode: Int32, stdout: String, stderr: String) {
        await Enter.enter(
            url: url, data: data, answers: answers, extra: ["--amend", "--reason", Amend.reason] + extra,
            environment: environment)
    }

    /// Writes `lines` (and a last newline) to `name.answers` in `folder`.
    static func answers(_ lines: [String], in folder: String, name: String) throws -> String {
        let path = folder + "/" + name + ".answers"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every answer of the amendment: ownership rated 3 with `evidence` ("" keeps the draft's).
    static func allAnswers(ownershipEvidence evidence: String) -> [String] {
        ["3", evidence] + Enter.answerLines.dropFirst(2)
    }

    /// `hirescore enter --amend` with its answers on a pipe the test writes to, so the test acts between answers.
    final class LiveAmendment: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        let output: String
        let errors: String

        init(url: String, data: String, folder: String) throws {
            output = folder + "/live-\(UUID().uuidString).out"
            errors = output + ".err"
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            _ = FileManager.default.createFile(atPath: errors, contents: nil)
            process.executableURL = HireScoreProcess.executableURL
            process.arguments =
                Enter.arguments(answers: nil) + ["--store", url, "--amend", "--reason", Amend.reason]
            process.environment = HireScoreProcess.childEnvironment([
                "HIRESCORE_STORE": "", "USER": "test-user", "XDG_DATA_HOME": data,
            ])
            process.standardInput = input
            process.standardOutput = FileHandle(forWritingAtPath: output)
            process.standardError = FileHandle(forWritingAtPath: errors)
            try process.run()
        }

        /// Writes answers to the entry.
        func send(_ lines: [String]) {
            input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }

        /// Kills the entry (SIGKILL: a crash) and waits for it.
        func crash() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        /// Ends the input, waits for the entry, and returns what it wrote.
        func finish() -> (exitCode: Int32, stdout: String, stderr: String) {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            return (process.terminationStatus, EnterTesting.read(output) ?? "", EnterTesting.read(errors) ?? "")
        }
    }

    @Test func aCrashedAmendmentResumesHereAndElsewhereAndOnlyItsInterviewerReachesIt() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (laptop, desktop, files) = (
                try Enter.folder("laptop"), try Enter.folder("desktop"), try Enter.folder("f")
            )
            defer { for folder in [laptop, desktop, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let anna = stores.url(as: "anna")
            let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
            #expect(await Enter.enter(url: anna.url, data: laptop, answers: all).exitCode == 0)
            let submitted = try await Amend.rows(stores)
            #expect(submitted.count == 1)
            let local = Self.amending(data: laptop, shown: anna.shown)

            // The laptop rates ownership anew with new evidence; each answer reaches the database; then it crashes.
            let live = try LiveAmendment(url: anna.url, data: laptop, folder: files)
            live.send(["3", Self.marker])
            try await Self.waitUntil { try await Self.draftRow(stores).first?.hasSuffix(" true") == true }
            live.crash()
            let crashed = try await Self.draftRow(stores)
            #expect(crashed == ["anna-schmidt 3 \(Enter.md5(local)) true"])
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":3,\"synced\":3}\n")
            #expect(EnterTesting.mode(local) == 0o600)
            #expect(try await Amend.rows(stores) == submitted)

            // Nobody else reads or changes it: another interviewer sees no row and changes none, the recruiter may
            // not read the drafts at all (plain SQL); the command refuses another interviewer's login at once.
            let ben = try await PostgresTestServer.createLogin("hs_ben", url: url)
            let granted = await PostgresTestServer.run(
                ["store", "grant", "--store", url, ben, "interviewer", "--interviewer-id", "ben-okafor"],
                environment: ["HIRESCORE_STORE": ""])
            try #require(granted.exitCode == 0, "\(granted.stderr)")
            let benURL = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(ben)@")
            func sql(_ login: String, _ statement: String) async -> String {
                let member = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login)@")
                do {
                    return try await PostgresTestServer.rows(member, statement).joined(separator: ",")
                } catch {
                    return (error as? StoreDatabaseError)?.sqlState ?? "\(error)"
                }
            }
            #expect(await sql(ben, "SELECT count(*)::text FROM hirescore.drafts") == "0")
            #expect(await sql(ben, "UPDATE hirescore.drafts SET content = '\\x00'::bytea RETURNING '1'") == "")
            #expect(await sql(ben, "DELETE FROM hirescore.drafts RETURNING '1'") == "")
            #expect(
                await sql(
                    ben,
                    """
                    INSERT INTO hirescore.drafts (requisition, candidate, interviewer_id, revision, content)
                    VALUES ('claims-2026-01', 'c-900', 'anna-schmidt', 9, '\\x00'::bytea)
                    ON CONFLICT (requisition, candidate, interviewer_id) DO UPDATE SET revision = 9 RETURNING 1
                    """) == "42501")
            #expect(await sql(stores.login("rita"), "SELECT count(*)::text FROM hirescore.drafts") == "42501")
            let byBen = await Self.amend(
                url: benURL, data: desktop, answers: try Self.answers(["q"], in: files, name: "ben"))
            #expect(byBen.exitCode == 1)
            #expect(
                byBen.stderr
                    == "error: '\(ben)' is interviewer 'ben-okafor' in this store, not 'anna-schmidt': enter with --interviewer-id ben-okafor\n"
            )
            #expect(try await Self.draftRow(stores) == crashed)
            try await PostgresTestServer.dropRole(ben)

            // Her desktop continues the same correction from the database, and leaves it saved (`q` saves: revision 4).
            let there = Self.amending(data: desktop, shown: anna.shown)
            let quit = try Self.answers(["q"], in: files, name: "quit")
            let fromDesktop = await Self.amend(url: anna.url, data: desktop, answers: quit)
            #expect(fromDesktop.exitCode == 0, "\(fromDesktop.stderr)")
            #expect(fromDesktop.stderr == "")
            #expect(EnterTesting.read(there)?.contains(Self.marker) == true)
            #expect(try await Self.draftRow(stores) == ["anna-schmidt 4 \(Enter.md5(there)) true"])

            // The laptop resumes after its crash from the newer draft in the database (Enter keeps the evidence) and
            // records the amendment: the draft's row goes in the same transaction, with the local copy and its state.
            let rest = try Self.answers(Self.allAnswers(ownershipEvidence: ""), in: files, name: "rest")
            let recorded = await Self.amend(url: anna.url, data: laptop, answers: rest)
            #expect(recorded.exitCode == 0, "\(recorded.stderr)")
            #expect(
                recorded.stderr
                    == "continuing from the database's draft (revision 4), which is newer than the copy on this computer (revision 3)\n"
            )
            #expect(
                recorded.stdout.contains("\nAmended and sealed: \(anna.shown)/claims-2026-01/c-900/anna-schmidt.yaml\n")
            )
            #expect(try await Self.draftRow(stores) == [])
            let rows = try await Amend.rows(stores)
            #expect(rows.count == 2)
            let card = try await PostgresTestServer.rows(
                stores.url,
                "SELECT convert_from(content, 'UTF8') FROM hirescore.scorecards WHERE amends IS NOT NULL")
            #expect(card.first?.contains(Self.marker) == true)
            #expect(!FileManager.default.fileExists(atPath: local))
            #expect(!FileManager.default.fileExists(atPath: local + ".sync"))

            // The desktop's copy drafted the amendment now recorded: it is dropped, saying so, and a new correction
            // starts from the card in force.
            let stale = await Self.amend(url: anna.url, data: desktop, answers: quit)
            #expect(stale.exitCode == 0, "\(stale.stderr)")
            #expect(
                stale.stderr
                    == "the amendment drafted on this computer (\(there)) was recorded meanwhile (its draft is no longer in the database); its copy here is removed and a new correction starts from the card now in force\n"
            )
            #expect(try await Amend.rows(stores) == rows)
            let verified = await stores.onDatabase(["audit", "verify"], as: "rita")
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            try await stores.dropLogins()
        }
    }

    @Test func aDropBeforeTheCommitKeepsTheDraftRowAndTheNextRunRecordsItAndDeletesTheRow() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (data, files) = (try Enter.folder("data"), try Enter.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let anna = stores.url(as: "anna")
            let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
            #expect(await Enter.enter(url: anna.url, data: data, answers: all).exitCode == 0)
            let before = try await stores.counts()
            let submitted = try await Amend.rows(stores)
            let answers = try Self.answers(Self.allAnswers(ownershipEvidence: Self.marker), in: files, name: "a")
            // Killed inside the recording transaction, after every row is written and the draft's row deleted.
            let killed = await Self.amend(
                url: anna.url, data: data, answers: answers,
                environment: ["HIRESCORE_CRASH_AT": "submit.database.before-commit"])
            #expect(killed.exitCode != 0)
            #expect(try await stores.counts() == before)
            #expect(try await Amend.rows(stores) == submitted)
            let local = Self.amending(data: data, shown: anna.shown)
            let sealed = try await Self.draftRow(stores, holding: "status: submitted")
            #expect(sealed.count == 1)
            #expect(sealed.first?.hasSuffix(" \(Enter.md5(local)) true") == true, "\(sealed)")
            // The next run records the sealed correction, asking nothing; the row goes with it.
            let again = await Self.amend(url: anna.url, data: data, answers: answers)
            #expect(again.exitCode == 0, "\(again.stderr)")
            #expect(
                again.stdout.contains("\nAmended and sealed: \(anna.shown)/claims-2026-01/c-900/anna-schmidt.yaml\n"))
            #expect(try await Self.draftRow(stores) == [])
            #expect(try await Amend.rows(stores).count == 2)
            #expect(!FileManager.default.fileExists(atPath: local))
            try await stores.dropLogins()
        }
    }

    @Test func theServerDownMidAmendmentKeepsTheAnswersHereAndTheNextRunSyncsThem() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (laptop, files) = (try Enter.folder("laptop"), try Enter.folder("f"))
            defer { for folder in [laptop, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let settings = try PostgresConnectionSettings(url: url)
            let relay = try Enter.Relay(target: settings.port)
            let direct = stores.url(as: "anna")
            let viaRelay = (
                url: direct.url.replacingOccurrences(of: ":\(settings.port)/", with: ":\(relay.port)/"),
                shown: direct.shown.replacingOccurrences(of: ":\(settings.port)/", with: ":\(relay.port)/")
            )
            let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
            #expect(await Enter.enter(url: direct.url, data: laptop, answers: all).exitCode == 0)
            let local = Self.amending(data: laptop, shown: viaRelay.shown)

            // The first answers reach the database; then the network goes, and the next ones stay on the laptop.
            try relay.start()
            let live = try LiveAmendment(url: viaRelay.url, data: laptop, folder: files)
            live.send(["3", Self.marker])
            try await Self.waitUntil { try await Self.draftRow(stores).first?.hasSuffix(" true") == true }
            // And until the client knows it: a relay stopped between the commit and its answer leaves it unsynced.
            try await Self.waitUntil { (EnterTesting.read(local + ".sync") ?? "").contains("\"synced\":3") }
            let online = try await Self.draftRow(stores)
            relay.stop()
            let offlineEvidence = "Promised a callback within two days and kept it."
            live.send(["5", offlineEvidence, "q"])
            let cut = live.finish()
            #expect(cut.exitCode == 0, "\(cut.stderr)")
            #expect(
                cut.stderr
                    == "\nthe PostgreSQL store \(viaRelay.shown) cannot be reached: your answers are saved on this computer (\(local)) and go to the database the next time you run this command\n"
            )
            #expect(
                cut.stdout.hasSuffix(
                    "\nAmendment draft saved: \(local); the submitted card stays in force until you submit; run the same command again to continue.\n"
                ))
            #expect(try await Self.draftRow(stores) == online)
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":5,\"synced\":3}\n")

            // Back online: the laptop's answers go to the database first, once; the amendment then keeps both.
            try relay.start()
            var rest = Self.allAnswers(ownershipEvidence: "")
            rest[2...3] = ["5", ""]
            let synced = await Self.amend(
                url: viaRelay.url, data: laptop, answers: try Self.answers(rest, in: files, name: "rest"))
            #expect(synced.exitCode == 0, "\(synced.stderr)")
            #expect(
                synced.stderr
                    == "the answers saved on this computer while the database could not be reached are now in the database (revision 5)\n"
            )
            #expect(try await Self.draftRow(stores) == [])
            let card = try await PostgresTestServer.rows(
                stores.url,
                "SELECT convert_from(content, 'UTF8') FROM hirescore.scorecards WHERE amends IS NOT NULL")
            #expect(card.count == 1)
            #expect(card.first?.contains(Self.marker) == true)
            #expect(card.first?.contains(offlineEvidence) == true)
            #expect(!FileManager.default.fileExists(atPath: local))

            // A second correction: its first answers reach the database, the rest stay on the laptop, and meanwhile
            // the desktop records the correction from the database's draft. The laptop's copy drafted a recorded
            // amendment but has answers the database never had: nothing is overwritten until she chooses.
            let desktop = try Enter.folder("desktop")
            defer { try? FileManager.default.removeItem(atPath: desktop) }
            let second = try LiveAmendment(url: viaRelay.url, data: laptop, folder: files)
            second.send(["2", Self.marker])
            try await Self.waitUntil { try await Self.draftRow(stores).first?.hasSuffix(" true") == true }
            try await Self.waitUntil { (EnterTesting.read(local + ".sync") ?? "").contains("\"synced\":3") }
            relay.stop()
            second.send(["4", "q"])
            #expect(second.finish().exitCode == 0)
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":4,\"synced\":3}\n")
            // (The same rating keeps the evidence.)
            let byDesktop = await Self.amend(
                url: direct.url, data: desktop,
                answers: try Self.answers(
                    ["2"] + Self.allAnswers(ownershipEvidence: "").dropFirst(), in: files, name: "desktop"))
            #expect(byDesktop.exitCode == 0, "\(byDesktop.stderr)")
            #expect(try await Self.draftRow(stores) == [])
            #expect(try await Amend.rows(stores).count == 3)
            try relay.start()
            let quit = try Self.answers(["q"], in: files, name: "quit")
            let conflict = await Self.amend(url: viaRelay.url, data: laptop, answers: quit)
            #expect(conflict.exitCode == 1)
            #expect(
                conflict.stderr
                    == "error: the amendment drafted on this computer was recorded meanwhile (its draft is no longer in the database), and this computer's copy (revision 4, \(local)) has answers given since; nothing was overwritten: run the command again with --keep local to continue this copy as a new correction, or --keep database to drop it and start from the card now in force\n"
            )
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":4,\"synced\":3}\n")
            let german = await Self.amend(url: viaRelay.url, data: laptop, answers: quit, extra: ["--lang", "de"])
            #expect(german.exitCode == 1)
            #expect(
                german.stderr
                    == "Fehler: die auf diesem Rechner entworfene Korrektur wurde inzwischen festgehalten (ihr Entwurf ist nicht mehr in der Datenbank), und die Fassung dieses Rechners (Revision 4, \(local)) hat seither gegebene Antworten; nichts wurde überschrieben: führen Sie den Befehl erneut mit --keep local aus, um diese Fassung als neue Korrektur fortzusetzen, oder mit --keep database, um sie zu verwerfen und mit dem jetzt geltenden Bogen zu beginnen\n"
            )
            #expect(try await Self.draftRow(stores) == [])
            // She keeps this computer's answers: they become the new correction's draft in the database (revision 5,
            // then `q` saves revision 6).
            let kept = await Self.amend(url: viaRelay.url, data: laptop, answers: quit, extra: ["--keep", "local"])
            #expect(kept.exitCode == 0, "\(kept.stderr)")
            #expect(kept.stderr == "")
            #expect(try await Self.draftRow(stores) == ["anna-schmidt 6 \(Enter.md5(local)) true"])
            relay.stop()
            // Started while the server cannot be reached, an amendment stops before asking anything (it must know
            // the card in force and that no decision is recorded); the draft on this computer stays as it was.
            let before = EnterTesting.read(local)
            let offline = await Self.amend(url: viaRelay.url, data: laptop, answers: quit)
            #expect(offline.exitCode == 1 && offline.stdout.isEmpty)
            #expect(
                offline.stderr
                    == "error: cannot reach the PostgreSQL store \(viaRelay.shown): connection refused; check that the server runs and that --store or HIRESCORE_STORE names it\n"
            )
            #expect(EnterTesting.read(local) == before)
            try await stores.dropLogins()
        }
    }
}
