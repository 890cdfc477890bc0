import Foundation

/// The cache folder of the user who runs a command (`$XDG_CACHE_HOME/hirescore`, else `~/.cache/hirescore`):
/// what a command worked out once and can find again, never in a shared store folder.
///
/// A cache only saves time: whatever it holds is checked by its reader against the files it describes, and a
/// file the cache cannot vouch for is not read at all. A file is read only when it is a regular file owned by
/// this user and writable by nobody else, in a folder owned by this user and writable by nobody else, so that
/// someone who can write a shared store cannot feed a command what it reads from here. Writes are atomic
/// (0600, in a 0700 folder); a cache that cannot be written is silently skipped.
public struct UserCache: Sendable {
    /// The cache folder (absolute).
    public let folder: String

    /// A cache in `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// The user's cache: `$XDG_CACHE_HOME/hirescore` when that is an absolute path, else `$HOME/.cache/hirescore`;
    /// nil when neither is known.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> UserCache? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return UserCache(folder: base + "/hirescore")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return UserCache(folder: home + "/.cache/hirescore")
        }
        return nil
    }

    /// The name of a cache file of `kind` for `key` (a path, say): the kind's start and the key's SHA-256 in hex.
    package static func fileName(_ kind: CacheFileKind, key: String) -> String {
        kind.rawValue + ContentDigest.hexDigest(key)
    }

    /// The bytes of cache file `name`, when the cache can vouch for it (see the type's discussion) and it holds at
    /// most `limit` bytes; nil otherwise.
    public func read(_ name: String, limit: Int) -> [UInt8]? {
        open(name, limit: limit)?.all()
    }

    /// Cache file `name`, opened to be read by position (a large file is not read whole), when the cache can vouch
    /// for it (see the type's discussion) and it holds at most `limit` bytes; nil otherwise.
    package func open(_ name: String, limit: Int) -> ByteSource? {
        guard Self.isPrivate(folder, directory: true) else { return nil }
        let descriptor = Foundation.open(folder + "/" + name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Self.isPrivate(status, directory: false), Int(status.st_size) <= limit
        else {
            close(descriptor)
            return nil
        }
        return ByteSource(descriptor: descriptor, count: Int(status.st_size))
    }

    /// A scratch file in the cache folder (``ByteSource/scratch(in:)``), making the folder (0700) when it is missing;
    /// nil when the folder is not this user's own or the file cannot be made.
    package func scratch() -> ByteSource? {
        makeFolder()
        guard Self.isPrivate(folder, directory: true) else { return nil }
        return ByteSource.scratch(in: folder)
    }

    /// Writes cache file `name` atomically (0600), making the folder (0700) when it is missing; does nothing when
    /// the folder is not this user's own.
    public func write(_ bytes: [UInt8], name: String) {
        write(name: name) { emit in emit(bytes) }
    }

    /// Writes cache file `name` atomically (0600) from the pieces `produce` hands to its `emit`, one after the other,
    /// as ``write(_:name:)`` does with one array.
    package func write(name: String, _ produce: (_ emit: ([UInt8]) -> Void) -> Void) {
        makeFolder()
        guard Self.isPrivate(folder, directory: true) else { return }
        try? AtomicFile.writeBytes(to: folder + "/" + name, mode: 0o600, produce)
    }

    /// Makes the cache folder (0700) when it is missing.
    private func makeFolder() {
        if !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
    }

    /// Whether the thing at `path` (not following a last symbolic link) is this user's and nobody else can write it.
    private static func isPrivate(_ path: String, directory: Bool) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return isPrivate(status, directory: directory)
    }

    private static func isPrivate(_ status: stat, directory: Bool) -> Bool {
        let type = status.st_mode & S_IFMT
        return type == (directory ? S_IFDIR : S_IFREG) && status.st_uid == getuid() && status.st_mode & 0o022 == 0
    }
}
