import Foundation
import ScoringCore

/// The local copy of a draft entered on a database store, in the user's data folder
/// (`$XDG_DATA_HOME/hirescore/drafts/STORE/REQUISITION/CANDIDATE/ID.yaml`, else `~/.local/share/…`), with its
/// sync state beside it (`ID.yaml.sync`: the local revision and the revision at the last sync).
///
/// `STORE` is the store's URL without its password, so each store has its own drafts. The folders are 0700 and
/// the files 0600: a draft holds ratings of a candidate.
package struct LocalDraftCopy: Sendable {
    /// The sync state.
    package struct State: Sendable, Equatable, Codable {
        /// The revision of the local copy (raised by every save).
        package var revision: Int
        /// The revision both copies had when they last matched (0: never).
        package var synced: Int

        /// Creates a state.
        package init(revision: Int, synced: Int) {
            self.revision = revision
            self.synced = synced
        }
    }

    /// The path of the local card.
    package let path: String

    /// The copy at `path` (from ``folder(for:environment:)`` and the store's layout).
    package init(path: String) {
        self.path = path
    }

    var statePath: String { path + ".sync" }

    /// The folder of a store's local drafts.
    package static func folder(for settings: PostgresConnectionSettings, environment: [String: String]) -> String {
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/share"
        let key = settings.description.replacingOccurrences(of: "postgresql://", with: "")
            .map { $0.isLetter || $0.isNumber || "@.-_".contains($0) ? String($0) : "_" }.joined()
        return data + "/hirescore/drafts/" + key
    }

    /// Creates the card's missing folders (mode 0700), and makes those from `root` (the store's drafts folder)
    /// down private if they are not.
    package func prepare(below root: String) throws(StoreDatabaseError) {
        var folder = ""
        let parent = (path as NSString).deletingLastPathComponent
        for part in parent.split(separator: "/", omittingEmptySubsequences: true) {
            folder += "/" + part
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
                if folder.hasPrefix(root) { chmod(folder, 0o700) }
                continue
            }
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
                throw StoreDatabaseError(
                    message: DraftMessages.cannotWriteLocal(folder, reason: String(cString: strerror(errno))))
            }
        }
    }

    /// The local card's bytes, or nil when there is none.
    package func read() -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// The sync state (revision 0 for a copy without one).
    package func state() -> State {
        guard let data = FileManager.default.contents(atPath: statePath),
            let state = try? JSONDecoder().decode(State.self, from: data)
        else { return State(revision: read() == nil ? 0 : 1, synced: 0) }
        return state
    }

    /// Writes the card and its state (each atomically, mode 0600).
    package func write(_ bytes: [UInt8], state: State) throws(StoreDatabaseError) {
        try writeFile(bytes, to: path)
        try write(state)
    }

    /// Writes the state alone.
    package func write(_ state: State) throws(StoreDatabaseError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(state)) ?? Data()
        try writeFile([UInt8](data) + [0x0A], to: statePath)
    }

    private func writeFile(_ bytes: [UInt8], to file: String) throws(StoreDatabaseError) {
        do {
            try AtomicFile.write(bytes, to: file, mode: 0o600)
        } catch {
            throw StoreDatabaseError(message: DraftMessages.cannotWriteLocal(file, reason: error.reason))
        }
    }

    /// Removes the card and its state (after the card was submitted).
    package func remove() {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.removeItem(atPath: statePath)
    }
}
