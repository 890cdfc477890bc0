import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Several processes on one store at once. EnterConcurrencyTests covers two sessions on one scorecard
/// (the second is refused); EnterCrashSafetyTests kills sessions at random. These add the readers and the crowd:
/// a merge (and verify) running while a scorecard is being written reads the old or the new file, never
/// a partial one; many interviewers entering different candidates at once lose nothing.
@Suite(.serialized) struct StoreConcurrencyTests {
    /// Only the claims-handler rubric: the same shipped file, a fraction of the start-up time.
    static let rubricFile = TestPaths.shippedRubrics.appendingPathComponent("claims-handler.yaml").path

    @Test func mergeWhileAScorecardIsBeingWrittenReadsOldOrNewNeverPartial() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let panel = store + "/claims-2026-01/c-102"
        try FileManager.default.createDirectory(atPath: store + "/claims-2026-01", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: PanelRun.exampleStore.appendingPathComponent("claims-2026-01/c-102").path, toPath: panel)
        let draft = panel + "/kim-lee.yaml"

        // The writer: a fourth interviewer enters c-102 again and again; every answer rewrites the draft.
        let writer = Writer()
        let rounds = 16
        let thread = Thread {
            for round in 0..<rounds {
                let answers = folder + "/answers-\(round).txt"
                try? EnterCrashSafetyTests.randomAnswers(run: round).write(
                    toFile: answers, atomically: true, encoding: .utf8)
                let ending = EnterTesting.run(
                    EnterTesting.enterArguments(
                        store: store, candidate: "c-102", interviewer: "Kim Lee",
                        answers: answers, rubrics: Self.rubricFile))
                writer.record(ending)
            }
            writer.finish()
        }
        thread.start()
        // A sampler reads the file itself as fast as it can: every read is a whole scorecard, never an empty or cut one.
        let sampler = Thread {
            while !writer.isFinished {
                if let data = FileManager.default.contents(atPath: draft) {
                    let text = String(decoding: data, as: UTF8.self)
                    writer.sample(
                        whole: text.hasPrefix("format: hirescore/scorecard@1\n")
                            && text.contains("\ncandidate: c-102\n")
                            && text.hasSuffix("\n- claims-system\n"), text: text)
                }
                usleep(500)
            }
        }
        sampler.start()

        // The readers: merge (drafts included) and verify, as often as they can while the writer runs.
        var merges = 0
        var mergesWithTheDraft = 0
        var verifiedDrafts = 0
        var seen: Set<String> = []
        while !writer.isFinished || merges < 3 {
            let merge = EnterTesting.run(["merge", "--include-drafts", "--rubrics", Self.rubricFile, panel])
            merges += 1
            #expect(merge.signal == nil && merge.exitCode == 0, "merge \(merges): \(merge)")
            let withDraft = merge.stdout.contains("Files: 4 read, 4 merged, 0 refused\n")
            #expect(
                withDraft || merge.stdout.contains("Files: 3 read, 3 merged, 0 refused\n"),
                "merge \(merges): \(merge.stdout.suffix(1500))")
            if withDraft { mergesWithTheDraft += 1 }
            #expect(
                !merge.stdout.contains("cannot be read"),
                "merge \(merges) read a partial scorecard: \(merge.stdout.suffix(1500))")

            if let text = EnterTesting.read(draft) {
                seen.insert(text)
                let verify = EnterTesting.run(["verify", "--rubrics", Self.rubricFile, draft])
                // Verify reads the file again: the old version, a new one, never a torn one.
                #expect(
                    verify.stdout
                        == "\(draft): error: draft (not submitted, no seal)\n0 scorecards intact, 1 problem\n",
                    "verify: \(verify)")
                verifiedDrafts += 1
            }
            if merges > 400 { break }
        }
        for ending in writer.endings {
            #expect(ending.signal == nil && ending.exitCode == 0, "writer: \(ending)")
            #expect(ending.stderr.contains("end of input: the draft is saved in \(draft)"))
        }
        #expect(writer.endings.count == rounds)
        let samples = writer.samples
        print(
            "StoreConcurrencyTests: \(merges) merges (\(mergesWithTheDraft) with the draft), \(verifiedDrafts) verifies, "
                + "\(seen.count) different drafts seen, \(samples.total) direct reads (\(samples.distinct) different) during \(rounds) entry sessions"
        )
        #expect(samples.torn.isEmpty, "partial reads: \(samples.torn.prefix(3))")
        #expect(samples.total >= 100 && samples.distinct >= 10)
        #expect(mergesWithTheDraft >= 5)
        #expect(seen.count >= 3)
        // Only the scorecards are left: no temporary files, no lock.
        #expect(
            EnterTesting.contents(of: panel) == [
                "anna-schmidt.yaml", "ben-okafor.yaml", "clara-wiese.yaml", "kim-lee.yaml",
            ])
    }

    @Test func manyInterviewersEnteringDifferentCandidatesAtOnceLoseNothing() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let candidates = ["c-201", "c-202", "c-203", "c-204"]
        let interviewers = ["Anna Schmidt", "Ben Okafor", "Clara Wiese"]
        // All at once, in a requisition that does not exist yet: the folders are created by several sessions at the same time.
        var children: [(path: String, child: HireScoreChild)] = []
        for candidate in candidates {
            for interviewer in interviewers {
                let arguments = EnterTesting.enterArguments(
                    store: store, candidate: candidate, requisition: "claims-2026-03",
                    interviewer: interviewer, answers: EnterTesting.answers("complete.answers"),
                    rubrics: Self.rubricFile)
                let stem = interviewer.lowercased().replacingOccurrences(of: " ", with: "-")
                children.append(
                    (
                        store + "/claims-2026-03/\(candidate)/\(stem).yaml",
                        try HireScoreChild.start(arguments, input: .nullDevice)
                    ))
            }
        }
        for (path, child) in children {
            let ending = child.finish(timeout: 180)
            #expect(ending.signal == nil && ending.exitCode == 0, "\(path): \(ending)")
            #expect(
                ending.stdout.contains("\nSubmitted and sealed: \(path)\n"), "\(path): \(ending.stdout.suffix(500))")
        }

        // Every scorecard is there, sealed and intact; nothing else is left (no locks, no temporary files).
        let expected =
            candidates.flatMap { candidate in
                ["claims-2026-03/\(candidate)"]
                    + interviewers.map {
                        "claims-2026-03/\(candidate)/\($0.lowercased().replacingOccurrences(of: " ", with: "-")).yaml"
                    }
            } + ["claims-2026-03"]
        // (Hidden files are the store's own bookkeeping, such as an audit log: its lines must each be whole.)
        #expect(EnterTesting.contents(of: store).filter { !$0.hasPrefix(".") } == expected.sorted())
        for log in EnterTesting.contents(of: store) where log.hasSuffix(".jsonl") {
            for line in (EnterTesting.read(store + "/" + log) ?? "").split(separator: "\n") {
                #expect(
                    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil,
                    "\(log): a line that is not JSON: \(line)")
            }
        }
        let verify = EnterTesting.run(["verify", "--verbose", "--rubrics", Self.rubricFile, store])
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(
            verify.stdout
                == children.map(\.path).sorted().map { "\($0): seal intact, unsigned (v1)\n" }.joined()
                + "\(children.count) scorecards intact, 0 problems\n")
        let merge = EnterTesting.run(["merge", "--rubrics", Self.rubricFile, store])
        #expect(merge.exitCode == 0, "\(merge)")
        #expect(merge.stdout.contains("Files: 12 read, 12 merged, 0 refused\n"), "\(merge.stdout.suffix(1500))")
        for candidate in candidates {
            #expect(EnterTesting.mode(store + "/claims-2026-03/\(candidate)") == 0o700)
        }
        for (path, _) in children {
            #expect(EnterTesting.mode(path) == 0o600)
        }
    }
}

/// What the writer thread of a test reports back.
private final class Writer: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private var storage: [HireScoreChild.Ending] = []
    private var reads = 0
    private var torn: [String] = []
    private var distinct: Set<String> = []

    func sample(whole: Bool, text: String) {
        lock.withLock {
            reads += 1
            distinct.insert(text)
            if !whole { torn.append(text) }
        }
    }

    var samples: (total: Int, distinct: Int, torn: [String]) { lock.withLock { (reads, distinct.count, torn) } }

    func record(_ ending: HireScoreChild.Ending) { lock.withLock { storage.append(ending) } }
    func finish() { lock.withLock { finished = true } }
    var isFinished: Bool { lock.withLock { finished } }
    var endings: [HireScoreChild.Ending] { lock.withLock { storage } }
}
