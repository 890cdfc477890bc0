import Foundation
import PostgresStore
import Testing

/// `enter --amend` on a PostgreSQL store (issue 21, schema version 6), run as the built binary by interviewer anna
/// with her own login: the correction is a new row beside the submitted card, which is never updated, with its
/// `amend` event in the same transaction; `merge` reads it as on files; `store copy` keeps both cards byte for byte
/// both ways; only the card's own interviewer may insert an amendment (plain SQL and the command).
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresAmendCommandTests {
    typealias Stores = PostgresRecordsCommandTests.Stores
    typealias Enter = PostgresEnterCommandTests

    static let reason = "ownership was rated on the wrong answer"

    /// `complete.answers` with ownership rated 3 instead of 4, in `folder`.
    static func amendedAnswers(in folder: String) throws -> String {
        let lines = Enter.answerLines.map { $0 }
        let index = try #require(lines.firstIndex { $0.hasPrefix("Chased the loss adjuster") })
        var amended = lines
        #expect(amended[index - 1] == "4")
        amended[index - 1] = "3"
        let path = folder + "/amended.answers"
        try (amended.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// c-900's rows in the order written: file name, status, whether it amends a row, and a digest of its content.
    static func rows(_ stores: Stores) async throws -> [String] {
        try await PostgresTestServer.rows(
            stores.url,
            """
            SELECT file_name || ' ' || status || ' ' || (amends IS NOT NULL) || ' ' || md5(content)
            FROM hirescore.scorecards WHERE candidate = 'c-900' ORDER BY id
            """)
    }

    /// Runs `diff -r` on two folders; true when they are the same.
    static func same(_ first: String, _ second: String) throws -> Bool {
        let diff = Process()
        diff.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        diff.arguments = ["-r", first, second]
        try diff.run()
        diff.waitUntilExit()
        return diff.terminationStatus == 0
    }

    @Test func anAmendmentIsANewRowThatMergeAndStoreCopyReadAsOnFiles() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (data, files) = (try Enter.folder("data"), try Enter.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let anna = stores.url(as: "anna")
            let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
            let submitted = await Enter.enter(url: anna.url, data: data, answers: all)
            #expect(submitted.exitCode == 0, "\(submitted.stderr)")
            let original = try await Self.rows(stores)
            #expect(original.count == 1)
            let card = anna.shown + "/claims-2026-01/c-900/anna-schmidt.yaml"

            // The answers named relative to the working folder (the amendment works in a snapshot folder).
            _ = try Self.amendedAnswers(in: files)
            let amend = await PostgresTestServer.run(
                Enter.arguments(answers: "amended.answers") + [
                    "--store", anna.url, "--amend", "--reason", Self.reason,
                ],
                environment: ["HIRESCORE_STORE": "", "USER": "test-user", "XDG_DATA_HOME": data],
                currentDirectory: URL(fileURLWithPath: files))
            #expect(amend.exitCode == 0, "\(amend.stderr)")
            #expect(amend.stderr == "")
            #expect(
                amend.stdout.hasPrefix(
                    "Amending \(card) (reason: \(Self.reason)). The submitted card is kept; your correction becomes a new sealed card.\n"
                ), "\(amend.stdout.prefix(300))")
            #expect(amend.stdout.contains("\nAmended and sealed: \(card)\n  seal sha256:"))
            let kept = try #require(
                amend.stdout.firstMatch(
                    of: #/  the previous card is kept as (.*/\.superseded/anna-schmidt\.[0-9a-f]{16}\.yaml)\n$/#))
            #expect(String(kept.1).hasPrefix(anna.shown + "/claims-2026-01/c-900/.superseded/"))
            // The submitted row is as it was; the correction is a new row that amends it.
            let rows = try await Self.rows(stores)
            #expect(rows.count == 2)
            #expect(rows.first == original.first)
            #expect(rows.last?.hasPrefix("anna-schmidt.yaml submitted true ") == true, "\(rows)")
            let events = try await PostgresTestServer.rows(
                stores.url,
                "SELECT convert_from(content, 'UTF8')::jsonb ->> 'event' FROM hirescore.audit_lines ORDER BY line_number DESC LIMIT 2"
            )
            #expect(events == ["amend", "submit"])
            let local = Enter.localCopy(data: data, shown: anna.shown)
            let amending = (local as NSString).deletingLastPathComponent + "/.amending"
            #expect(!FileManager.default.fileExists(atPath: amending), "the recorded correction's draft is left")

            // A copy out holds both cards as the folder store keeps them, and reads as the database does.
            let back = files + "/back"
            let copied = await PostgresTestServer.run(["store", "copy", stores.url, back], environment: [:])
            #expect(copied.exitCode == 0, "\(copied.stderr)")
            let folder = back + "/claims-2026-01/c-900"
            let superseded = try FileManager.default.contentsOfDirectory(atPath: folder + "/.superseded")
            #expect(superseded.count == 1)
            #expect(EnterTesting.read(folder + "/anna-schmidt.yaml")?.contains("ownership:\n    level: 3\n") == true)
            #expect(
                EnterTesting.read(folder + "/.superseded/" + superseded[0])?.contains("ownership:\n    level: 4\n")
                    == true)
            let rita = stores.url(as: "rita").shown
            for command in [
                ["merge"], ["merge", "--format", "json"], ["status"], ["verify", "--verbose"], ["audit", "verify"],
            ] {
                let onDatabase = await stores.onDatabase(command, as: "rita")
                let onFiles = await PostgresTestServer.run(
                    command + ["--rubrics", TestPaths.shippedRubrics.path, "--store", back],
                    environment: ["HIRESCORE_STORE": "", "USER": "test-user"])
                #expect(onDatabase.exitCode == 0, "\(command): \(onDatabase.stderr)")
                #expect(onDatabase.exitCode == onFiles.exitCode)
                #expect(onDatabase.stdout == onFiles.stdout.replacingOccurrences(of: back, with: rita), "\(command)")
                #expect(onDatabase.stderr == onFiles.stderr.replacingOccurrences(of: back, with: rita), "\(command)")
                if command == ["merge"] {
                    #expect(onDatabase.stderr.contains("\(rita)/claims-2026-01/c-900/anna-schmidt.yaml: amended "))
                }
            }

            // Into another database and out again: the same files, byte for byte, and the same rows.
            try await PostgresTestServer.withDatabase { second, _ in
                for arguments in [["store", "init", "--store", second], ["store", "copy", back, second]] {
                    let done = await PostgresTestServer.run(arguments, environment: ["HIRESCORE_STORE": ""])
                    #expect(done.exitCode == 0, "\(arguments): \(done.stderr)")
                }
                let again = files + "/again"
                let out = await PostgresTestServer.run(["store", "copy", second, again], environment: [:])
                #expect(out.exitCode == 0, "\(out.stderr)")
                #expect(try Self.same(back, again))
                let copiedRows = try await PostgresTestServer.rows(
                    second,
                    """
                    SELECT file_name || ' ' || status || ' ' || (amends IS NOT NULL) || ' ' || md5(content)
                    FROM hirescore.scorecards WHERE candidate = 'c-900' ORDER BY id
                    """)
                #expect(copiedRows == rows)
            }
            try await stores.dropLogins()
        }
    }

    @Test func onlyTheCardsOwnInterviewerInsertsAnAmendment() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (data, files) = (try Enter.folder("data"), try Enter.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let ben = try await PostgresTestServer.createLogin("hs_ben", url: url)
            let granted = await PostgresTestServer.run(
                ["store", "grant", "--store", url, ben, "interviewer", "--interviewer-id", "ben-okafor"],
                environment: ["HIRESCORE_STORE": ""])
            try #require(granted.exitCode == 0, "\(granted.stderr)")
            let anna = stores.url(as: "anna")
            let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
            #expect(await Enter.enter(url: anna.url, data: data, answers: all).exitCode == 0)
            let before = try await stores.counts()

            // Plain SQL: an amendment of anna's card by anyone but anna is refused by the database.
            let card = try #require(
                try await PostgresTestServer.rows(
                    url, "SELECT id::text FROM hirescore.scorecards WHERE candidate = 'c-900'"
                )
                .first)
            func insert(as login: String, interviewer: String) async -> String? {
                let member = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login)@")
                do {
                    _ = try await PostgresTestServer.rows(
                        member,
                        """
                        INSERT INTO hirescore.scorecards
                          (requisition, candidate, file_name, interviewer_id, status, seal, content, amends)
                        VALUES ('claims-2026-01', 'c-900', 'anna-schmidt.yaml', '\(interviewer)', 'submitted',
                          'sha256:00', '\\x00'::bytea, \(card)) RETURNING id
                        """)
                    return nil
                } catch {
                    return (error as? StoreDatabaseError)?.sqlState ?? "\(error)"
                }
            }
            #expect(await insert(as: stores.login("rita"), interviewer: "anna-schmidt") == "42501")
            #expect(await insert(as: stores.login("dora"), interviewer: "anna-schmidt") == "42501")
            #expect(await insert(as: ben, interviewer: "anna-schmidt") == "42501")
            #expect(await insert(as: ben, interviewer: "ben-okafor") == "42501")
            // Nor is the submitted row ever updated, nor the row it amends changed.
            let annaURL = anna.url
            let place = "claims-2026-01/c-900/anna-schmidt.yaml"
            let refusals = [
                "content = content || '\\x0a'::bytea": [
                    "the database refused: scorecard \(place) is submitted and is never changed; an amendment is a new scorecard (SQLSTATE 42501)",
                    "die Datenbank hat abgelehnt: der Bogen \(place) ist eingereicht und wird nie geändert; eine Korrektur ist ein neuer Bogen (SQLSTATE 42501)",
                ],
                "amends = id": [
                    "the database refused: which card scorecard \(place) amends is written once and never changed (SQLSTATE 42501)",
                    "die Datenbank hat abgelehnt: welchen Bogen der Bogen \(place) korrigiert, wird einmal festgehalten und nie geändert (SQLSTATE 42501)",
                ],
            ]
            for (change, texts) in refusals.sorted(by: { $0.key < $1.key }) {
                do {
                    _ = try await PostgresTestServer.rows(
                        annaURL, "UPDATE hirescore.scorecards SET \(change) WHERE candidate = 'c-900' RETURNING id")
                    Issue.record("anna changed her submitted card: \(change)")
                } catch {
                    let refusal = error as? StoreDatabaseError
                    #expect(refusal?.sqlState == "42501", "\(change): \(error)")
                    #expect(
                        [refusal?.message.text(in: "en"), refusal?.message.text(in: "de")] == texts,
                        "\(change): \(error)")
                }
            }
            #expect(try await stores.counts() == before)

            // Through the command: the recruiter's login is refused by the database, anna's correction stays sealed
            // on her computer; another interviewer's login is told whose id it is before anything starts.
            let amended = try Self.amendedAnswers(in: files)
            let rita = stores.url(as: "rita")
            let byRita = await Enter.enter(
                url: rita.url, data: data, answers: amended, extra: ["--amend", "--reason", Self.reason])
            #expect(byRita.exitCode == 1)
            // The database's refusal by the grants, worded in the session's language from what was refused where.
            #expect(
                byRita.stderr
                    == "error: the database refused (SQLSTATE 42501): the store role of '\(stores.login("rita"))' may not read the drafts; nothing was changed. The store's owner grants roles with 'hirescore store grant'\n"
            )
            #expect(try await stores.counts() == before)
            let byRitaInGerman = await Enter.enter(
                url: rita.url, data: data, answers: amended,
                extra: ["--amend", "--reason", Self.reason, "--lang", "de"])
            #expect(byRitaInGerman.exitCode == 1)
            #expect(
                byRitaInGerman.stderr
                    == "Fehler: die Datenbank hat abgelehnt (SQLSTATE 42501): die Rolle von '\(stores.login("rita"))' in der Ablage darf in den Entwürfen nichts lesen; nichts wurde geändert. Rollen vergibt der Eigentümer der Ablage mit 'hirescore store grant'\n"
            )
            #expect(try await stores.counts() == before)
            let benURL = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(ben)@")
            let byBen = await Enter.enter(
                url: benURL, data: data, answers: amended, extra: ["--amend", "--reason", Self.reason])
            #expect(byBen.exitCode == 1)
            #expect(byBen.stderr.contains("ben-okafor"), "\(byBen.stderr)")
            #expect(try await stores.counts() == before)
            try await PostgresTestServer.dropRole(ben)
            try await stores.dropLogins()
        }
    }
}
