import BuiltInModules
import DeveloperTools
import Foundation
import Panel
import ScoringCore
import Testing

/// Evidence kept in a merge's scratch file that cannot be read back (an I/O error) is not passed off as "no evidence":
/// the scratch file counts each failed read, and the merge's report says how many raters' evidence was lost.
struct EvidenceScratchFailureTests {
    /// A scratch file that takes bytes and cannot give them back: its descriptor is open for writing only, so every
    /// `pread` fails (EBADF), as a read error of the disk would.
    static func failingScratch(in folder: String) throws -> ByteSource {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/write-only-\(UUID())"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0)
        unlink(path)
        return ByteSource(descriptor: descriptor, count: 0)
    }

    @Test func aFailedReadIsCounted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try Self.failingScratch(in: folder)
        #expect(scratch.append([1, 2, 3]) == 0)
        #expect(scratch.count == 3)
        #expect(scratch.failedReads == 0)
        #expect(scratch.bytes(at: 0, length: 3) == nil)
        #expect(scratch.failedReads == 1)
        // Past the end is a failed read too; a read that succeeds is not counted.
        let memory = ByteSource([1, 2, 3])
        #expect(memory.bytes(at: 2, length: 2) == nil)
        #expect(memory.bytes(at: 1, length: 2) == [2, 3])
        #expect(memory.failedReads == 1)
    }

    @Test func evidenceThatCannotBeReadBackIsCountedNotSilent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try Self.failingScratch(in: folder)
        var card = Scorecard(rubricID: "r", rubricVersion: 1, candidate: "c-1", interviewer: "Anna")
        card.entries = ["a": .init(rating: .level(2), evidence: "asked twice")]
        let stored = RaterEvidence(of: card, rubric: try Fixtures.rubric()).stored(in: scratch)
        #expect(!stored.isEmpty)
        #expect(stored.loaded.entries.isEmpty)
        #expect(scratch.failedReads == 1)
        // Bytes that read back but do not decode as written count as well.
        let good = try #require(UserCache(folder: folder + "/cache").scratch())
        #expect(good.append([0xFF]) == 0)
        let written = RaterEvidence(of: card, rubric: try Fixtures.rubric()).stored(in: good)
        #expect(written.loaded.entries.map(\.text) == ["asked twice"])
        #expect(good.failedReads == 0)
    }

    private static func rubrics() throws -> [Rubric] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("rubrics").path
        return RubricLoader(registry: BuiltInModules.registry).load(paths: [folder]).rubrics
    }

    /// A merge that uses the index keeps each panel's evidence in the scratch file; when that file cannot be read back,
    /// the report (rendered from the panels afterwards) counts every rater whose evidence was lost.
    @Test func aMergeTellsHowManyRatersLostTheirEvidence() throws {
        let rubrics = try Self.rubrics()
        let store = try ScorecardFolder()
        _ = try SyntheticStore(
            rubrics: rubrics, registry: BuiltInModules.registry,
            configuration: .init(candidates: 24, interviewers: 4, seed: 11, candidatesPerRequisition: 5)
        ).write(to: store.path)
        let files = ScorecardStore.scorecardFiles(in: store.path).files
        #expect(files.count == 96)
        let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: cacheFolder) }
        var merger = PanelMerger(registry: BuiltInModules.registry)
        merger.cache = UserCache(folder: cacheFolder)
        merger.keepsEvidence = true
        // The scratch file as the cache makes it: the evidence reads back, nothing is lost.
        let sound = merger.merge(files: files, rubrics: rubrics)
        let soundEvidence = sound.panels.flatMap(\.raters).map(\.evidence.loaded.entries)
        #expect(sound.evidenceScratch != nil)
        #expect(sound.evidenceLost == 0)
        let withEvidence = soundEvidence.filter { !$0.isEmpty }.count
        #expect(withEvidence == 96)
        // A scratch file that fails: each of those raters' evidence is counted as lost, none is read as "none".
        let failing = try Self.failingScratch(in: cacheFolder + "/failing")
        merger.makeScratch = { _ in failing }
        let lost = merger.merge(files: files, rubrics: rubrics)
        #expect(lost.panels.flatMap(\.raters).allSatisfy { $0.evidence.loaded.entries.isEmpty })
        #expect(lost.evidenceLost == 96)
        #expect(
            PanelMessages.evidenceLost(lost.evidenceLost).text(in: .en)
                == "the evidence of 96 interviewers could not be read back from the merge's scratch file in the "
                + "user's cache; the report lacks it and is incomplete (a report file is not written); merge again, "
                + "or with --no-cache")
        // A merge for a report that shows no evidence has no scratch file to ask.
        merger.keepsEvidence = false
        #expect(merger.merge(files: files, rubrics: rubrics).evidenceScratch == nil)
    }
}
