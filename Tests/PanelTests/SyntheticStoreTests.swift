import BuiltInModules
import DeveloperTools
import Foundation
import Panel
import ScoringCore
import Testing

/// The benchmark store generator: deterministic from its seed, sealed like real submissions, mergeable
/// without problems, and with the features of a real campaign (n/a, disagreements, knock-outs, evidence).
struct SyntheticStoreTests {
    /// The shipped rubrics (the generator's real input), loaded without errors.
    private static func shippedRubrics() throws -> [Rubric] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("rubrics").path
        let result = RubricLoader(registry: BuiltInModules.registry).load(paths: [folder])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(errors.isEmpty, "the shipped rubrics do not load: \(errors)")
        #expect(result.rubrics.count >= 2)
        return result.rubrics
    }

    private static func store(candidates: Int = 30, interviewers: Int = 4, seed: UInt64 = 7, perRequisition: Int = 6)
        throws -> SyntheticStore
    {
        try SyntheticStore(
            rubrics: shippedRubrics(), registry: BuiltInModules.registry,
            configuration: .init(
                candidates: candidates, interviewers: interviewers, seed: seed,
                candidatesPerRequisition: perRequisition))
    }

    /// Every file under a folder with its content, by path relative to the folder.
    private static func contents(of folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for path in ScorecardStore.scorecardFiles(in: folder).files {
            files[String(path.dropFirst(folder.count))] = try String(contentsOfFile: path, encoding: .utf8)
        }
        return files
    }

    @Test func sameSeedSameStoreByteForByte() throws {
        let first = try ScorecardFolder()
        let second = try ScorecardFolder()
        let summary = try Self.store().write(to: first.path)
        #expect(try Self.store().write(to: second.path) == summary)
        #expect(summary.scorecards == 120 && summary.candidates == 30 && summary.requisitions == 5)
        let written = try Self.contents(of: first.path)
        #expect(written.count == 120)
        let again = try Self.contents(of: second.path)
        #expect(written == again)
        #expect(summary.bytes == written.values.reduce(0) { $0 + $1.utf8.count })
        // The layout of the store: REQUISITION/CANDIDATE/INTERVIEWER.yaml.
        #expect(written.keys.allSatisfy { $0.split(separator: "/").count == 3 })
    }

    @Test func anotherSeedAnotherStore() throws {
        let one = try Self.store(seed: 7)
        let other = try Self.store(seed: 8)
        #expect((0..<10).contains { one.panel(candidate: $0) != other.panel(candidate: $0) })
        let same = try Self.store(seed: 7)
        #expect(one.panel(candidate: 3) == same.panel(candidate: 3))
    }

    @Test func scorecardsAreSealedLikeSubmissions() throws {
        let store = try Self.store(candidates: 12, interviewers: 5)
        let rubrics = try Self.shippedRubrics()
        let folder = try ScorecardFolder()
        _ = try store.write(to: folder.path)
        #expect(folder.files.count == 60)
        for file in folder.files {
            let loaded = ScorecardLoader().load(path: file, rubrics: rubrics)
            #expect(
                loaded.diagnostics.filter { $0.severity == .error }.isEmpty,
                "\(file): \(loaded.diagnostics.map { $0.header(in: .en) })")
            let scorecard = try #require(loaded.scorecard)
            let rubric = try #require(loaded.rubric)
            #expect(scorecard.status == .submitted)
            #expect(scorecard.rubricHash == rubric.hash)
            #expect(scorecard.hasValidSeal)
            // Every criterion is rated (or n/a), and extreme ratings carry evidence.
            #expect(Set(scorecard.entries.keys) == Set(rubric.allCriteria.map(\.id)))
            for entry in scorecard.entries.values {
                if let level = entry.rating.level, rubric.scale.isExtreme(level) {
                    #expect(!(entry.evidence ?? "").isEmpty)
                }
            }
        }
    }

    @Test func storeMergesWithoutProblems() throws {
        let store = try Self.store(candidates: 40)
        let folder = try ScorecardFolder()
        _ = try store.write(to: folder.path)
        let rubrics = try Self.shippedRubrics()
        let report = folder.merge(rubrics: rubrics)
        #expect(report.problems.isEmpty, "\(report.problems.map { "\($0.code): \($0.message.text(in: "en"))" })")
        #expect(report.panels.count == 40)
        #expect(report.filesMerged.count == 160)
        #expect(report.panels.allSatisfy { $0.raters.count == 4 })
        // What makes it realistic: n/a ratings, disagreements to discuss, knock-outs, evidence.
        let ratings = report.panels.flatMap { $0.rows.flatMap(\.ratings) }
        let notAssessed = Double(ratings.filter { $0 == .notAssessed }.count) / Double(ratings.count)
        #expect(notAssessed > 0.01 && notAssessed < 0.15)
        #expect(report.panels.contains { $0.rows.contains(where: \.needsDiscussion) })
        #expect(report.panels.contains { !$0.reportedKnockOuts.isEmpty })
        #expect(report.panels.contains { $0.views.contains { $0.consistencyNote != nil } })
        #expect(report.warnings.isEmpty)
        #expect(Set(report.panels.compactMap(\.requisition)).count == 7)
    }

    @Test func refusesPanelsOutsideThreeToFive() throws {
        #expect(throws: SyntheticStore.GenerationError.self) { try Self.store(interviewers: 2) }
        #expect(throws: SyntheticStore.GenerationError.self) { try Self.store(interviewers: 6) }
        #expect(throws: SyntheticStore.GenerationError.self) { try Self.store(candidates: 0) }
    }
}
