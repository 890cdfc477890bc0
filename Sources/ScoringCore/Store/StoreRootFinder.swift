import Foundation

/// The store each of many folders lies in, as ``ScorecardStore/root(containing:)`` gives it, with one check per
/// folder: a folder's store is its own when it has a `.hirescore` folder, else its parent's, which is remembered for
/// the folder's siblings (a store's thousands of candidate folders share a few requisition folders). Only a folder
/// that is a store's root, and the top of each path as given, are looked up the long way (the path standardised).
package struct StoreRootFinder {
    private var known: [String: String?] = [:]

    /// A finder that knows no folder yet.
    package init() {}

    /// The root of the store `folder` lies in (``ScorecardStore/root(containing:)``), or nil when it lies in none.
    package mutating func root(of folder: String) -> String? {
        if let root = known[folder] { return root }
        let root: String?
        if let parent = Self.plainParent(of: folder) {
            var status = stat()
            if stat(folder + "/.hirescore", &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                root = ScorecardStore.root(containing: folder)
            } else {
                root = self.root(of: parent)
            }
        } else {
            // The top of the path as given (or one with `.` or `..` in it): looked up the long way.
            root = ScorecardStore.root(containing: folder)
        }
        known[folder] = .some(root)
        return root
    }

    /// The root of the store holding the file at `path` (the store of its folder), or nil when it lies in none.
    package mutating func root(ofFile path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return root(of: ".") }
        let name = path[path.index(after: slash)...]
        guard !name.isEmpty, name != ".", name != ".." else {
            // Not a file's name: the folder it means is found the long way.
            return ScorecardStore.root(containing: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        return root(of: slash == path.startIndex ? "/" : String(path[..<slash]))
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
