import BuiltInModules
import DeveloperTools
import Foundation
import Panel
import ScoringCore
import Testing

/// A merge reads and merges a slice of candidates at a time, so that a campaign's decoded cards are never all held;
/// whatever the slice size, and whatever is wrong with the files, its report is the one merging all at once gives.
struct PanelMergerSliceTests {
    /// What a report says, in values that compare exactly.
    struct Summary: Equatable {
        var panels: [[AnyHashable]]
        var problems: [PanelMerger.Problem]
        var filesRead: [String]
        var filesMerged: [String]
        var agreement: [String: PanelResult.Agreement]
        var sources: [String: String]
        var warnings: [PanelMerger.Problem]

        init(_ report: PanelMerger.Report) {
            panels = report.panels.map { panel in
                [
                    panel.requisition, panel.candidate, panel.raters, panel.rows, panel.views, panel.spread,
                    panel.reportedKnockOuts, panel.consensus, panel.method,
                ]
            }
            problems = report.problems
            filesRead = report.filesRead
            filesMerged = report.filesMerged
            agreement = report.requisitionAgreement
            sources = report.sources
            warnings = report.warnings
        }
    }

    private static func rubrics() throws -> [Rubric] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("rubrics").path
        let result = RubricLoader(registry: BuiltInModules.registry).load(paths: [folder])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        return result.rubrics
    }

    /// A synthetic campaign of 24 candidates (96 cards) in a fresh folder, and its files.
    private static func campaign(_ rubrics: [Rubric]) throws -> (folder: ScorecardFolder, files: () -> [String]) {
        let folder = try ScorecardFolder()
        _ = try SyntheticStore(
            rubrics: rubrics, registry: BuiltInModules.registry,
            configuration: .init(candidates: 24, interviewers: 4, seed: 11, candidatesPerRequisition: 5)
        ).write(to: folder.path)
        return (folder, { ScorecardStore.scorecardFiles(in: folder.path).files })
    }

    private static func merger(slice: Int) -> PanelMerger {
        var merger = PanelMerger(registry: BuiltInModules.registry)
        merger.candidatesPerSlice = slice
        return merger
    }

    /// Rewrites a file's text.
    private static func edit(_ file: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try AtomicFile.write(change(text), to: file)
    }

    @Test(arguments: [1, 3, 7, 512]) func sameReportWhateverTheSliceSize(_ slice: Int) throws {
        let rubrics = try Self.rubrics()
        let (folder, files) = try Self.campaign(rubrics)
        _ = folder
        let all = files()
        #expect(all.count == 96)
        // Something wrong in several candidates: a draft, a broken seal, a file that is no scorecard but names its
        // candidate, one that names none, and a card whose candidate is quoted (its key is found by decoding it).
        try Self.edit(all[0]) { $0.replacingOccurrences(of: "status: submitted", with: "status: draft") }
        try Self.edit(all[9]) { $0.replacingOccurrences(of: "level: 2", with: "level: 4") }
        let key = CandidateKeyScan.key(in: Array(try String(contentsOfFile: all[20], encoding: .utf8).utf8))
        let candidate = try #require(key)
        let candidateID = String(candidate.split(separator: "\u{0}", omittingEmptySubsequences: false)[1])
        try Self.edit(all[20]) { $0.replacingOccurrences(of: "status: submitted", with: "status: sent") }
        try AtomicFile.write("not: [a scorecard\n", to: folder.path + "/stray.yaml")
        try Self.edit(all[41]) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("candidate: ") ? "candidate: \"\(line.dropFirst(11))\"" : String(line)
            }.joined(separator: "\n")
        }
        let sliced = Self.merger(slice: slice).mergeInSlices(files(), rubrics: rubrics)
        let whole = Self.merger(slice: slice).mergeAtOnce(files(), rubrics: rubrics)
        let report = try #require(sliced)
        #expect(Summary(report) == Summary(whole))
        #expect(report.problems.map(\.code).contains("draft"))
        #expect(report.problems.map(\.code).contains("broken-seal"))
        #expect(report.problems.contains { $0.code == "candidate-incomplete" && $0.candidate == candidateID })
        #expect(report.problems.filter { $0.code == "unreadable" }.count == 2)
        #expect(report.panels.count == 24 - 3)
        #expect(report.filesMerged.contains(all[41]))
    }

    /// A file whose bytes seem to name one candidate while its YAML names another (a plain value continued on the next
    /// line): the slices cannot be trusted, and `merge` merges all files at once, with the same report as ever.
    @Test func aFileThatNamesAnotherCandidateThanItSeemsMergesAllAtOnce() throws {
        let rubrics = try Self.rubrics()
        let (folder, files) = try Self.campaign(rubrics)
        let all = files()
        try Self.edit(all[5]) { text in
            text.replacingOccurrences(of: "\nrequisition:", with: "\n  continued\nrequisition:")
        }
        #expect(Self.merger(slice: 4).mergeInSlices(files(), rubrics: rubrics) == nil)
        let merged = Self.merger(slice: 4).merge(files: files(), rubrics: rubrics)
        #expect(Summary(merged) == Summary(Self.merger(slice: 4).mergeAtOnce(files(), rubrics: rubrics)))
        #expect(merged.problems.filter { $0.code == "unreadable" }.map(\.files) == [[all[5]]])
        _ = folder
    }
}
