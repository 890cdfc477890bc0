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
        var roots = StoreRoots()
        var found: Set<String> = []
        for file in files {
            let folder = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? "."
            if let root = roots.root(of: folder.isEmpty ? "/" : folder) { found.insert(root) }
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

/// The store each folder lies in (``ScorecardStore/root(containing:)``), found with one check per folder: a folder's
/// store is its own when it has a `.hirescore` folder, else its parent's, which is remembered for the folder's
/// siblings (a store's thousands of candidate folders share a few requisition folders).
private struct StoreRoots {
    private var known: [String: String?] = [:]

    /// The root of the store `folder` lies in, spelled as `folder` is, or nil when it lies in none.
    mutating func root(of folder: String) -> String? {
        if let root = known[folder] { return root }
        let root: String?
        var status = stat()
        if stat(folder + "/.hirescore", &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            root = folder
        } else if let parent = Self.plainParent(of: folder) {
            root = self.root(of: parent)
        } else {
            // The top of the path as given (or one with `.` or `..` in it): looked up the long way.
            root = ScorecardStore.root(containing: folder)
        }
        known[folder] = .some(root)
        return root
    }

    /// The folder `folder` lies in, when both are plain (no `.` or `..` part, no trailing or doubled slash) and
    /// `folder` is not the top of its path; nil otherwise.
    private static func plainParent(of folder: String) -> String? {
        guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { return nil }
        let parts = folder.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.dropFirst().allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
            parts[0] != "." && parts[0] != ".."
        else { return nil }
        return String(folder[..<slash])
    }
}
