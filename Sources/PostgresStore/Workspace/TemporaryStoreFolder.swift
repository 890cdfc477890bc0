import Foundation
import ScoringCore

/// The private temporary folders (`TMP/hirescore-store.XXXXXX`, mode 0700) in which a command works on a copy
/// of a PostgreSQL store, and the removal of those a killed command left behind.
///
/// A command removes its folder when it ends, also when it is interrupted; only `kill -9` (or a crash of the
/// machine) leaves one behind, with personal data in it. Each folder therefore holds the id of the process that
/// made it (`.hirescore-pid`), and the next command removes the folders of the current user whose process is
/// gone. It never touches another user's folder, a folder whose process still runs, or a folder without a
/// process id (one being made this instant).
///
/// ```swift
/// let folder = try TemporaryStoreFolder.make(in: NSTemporaryDirectory())
/// ```
package enum TemporaryStoreFolder {
    /// The start of every such folder's name.
    package static let prefix = "hirescore-store."

    /// The file in the folder that names the process owning it.
    package static let ownerFile = ".hirescore-pid"

    /// Removes the stale folders in `directory`, then creates a new private folder there (0700) that names this
    /// process as its owner, and returns its path.
    ///
    /// - Throws: a ``CopyError`` naming the directory and the system's reason when no folder can be made.
    package static func make(in directory: String) throws(CopyError) -> String {
        removeStale(in: directory)
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var template = Array((base + "/" + prefix + "XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw CopyError(message: PostgresStoreMessages.noTemporaryFolder(base, reason: systemReason()))
        }
        let folder = String(cString: created)
        let owner = folder + "/" + ownerFile
        guard FileManager.default.createFile(atPath: owner, contents: Data("\(getpid())\n".utf8)) else {
            let reason = systemReason()
            try? FileManager.default.removeItem(atPath: folder)
            throw CopyError(message: PostgresStoreMessages.noTemporaryFolder(base, reason: reason))
        }
        return folder
    }

    /// Removes the folders in `directory` that the current user's processes made and that outlived them;
    /// returns their paths. Errors are ignored: a folder that cannot be removed now is tried again next time.
    @discardableResult
    package static func removeStale(in directory: String) -> [String] {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) {
            let folder = base + "/" + name
            guard isStale(folder) else { continue }
            if (try? FileManager.default.removeItem(atPath: folder)) != nil { removed.append(folder) }
        }
        return removed
    }

    /// Whether `folder` is a real folder (not a link) of the current user whose owning process is gone.
    static func isStale(_ folder: String) -> Bool {
        var status = stat()
        guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid() else {
            return false
        }
        let owner = folder + "/" + ownerFile
        var ownerStatus = stat()
        guard lstat(owner, &ownerStatus) == 0, ownerStatus.st_mode & S_IFMT == S_IFREG,
            ownerStatus.st_uid == getuid(),
            let text = try? String(contentsOfFile: owner, encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return false }
        if pid == getpid() { return false }
        // Signal 0 only asks whether the process exists; EPERM means it does, as another user's.
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}
