import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hirescore enter` killed with SIGKILL at random moments: the scorecard on disk is always whole.
@Suite(.serialized) struct EnterCrashSafetyTests {
    /// The criteria of claims-handler in the order they are asked.
    static let criteria = [
        "ownership", "empathy", "managing-expectations", "service-recovery", "internal-customer",
        "active-listening", "questioning", "structure-clarity", "de-escalation", "written-communication",
        "claims-law", "coverage-assessment", "liability-recourse", "fraud-indicators", "claims-system",
    ]

    /// Answers for every prompt except the submission, with random levels and evidence naming the run,
    /// so that every run rewrites the draft with different content.
    static func randomAnswers(run: Int) -> String {
        var lines = ["# run \(run)"]
        for (index, criterion) in criteria.enumerated() {
            // Levels 3-4 in technical depth (a 2 in a critical skill is a knock-out), 2-4 elsewhere; never an extreme.
            let level = Int.random(in: (index >= 10 ? 3 : 2)...4)
            lines += ["\(level)", "Observed \(criterion) in run \(run)."]
            if index == 9 { lines += [["B2", "C1", "C2"].randomElement()!, ["B1", "B2"].randomElement()!] }
        }
        lines += [["yes", "no", "strong-yes"].randomElement()!, "Reason of run \(run)."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// What one worker saw.
    struct Tally {
        var runs = 0
        var killsDuringSession = 0
        var killsBeforeSession = 0
        var endedOnTheirOwn = 0
        var staleLocks = 0
        var temporaryFiles = 0
        var snapshots = 0
    }

    /// Starts the scripted entry `runs` times on the same scorecard, killing each with SIGKILL at a random
    /// moment, and checks the scorecard after each kill; every different scorecard seen is kept in `snapshots`.
    static func hammer(store: String, candidate: String, runs: Int, snapshots: String, rubricFile: String) throws
        -> Tally
    {
        let scorecardFolder = store + "/claims-2026-01/" + candidate
        let path = scorecardFolder + "/kim-lee.yaml"
        let answersPath = store + "-\(candidate)-answers.txt"
        let arguments = EnterTesting.enterArguments(
            store: store, candidate: candidate, interviewer: "Kim Lee", answers: answersPath,
            rubrics: rubricFile)
        var tally = Tally()
        var killedIDs: Set<pid_t> = []
        var temporaryFiles: Set<String> = []
        var timeToFirstOutput = 0.25
        var scorecardSeen = false
        var lastSnapshot: String?

        for run in 0..<runs {
            try randomAnswers(run: run).write(toFile: answersPath, atomically: true, encoding: .utf8)
            let child = try HireScoreChild.start(arguments, input: .nullDevice)
            let spawned = Date()
            if run % 4 == 3 {
                // Kill while it starts: loading the rubric, taking over the stale lock, reading the draft.
                usleep(useconds_t(timeToFirstOutput * Double.random(in: 0.6...1.0) * 1_000_000))
                tally.killsBeforeSession += 1
            } else {
                // Kill 0-30 ms into the session, while it saves answer after answer.
                guard child.waitForOutput("[1/20]", timeout: 30) else {
                    let ending = child.finish(timeout: 10)
                    Issue.record(
                        "\(candidate) run \(run) did not start its session (a stale lock not taken over?): \(ending)")
                    break
                }
                timeToFirstOutput = 0.8 * timeToFirstOutput + 0.2 * Date().timeIntervalSince(spawned)
                usleep(useconds_t.random(in: 0...30_000))
                tally.killsDuringSession += 1
            }
            child.killNow()
            killedIDs.insert(child.pid)
            tally.runs += 1
            let ending = child.finish(timeout: 10)
            if ending.signal != SIGKILL {
                // It finished before the kill: then only by reaching the end of its answers.
                tally.endedOnTheirOwn += 1
                #expect(ending.exitCode == 0, "\(candidate) run \(run): \(ending)")
            }

            // The scorecard: absent (only before the very first save) or whole, never empty or torn.
            if let data = FileManager.default.contents(atPath: path) {
                scorecardSeen = true
                let text = String(decoding: data, as: UTF8.self)
                let whole =
                    !data.isEmpty && text.hasPrefix("format: hirescore/scorecard@1\n")
                    && text.contains("\ncandidate: \(candidate)\n")
                    && text.contains("\nstatus: draft\n") && text.hasSuffix("\n- claims-system\n")
                #expect(whole, "\(candidate) run \(run): torn scorecard (\(data.count) bytes):\n\(text)")
                for (id, rating) in EnterTesting.ratings(inScorecard: text) {
                    #expect(
                        criteria.contains(id) && ["2", "3", "4"].contains(rating.level),
                        "\(candidate) run \(run): \(id) \(rating)")
                }
                if !whole { break }
                if text != lastSnapshot {
                    try text.write(
                        toFile: snapshots + "/\(candidate)-\(String(format: "%03d", tally.snapshots)).yaml",
                        atomically: false, encoding: .utf8)
                    tally.snapshots += 1
                    lastSnapshot = text
                }
            } else {
                #expect(!scorecardSeen, "\(candidate) run \(run): the scorecard disappeared")
            }

            // Beside it: at most the lock of a killed session and temporary files of killed sessions.
            for name in EnterTesting.contents(of: scorecardFolder) where name != "kim-lee.yaml" {
                if name == "kim-lee.yaml.lock" {
                    tally.staleLocks += 1
                    let lock = EnterTesting.read(scorecardFolder + "/" + name) ?? ""
                    if let line = lock.split(separator: "\n").first, let pid = pid_t(line.dropFirst("pid: ".count)) {
                        #expect(
                            killedIDs.contains(pid),
                            "\(candidate) run \(run): lock of process \(pid), which this test did not kill: \(lock)")
                    }
                } else if name.hasPrefix(".kim-lee.yaml.tmp-"),
                    let pid = pid_t(name.dropFirst(".kim-lee.yaml.tmp-".count).split(separator: "-").first ?? ""),
                    killedIDs.contains(pid)
                {
                    temporaryFiles.insert(name)
                } else {
                    Issue.record("\(candidate) run \(run): unexpected file \(name) beside the scorecard")
                }
            }
        }
        tally.temporaryFiles = temporaryFiles.count
        return tally
    }

    @Test func killedEntriesNeverLeaveATornScorecard() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let snapshots = folder + "/snapshots"
        try FileManager.default.createDirectory(atPath: snapshots, withIntermediateDirectories: false)
        // Only the claims-handler rubric is loaded: the same shipped file, a quarter of the start-up time.
        let rubricFile = TestPaths.shippedRubrics.appendingPathComponent("claims-handler.yaml").path

        // Four workers, each on a scorecard of its own, 50 runs each.
        let started = Date()
        let candidates = ["c-71", "c-72", "c-73", "c-74"]
        let tallies = EnterLocked<[Tally]>([])
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            do {
                let tally = try Self.hammer(
                    store: folder + "/store", candidate: candidates[index], runs: 50, snapshots: snapshots,
                    rubricFile: rubricFile)
                tallies.mutate { $0.append(tally) }
            } catch {
                Issue.record("worker \(index): \(error)")
            }
        }
        let total = tallies.value.reduce(into: Tally()) { total, tally in
            total.runs += tally.runs
            total.killsDuringSession += tally.killsDuringSession
            total.killsBeforeSession += tally.killsBeforeSession
            total.endedOnTheirOwn += tally.endedOnTheirOwn
            total.staleLocks += tally.staleLocks
            total.temporaryFiles += tally.temporaryFiles
            total.snapshots += tally.snapshots
        }
        print(
            "EnterCrashSafetyTests: \(total.runs) runs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s: "
                + "\(total.killsDuringSession) killed in the session, \(total.killsBeforeSession) while starting, \(total.endedOnTheirOwn) "
                + "ended on their own; \(total.snapshots) different scorecards seen, \(total.staleLocks) stale locks taken over, "
                + "\(total.temporaryFiles) temporary files left")
        #expect(total.runs >= 200)
        // The kills really did land while the scorecards were being written, and left stale locks behind.
        #expect(total.snapshots >= 20)
        #expect(total.staleLocks >= 20)

        // Every scorecard seen reads back: the program's own reader accepts each of them (as a draft).
        let verify = EnterTesting.run(["verify", "--rubrics", rubricFile, snapshots])
        let lines = verify.stdout.split(separator: "\n").map(String.init).dropLast()
        #expect(lines.count == total.snapshots, "\(verify.stdout.prefix(3000))")
        #expect(verify.stdout.hasSuffix("\n0 scorecards intact, \(total.snapshots) problems\n"))
        for line in lines {
            #expect(
                line.hasPrefix(snapshots + "/") && line.hasSuffix(".yaml: error: draft (not submitted, no seal)"),
                "\(line)")
        }
        #expect(verify.exitCode == 1)
        #expect(verify.stderr == "", "\(verify.stderr.prefix(3000))")

        for candidate in candidates {
            let path = folder + "/store/claims-2026-01/\(candidate)/kim-lee.yaml"
            let score = EnterTesting.run(["score", "--rubrics", rubricFile, path])
            #expect(score.exitCode == 0, "\(score)")
            #expect(score.stdout.contains("Status: draft"))

            // After all that, a session runs to the end: the last stale lock is taken over too.
            let complete = EnterTesting.run(
                EnterTesting.enterArguments(
                    store: folder + "/store", candidate: candidate, interviewer: "Kim Lee",
                    answers: EnterTesting.answers("complete.answers"), rubrics: rubricFile))
            #expect(complete.exitCode == 0, "\(complete)")
            #expect(complete.stdout.contains("\nSubmitted and sealed: \(path)\n"))
            #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        }
        let final = EnterTesting.run(["verify", "--verbose", "--rubrics", EnterTesting.rubrics, folder + "/store"])
        #expect(final.exitCode == 0, "\(final)")
        #expect(
            final.stdout
                == candidates.map { "\(folder)/store/claims-2026-01/\($0)/kim-lee.yaml: seal intact, unsigned (v1)\n" }
                .joined() + "\(candidates.count) scorecards intact, 0 problems\n")
    }
}

/// A value shared between threads.
final class EnterLocked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value { lock.withLock { stored } }

    func mutate(_ change: (inout Value) -> Void) {
        lock.withLock { change(&stored) }
    }
}
