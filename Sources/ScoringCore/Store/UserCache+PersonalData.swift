import Foundation

extension UserCache {

    /// How long a cache file holding applicants' data is kept without being used: 14 days. A merge removes the older
    /// ones (``removeUnusedPersonalData(now:)``); using one counts as a use (``markUsed(_:)``).
    package static let personalDataRetention: Int64 = 14 * 24 * 60 * 60

    /// What a removal took away: the number of files and their bytes.
    package struct Removal: Sendable, Equatable {
        /// How many files were removed.
        package var files = 0
        /// How many bytes they held.
        package var bytes: Int64 = 0

        /// Nothing removed.
        package init() {}
    }

    /// Marks cache file `name` as used now (its modification time), so that it is not removed as unused.
    package func markUsed(_ name: String) {
        _ = utimensat(AT_FDCWD, folder + "/" + name, nil, AT_SYMLINK_NOFOLLOW)
    }

    /// Removes the cache files holding applicants' data (``CacheFileKind/holdsApplicantData``) that were not written
    /// or used for ``personalDataRetention`` seconds before `now` (seconds since 1970).
    @discardableResult
    package func removeUnusedPersonalData(now: Int64 = Int64(Date().timeIntervalSince1970)) -> Removal {
        remove { name, status in
            CacheFileKind(name: name)?.holdsApplicantData == true
                && Int64(status.st_mtim.tv_sec) + Self.personalDataRetention < now
        }
    }

    /// Removes every cache file holding applicants' data (``CacheFileKind/holdsApplicantData``), as a purge does.
    @discardableResult
    package func removePersonalData() -> Removal {
        remove { name, _ in CacheFileKind(name: name)?.holdsApplicantData == true }
    }

    /// Removes every file of the cache folder, whatever it holds (`hirescore cache clear`).
    @discardableResult
    package func removeAll() -> Removal {
        remove { _, _ in true }
    }

    /// What the cache folder holds, per kind of file (nil: files no command writes), in ``CacheFileKind``'s order
    /// with the unknown last; kinds without files are left out. Empty when the folder is missing or not this user's.
    package func summary() -> [(kind: CacheFileKind?, files: Int, bytes: Int64, lastUsed: Int64)] {
        var found: [CacheFileKind?: (files: Int, bytes: Int64, lastUsed: Int64)] = [:]
        guard Self.ownsFolder(folder), let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return []
        }
        for name in names {
            var status = stat()
            guard lstat(folder + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            var entry = found[CacheFileKind(name: name), default: (0, 0, 0)]
            entry.files += 1
            entry.bytes += Int64(status.st_size)
            entry.lastUsed = max(entry.lastUsed, Int64(status.st_mtim.tv_sec))
            found[CacheFileKind(name: name)] = entry
        }
        return (CacheFileKind.allCases.map(Optional.some) + [nil]).compactMap { kind in
            found[kind].map { (kind, $0.files, $0.bytes, $0.lastUsed) }
        }
    }

    /// Removes the regular files of the cache folder that this user owns and `chosen` picks (by name and state);
    /// nothing when the folder is not this user's own. Files that cannot be removed are left and not counted.
    private func remove(_ chosen: (_ name: String, _ status: stat) -> Bool) -> Removal {
        var removal = Removal()
        guard Self.ownsFolder(folder), let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return removal
        }
        for name in names.sorted() {
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == getuid(),
                chosen(name, status), unlink(path) == 0
            else { continue }
            removal.files += 1
            removal.bytes += Int64(status.st_size)
        }
        return removal
    }

    /// Whether `path` is a folder (not a symbolic link) this user owns.
    private static func ownsFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR && status.st_uid == getuid()
    }
}
