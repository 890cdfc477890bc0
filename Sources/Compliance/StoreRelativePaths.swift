import Foundation
import ScoringCore

/// The paths of many files in stores, relative to their store's root, exactly as ``StoreFiles/relative(_:to:)`` and
/// `ScorecardStore.root(containing:)` give them, with each folder worked out once.
///
/// A merge of a whole store judges 10,000 cards in 2,500 folders, and standardising a path through `URL` (as
/// ``StoreFiles/relative(_:to:)`` does twice per call) cost more than the rest of each card's signature verdict. A
/// file `FOLDER/NAME` with a plain name (not empty, `.` or `..`) standardises to the standardised folder, a slash and
/// the name, so each folder is standardised once; any other path is standardised whole, as before.
struct StoreRelativePaths {
    /// Standardised folders by the folder as written.
    private var folders: [String: String] = [:]
    /// The store root of each folder as written.
    private var roots = StoreRootFinder()

    /// `URL(fileURLWithPath: path).standardizedFileURL.path`, the standardisation of ``StoreFiles/relative(_:to:)``.
    static func standardizedWhole(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The folder part and the plain name of `path`, when it has both.
    private static func split(_ path: String) -> (folder: String, name: Substring)? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = String(path[..<slash])
        let name = path[path.index(after: slash)...]
        guard !folder.isEmpty, !folder.hasSuffix("/"), !name.isEmpty, name != ".", name != ".." else { return nil }
        return (folder, name)
    }

    /// `path` standardised (see ``standardizedWhole(_:)``).
    mutating func standardized(_ path: String) -> String {
        guard let (folder, name) = Self.split(path) else { return Self.standardizedWhole(path) }
        let base: String
        if let known = folders[folder] {
            base = known
        } else {
            base = Self.standardizedWhole(folder)
            folders[folder] = base
        }
        guard !base.hasSuffix("/") else { return Self.standardizedWhole(path) }
        return base + "/" + name
    }

    /// `path` relative to `root`: ``StoreFiles/relative(_:to:)``.
    mutating func relative(_ path: String, to root: String) -> String {
        let base = standardized(root)
        let full = standardized(path)
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
    }

    /// The root of the store holding the file at `path` (`ScorecardStore.root(containing:)` of its folder), if any.
    mutating func storeRoot(ofFile path: String) -> String? {
        roots.root(ofFile: path)
    }
}
