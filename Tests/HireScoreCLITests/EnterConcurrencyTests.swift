import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Two `hirescore enter` sessions at once: the scorecard lock, interruption, and stale locks.
@Suite struct EnterConcurrencyTests {
    enum Holder: String, CustomStringConvertible {
        case terminal, pipe
        var description: String { rawValue }
    }

    @Test(arguments: [(Holder.terminal, SIGINT), (.pipe, SIGINT), (.pipe, SIGTERM), (.terminal, SIGHUP)])
    func secondSessionOnTheSameScorecardIsRefused(holder: Holder, interrupt: Int32) throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let arguments = EnterTesting.enterArguments(store: store)

        // The first session answers the first criterion and waits at the second.
        let first = try HireScoreChild.start(arguments, input: holder == .terminal ? .terminal : .pipe)
        // On a terminal the prompt offers the full anchors for ?, into a pipe help: the common part.
        let prompt = "Rating 1-5, n = n/a, ? = "
        var waiting = first.waitForOutput(prompt)
        first.send("4\n")
        waiting = waiting && first.waitForOutput("Evidence (required")
        first.send("Chased the adjuster weekly.\n")
        waiting = waiting && first.waitForOutput("[2/20] Customer orientation") && first.waitForOutput(prompt)
        guard waiting else {
            Issue.record("the first session did not reach the second criterion: \(first.finish(timeout: 5))")
            return
        }
        let lock = EnterTesting.read(path + ".lock") ?? ""
        #expect(lock.hasPrefix("pid: \(first.pid)\nhost: "), "lock file: \(lock)")
        #expect(EnterTesting.mode(path + ".lock") == 0o600)
        let draft = try #require(EnterTesting.read(path))

        // A second session on the same scorecard is refused, naming the first one; it changes nothing.
        for input in [HireScoreChild.Input.file(EnterTesting.answers("complete.answers")), .nullDevice] {
            let second = EnterTesting.run(arguments, input: input)
            #expect(second.exitCode == 1, "\(second)")
            #expect(second.stdout == "")
            #expect(
                second.stderr.hasPrefix("error: this scorecard is open in another session (process \(first.pid) on "),
                "\(second.stderr)")
            #expect(second.stderr.hasSuffix("); finish or quit that session first\n"), "\(second.stderr)")
            #expect(EnterTesting.read(path) == draft)
            #expect(EnterTesting.read(path + ".lock") == lock)
        }

        // Another interviewer on the same candidate works at the same time.
        let colleague = EnterTesting.run(
            EnterTesting.enterArguments(
                store: store, interviewer: "Anna Schmidt",
                answers: EnterTesting.answers("complete.answers")))
        let colleaguePath = store + "/claims-2026-01/c-1042/anna-schmidt.yaml"
        #expect(colleague.exitCode == 0, "\(colleague)")
        #expect(colleague.stdout.contains("\nSubmitted and sealed: \(colleaguePath)\n"))
        var status: Int32 = 0
        #expect(waitpid(first.pid, &status, WNOHANG) == 0, "the first session must still be running")

        // Interrupted, the first session leaves its draft and removes its lock.
        first.sendSignal(interrupt)
        let interrupted = first.finish(timeout: 30)
        #expect(interrupted.exitCode == 128 + interrupt, "\(interrupted)")
        #expect(interrupted.stderr == "\ninterrupted: the draft is saved; run the same command again to continue\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        #expect(
            EnterTesting.ratings(inScorecard: EnterTesting.read(path) ?? "") == [
                "ownership": .init(level: "4", evidence: "Chased the adjuster weekly.")
            ])
        #expect(
            EnterTesting.contents(of: store + "/claims-2026-01/c-1042") == ["anna-schmidt.yaml", "juergen-gross.yaml"])

        // Now a new session starts and finishes it.
        let next = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(next.exitCode == 0, "\(next)")
        #expect(next.stdout.contains("\nSubmitted and sealed: \(path)\n"))
        let verify = EnterTesting.run(["verify", "--verbose", "--rubrics", EnterTesting.rubrics, store])
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(
            verify.stdout
                == "\(colleaguePath): seal intact, unsigned (v1)\n\(path): seal intact, unsigned (v1)\n"
                + "2 scorecards intact, 0 problems\n")
    }

    /// Writes a lock file for the scorecard of the default test arguments.
    static func writeLock(_ content: String, store: String) throws -> String {
        let folder = store + "/claims-2026-01/c-1042"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lock = folder + "/juergen-gross.yaml.lock"
        try content.write(toFile: lock, atomically: false, encoding: .utf8)
        return lock
    }

    /// The id of a process that has ended (and been reaped).
    static func endedProcessID() throws -> pid_t {
        let child = try HireScoreChild.start(["--version"], input: .nullDevice)
        _ = child.finish()
        return child.pid
    }

    @Test func staleLockOfAnEndedProcessIsTakenOver() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let host = ProcessInfo.processInfo.hostName
        let lock = try Self.writeLock(
            "pid: \(try Self.endedProcessID())\nhost: \(host)\nsince: 2026-01-01T00:00:00Z\n", store: store)
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("\nSubmitted and sealed: "))
        #expect(!FileManager.default.fileExists(atPath: lock))
    }

    @Test(arguments: ["", "pid: \n", "garbage without fields"])
    func unreadableLockIsTakenOver(content: String) throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let lock = try Self.writeLock(content, store: store)
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(result.exitCode == 0, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: lock))
    }

    @Test func lockOfALiveProcessOnThisHostIsRespected() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        // The test process itself is alive.
        let content = "pid: \(getpid())\nhost: \(ProcessInfo.processInfo.hostName)\nsince: 2026-01-01T00:00:00Z\n"
        let lock = try Self.writeLock(content, store: store)
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.stderr
                == "error: this scorecard is open in another session (process \(getpid()) on \(ProcessInfo.processInfo.hostName), "
                + "since 2026-01-01T00:00:00Z); finish or quit that session first\n")
        #expect(EnterTesting.read(lock) == content)
        #expect(!FileManager.default.fileExists(atPath: store + "/claims-2026-01/c-1042/juergen-gross.yaml"))
    }

    @Test func lockFromAnotherComputerIsRespected() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let content = "pid: 4242\nhost: other-host.example\nsince: 2026-01-01T00:00:00Z\n"
        let lock = try Self.writeLock(content, store: store)
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.stderr
                == "error: this scorecard is locked by a session on another computer (other-host.example, process 4242); "
                + "if that session is gone, delete \(lock)\n")
        #expect(EnterTesting.read(lock) == content)
    }
}
