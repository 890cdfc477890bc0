import Foundation
import ScoringCore

extension PanelMerger {
    /// Everything a merge's report is made from (``ReportInputs``): the `question` (the command and its options, one
    /// text each), the scorecard `files` with their states, the records of every store they lie in and of the store
    /// each of the `searched` paths lies in (the whole `.hirescore` folder: the audit log with its key lists,
    /// decisions and amendments), and the rubric folder with everything under it.
    package static func reportInputs(
        question: [String], files: [String], searched: [String], rubricFolder: String
    ) -> ReportInputs {
        var inputs = ReportInputs()
        for part in question { inputs.add(part) }
        inputs.addFiles(files)
        PhaseTimer.mark("the state of \(files.count) files")
        var roots = StoreRootFinder()
        var found: Set<String> = []
        for file in files {
            if let root = roots.root(ofFile: file) { found.insert(root) }
        }
        for path in searched {
            if let root = ScorecardStore.root(containing: path) { found.insert(root) }
        }
        PhaseTimer.mark("find the stores of the files")
        for root in found.sorted() { inputs.addTree(root + "/.hirescore") }
        inputs.addTree(rubricFolder)
        PhaseTimer.mark("the state of the stores' records and the rubric folder")
        return inputs
    }
}
