import Foundation
import PostgresStore
import Testing

/// `enter` on a PostgreSQL store (issue 21), run as the built binary by interviewer anna with her own login: the
/// draft is saved after every answer to the database and to a local copy; while the server cannot be reached the
/// entry goes on with the local copy, and the next run syncs it (a conflict is the user's choice); the sealed
/// card is submitted in one transaction with its audit event, and a connection that drops before the commit
/// leaves nothing half-submitted.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresEnterCommandTests {
    typealias Stores = PostgresRecordsCommandTests.Stores

    /// The answers of `complete.answers`, one per line, comments left out.
    static let answerLines: [String] = EnterTesting.answersText("complete.answers")
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        .filter { !$0.hasPrefix("#") }.dropLast().map { $0 }

    /// Writes answers lines `range` of ``answerLines`` (then `q` unless they end the card) to a file in `folder`.
    static func answers(_ range: Range<Int>, quit: Bool = true, in folder: String, name: String) throws -> String {
        let path = folder + "/" + name + ".answers"
        let lines = Array(answerLines[range]) + (quit ? ["q"] : [])
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A private folder for one computer's data (its XDG_DATA_HOME) or a test's files.
    static func folder(_ label: String) throws -> String {
        let folder = NSTemporaryDirectory() + "hs-enter-" + label + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        return folder
    }

    /// The arguments of `enter` for anna's card of candidate c-900 with `answers` (else from standard input),
    /// without the store.
    static func arguments(answers: String?) -> [String] {
        [
            "enter", "--all-stages", "--rubric", "claims-handler", "--candidate", "c-900", "--requisition",
            "claims-2026-01", "--interviewer", "Anna Schmidt", "--interviewer-id", "anna-schmidt",
            "--interview-date", "2026-01-15", "--rubrics", TestPaths.shippedRubrics.path,
        ] + (answers.map { ["--answers", $0] } ?? [])
    }

    /// Runs `enter` for candidate c-900 as anna on `url`, with `data` as the computer's data folder.
    static func enter(
        url: String, data: String, answers: String, extra: [String] = [], environment: [String: String] = [:]
    ) async -> (exitCode: Int32, stdout: String, stderr: String) {
        await PostgresTestServer.run(
            arguments(answers: answers) + ["--store", url] + extra,
            environment: ["HIRESCORE_STORE": "", "USER": "test-user", "XDG_DATA_HOME": data].merging(environment) {
                _, new in new
            })
    }

    /// The local copy of anna's draft of c-900 for the store shown as `shown`.
    static func localCopy(data: String, shown: String) -> String {
        let key = shown.replacingOccurrences(of: "postgresql://", with: "").replacingOccurrences(of: ":", with: "_")
            .replacingOccurrences(of: "/", with: "_")
        return data + "/hirescore/drafts/" + key + "/claims-2026-01/c-900/anna-schmidt.yaml"
    }

    /// The draft rows (revision and content digest) and the c-900 cards, read as the administrator.
    static func draftRows(_ stores: Stores) async throws -> [String] {
        try await PostgresTestServer.rows(
            stores.url,
            "SELECT interviewer_id || ' ' || revision || ' ' || md5(content) FROM hirescore.drafts ORDER BY 1")
    }

    static func cards(_ stores: Stores) async throws -> [String] {
        try await PostgresTestServer.rows(
            stores.url,
            "SELECT file_name || ' ' || status FROM hirescore.scorecards WHERE candidate = 'c-900' ORDER BY 1")
    }

    static func md5(_ path: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/md5sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try? process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return String(text.prefix(32))
    }

    @Test func eachAnswerIsSavedToTheDatabaseAndTheSubmitIsOneTransaction() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (data, files) = (try Self.folder("data"), try Self.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let anna = stores.url(as: "anna")
            let local = Self.localCopy(data: data, shown: anna.shown)
            // First sitting: two criteria (a rating and evidence each), then q: the new draft and each of the four
            // answers is a save, revision 5.
            let first = await Self.enter(
                url: anna.url, data: data, answers: try Self.answers(0..<4, in: files, name: "first"))
            #expect(first.exitCode == 0, "\(first.stderr)")
            #expect(first.stderr == "")
            #expect(first.stdout.hasSuffix("\nDraft saved: \(local); run the same command again to continue.\n"))
            #expect(try await Self.draftRows(stores) == ["anna-schmidt 5 \(Self.md5(local))"])
            #expect(try await Self.cards(stores) == [])
            #expect(EnterTesting.mode(local) == 0o600)
            #expect(EnterTesting.mode(local + ".sync") == 0o600)
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":5,\"synced\":5}\n")
            for folder in ["hirescore/drafts", "hirescore/drafts/" + local.split(separator: "/").dropLast(3).last!] {
                #expect(EnterTesting.mode(data + "/" + folder) == 0o700, "\(folder)")
            }
            // The recruiter reads no drafts, but a decision waits for this one.
            let rita = try PostgresConnectionSettings(url: stores.url(as: "rita").url)
            let refused =
                await {
                    do {
                        _ = try await StoreDatabase.with(rita) { database throws(StoreDatabaseError) in
                            try await database.query("SELECT content FROM hirescore.drafts")
                        }
                        return nil
                    } catch { return (error as? StoreDatabaseError)?.sqlState }
                }() as String?
            #expect(refused == "42501")
            // Second sitting (answers from a file walk every prompt again): all of it, then submit.
            let second = await Self.enter(
                url: anna.url, data: data,
                answers: try Self.answers(0..<Self.answerLines.count, quit: false, in: files, name: "second"))
            #expect(second.exitCode == 0, "\(second.stderr)")
            #expect(second.stderr == "")
            #expect(second.stdout.contains("[Enter keeps: Chased the loss adjuster"))
            let card = anna.shown + "/claims-2026-01/c-900/anna-schmidt.yaml"
            let submitted = try #require(second.stdout.range(of: "\nSubmitted and sealed: \(card)\n  seal sha256:"))
            #expect(second.stdout[submitted.upperBound...].count == 65)
            #expect(try await Self.draftRows(stores) == [])
            #expect(try await Self.cards(stores) == ["anna-schmidt.yaml submitted"])
            #expect(!FileManager.default.fileExists(atPath: local))
            #expect(!FileManager.default.fileExists(atPath: local + ".sync"))
            let events = try await PostgresTestServer.rows(
                stores.url,
                "SELECT convert_from(content, 'UTF8')::jsonb ->> 'event' FROM hirescore.audit_lines ORDER BY line_number DESC LIMIT 1"
            )
            #expect(events == ["submit"])
            // The chain holds, and the card copied out verifies as a file.
            let verified = await stores.onDatabase(["audit", "verify"], as: "rita")
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            let back = files + "/back"
            let copied = await PostgresTestServer.run(["store", "copy", stores.url, back], environment: [:])
            #expect(copied.exitCode == 0, "\(copied.stderr)")
            let checked = await PostgresTestServer.run(
                [
                    "verify", "--rubrics", TestPaths.shippedRubrics.path,
                    back + "/claims-2026-01/c-900/anna-schmidt.yaml",
                ],
                environment: ["HIRESCORE_STORE": back])
            #expect(checked.exitCode == 0, "\(checked.stdout)\(checked.stderr)")
            // Entering it again is refused: it is submitted.
            let again = await Self.enter(
                url: anna.url, data: data, answers: try Self.answers(0..<4, in: files, name: "again"))
            #expect(again.exitCode == 1)
            #expect(again.stderr.hasPrefix("error: \(card) is already submitted and sealed"))
            try await stores.dropLogins()
        }
    }

    @Test func aDropBeforeTheCommitLeavesNothingAndTheNextRunSubmits() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (data, files) = (try Self.folder("data"), try Self.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let anna = stores.url(as: "anna")
            let all = try Self.answers(0..<Self.answerLines.count, quit: false, in: files, name: "all")
            let before = try await stores.counts()
            // The process dies inside the submitting transaction, after every row is written, before the commit:
            // its connection drops and the server undoes the transaction.
            let killed = await Self.enter(
                url: anna.url, data: data, answers: all,
                environment: ["HIRESCORE_CRASH_AT": "submit.database.before-commit"])
            #expect(killed.exitCode != 0)
            #expect(try await stores.counts() == before)
            #expect(try await Self.cards(stores) == [])
            let local = Self.localCopy(data: data, shown: anna.shown)
            #expect(try await Self.draftRows(stores).count == 1)
            #expect(EnterTesting.read(local)?.contains("status: submitted") == true)
            // The next run submits the sealed local copy, asking nothing.
            let again = await Self.enter(url: anna.url, data: data, answers: all)
            #expect(again.exitCode == 0, "\(again.stderr)")
            let card = anna.shown + "/claims-2026-01/c-900/anna-schmidt.yaml"
            #expect(again.stdout.hasPrefix("\nSubmitted and sealed: \(card)\n  seal sha256:"))
            #expect(try await Self.cards(stores) == ["anna-schmidt.yaml submitted"])
            #expect(try await Self.draftRows(stores) == [])
            let verified = await stores.onDatabase(["audit", "verify"], as: "rita")
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            try await stores.dropLogins()
        }
    }

    /// A stand-in for the network between a laptop and the server: a TCP relay on a port of its own that the test
    /// starts and stops, so the same store URL is reachable or not.
    final class Relay: @unchecked Sendable {
        static let script = """
            import socket, sys, threading
            s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(64); print("ready", flush=True)
            def pipe(a, b):
                try:
                    while True:
                        d = a.recv(65536)
                        if not d: break
                        b.sendall(d)
                except OSError: pass
                for x in (a, b):
                    try: x.shutdown(socket.SHUT_RDWR)
                    except OSError: pass
            while True:
                c, _ = s.accept(); u = socket.create_connection(("127.0.0.1", int(sys.argv[2])))
                threading.Thread(target=pipe, args=(c, u), daemon=True).start()
                threading.Thread(target=pipe, args=(u, c), daemon=True).start()
            """
        let port: Int
        let target: Int
        let python: String
        private var process: Process?

        init(target: Int) throws {
            self.target = target
            // The interpreter itself (not a wrapper script, which a signal would end without ending it).
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            probe.arguments = [
                "python3", "-c",
                "import socket, sys; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1]); print(sys.executable)",
            ]
            let output = Pipe()
            probe.standardOutput = output
            try probe.run()
            probe.waitUntilExit()
            let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n").map(String.init)
            port = try #require(lines.first.flatMap { Int($0) })
            python = try #require(lines.dropFirst().first)
        }

        func start() throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", Self.script, String(port), String(target)]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            // Waits for its one line ("ready"), not for a time.
            _ = output.fileHandleForReading.availableData
            self.process = process
        }

        func stop() {
            guard let process else { return }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            self.process = nil
        }

        deinit { stop() }
    }

    @Test func offlineAnswersStayLocalSyncLaterAndAConflictIsTheUsersChoice() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let (laptop, desktop, files) = (try Self.folder("laptop"), try Self.folder("desktop"), try Self.folder("f"))
            defer { for folder in [laptop, desktop, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let settings = try PostgresConnectionSettings(url: url)
            let relay = try Relay(target: settings.port)
            let direct = stores.url(as: "anna")
            let viaRelay = (
                url: direct.url.replacingOccurrences(of: ":\(settings.port)/", with: ":\(relay.port)/"),
                shown: direct.shown.replacingOccurrences(of: ":\(settings.port)/", with: ":\(relay.port)/")
            )
            let local = Self.localCopy(data: laptop, shown: viaRelay.shown)
            // The laptop cannot reach the server: one plain line, and the answers are kept on the laptop.
            let offline = await Self.enter(
                url: viaRelay.url, data: laptop, answers: try Self.answers(0..<2, in: files, name: "a"))
            #expect(offline.exitCode == 0, "\(offline.stderr)")
            #expect(
                offline.stderr
                    == "the PostgreSQL store \(viaRelay.shown) cannot be reached: your answers are saved on this computer (\(local)) and go to the database the next time you run this command\n"
            )
            #expect(try await Self.draftRows(stores) == [])
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":3,\"synced\":0}\n")
            // Back online: the laptop's answers go to the database, then its next ones (each prompt again, and
            // criterion 2: five saves, revision 8).
            try relay.start()
            let synced = await Self.enter(
                url: viaRelay.url, data: laptop, answers: try Self.answers(0..<4, in: files, name: "b"))
            #expect(synced.exitCode == 0, "\(synced.stderr)")
            #expect(
                synced.stderr
                    == "the answers saved on this computer while the database could not be reached are now in the database (revision 3)\n"
            )
            #expect(try await Self.draftRows(stores) == ["anna-schmidt 8 \(Self.md5(local))"])
            // The desktop continues the same draft from the database (criteria 3 and 4: revision 15), while the
            // laptop is offline and rates criterion 3 differently (revision 15 too, counted from 8 on the laptop).
            let fromDesktop = await Self.enter(
                url: direct.url, data: desktop, answers: try Self.answers(0..<8, in: files, name: "c"))
            #expect(fromDesktop.exitCode == 0, "\(fromDesktop.stderr)")
            #expect(fromDesktop.stderr == "")
            #expect(fromDesktop.stdout.contains("[Enter keeps: Chased the loss adjuster"))
            let desktopRows = try await Self.draftRows(stores)
            #expect(desktopRows.first?.hasPrefix("anna-schmidt 15 ") == true)
            relay.stop()
            let otherAnswer = files + "/d.answers"
            try
                ((Array(Self.answerLines[0..<4]) + ["5", "Promised a callback within two days and kept it.", "q"])
                .joined(separator: "\n") + "\n").write(
                    toFile: otherAnswer, atomically: true, encoding: .utf8)
            let offlineAgain = await Self.enter(url: viaRelay.url, data: laptop, answers: otherAnswer)
            #expect(offlineAgain.exitCode == 0, "\(offlineAgain.stderr)")
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":15,\"synced\":8}\n")
            // Both changed since revision 4: nothing is overwritten until the user chooses.
            try relay.start()
            let laptopCopy = EnterTesting.read(local)
            let conflict = await Self.enter(url: viaRelay.url, data: laptop, answers: otherAnswer)
            #expect(conflict.exitCode == 1)
            #expect(
                conflict.stderr
                    == "error: the draft was changed both on this computer (revision 15, \(local)) and in the database (revision 15) since they last matched (revision 8); nothing was overwritten: run the command again with --keep local to keep this computer's answers, or --keep database to keep the database's\n"
            )
            #expect(EnterTesting.read(local) == laptopCopy)
            #expect(try await Self.draftRows(stores) == desktopRows)
            // The user keeps the database's: the laptop's rating of criterion 3 is gone, and it continues from the
            // desktop's answers.
            let keep = try Self.answers(0..<6, in: files, name: "e")
            let kept = await Self.enter(url: viaRelay.url, data: laptop, answers: keep, extra: ["--keep", "database"])
            #expect(kept.exitCode == 0, "\(kept.stderr)")
            #expect(kept.stderr == "")
            #expect(EnterTesting.read(local)?.contains("Promised a callback") == false)
            let rows = try await Self.draftRows(stores)
            #expect(rows == ["anna-schmidt 21 \(Self.md5(local))"])
            relay.stop()
            try await stores.dropLogins()
        }
    }
}
