import Foundation

/// A lock file beside a scorecard (`FILE.lock`, holding the process id and host) so that two
/// sessions never write the same scorecard; a lock left by a dead process is taken over.
package final class ScorecardLock: @unchecked Sendable {
    /// The lock file's path.
    package let path: String
    private var held = false

    /// Why a lock could not be taken.
    package struct LockError: Error, Sendable {
        /// What happened, in English and German.
        package var message: LocalizedText
    }

    private init(path: String) {
        self.path = path
    }

    /// The lock files this process holds: a lock file naming this process is only stale when this
    /// process does not hold it (it was left by an earlier process that had the same id).
    private static let heldPaths = HeldPaths()

    private final class HeldPaths: @unchecked Sendable {
        private let mutex = NSLock()
        private var paths: Set<String> = []

        func contains(_ path: String) -> Bool {
            mutex.lock()
            defer { mutex.unlock() }
            return paths.contains(path)
        }

        func insert(_ path: String) {
            mutex.lock()
            paths.insert(path)
            mutex.unlock()
        }

        func remove(_ path: String) {
            mutex.lock()
            paths.remove(path)
            mutex.unlock()
        }
    }

    /// Takes the lock for the scorecard at `scorecardPath`, or throws naming the session that holds it.
    package static func acquire(for scorecardPath: String) throws(LockError) -> ScorecardLock {
        let lock = ScorecardLock(path: scorecardPath + ".lock")
        let host = ProcessInfo.processInfo.hostName
        let content = "pid: \(getpid())\nhost: \(host)\nsince: \(ISO8601DateFormatter().string(from: Date()))\n"
        // Checking a lock file and taking over a stale one happen under a lock on the folder: two
        // sessions that find the same stale lock at once can otherwise both take it.
        let folder = URL(fileURLWithPath: scorecardPath).deletingLastPathComponent().path
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            while flock(folderDescriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer {
            if folderDescriptor >= 0 {
                flock(folderDescriptor, LOCK_UN)
                close(folderDescriptor)
            }
        }
        for _ in 0..<3 {
            let descriptor = open(lock.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                heldPaths.insert(lock.path)
                _ = content.withCString { Foundation.write(descriptor, $0, strlen($0)) }
                fsync(descriptor)
                close(descriptor)
                lock.held = true
                return lock
            }
            guard errno == EEXIST else {
                throw LockError(
                    message: StoreMessages.cannotCreateLock(lock.path, reason: String(cString: strerror(errno))))
            }
            let existing = (try? String(contentsOfFile: lock.path, encoding: .utf8)) ?? ""
            let fields = Dictionary(
                existing.split(separator: "\n").compactMap { line -> (String, String)? in
                    let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    return parts.count == 2 ? (parts[0], parts[1]) : nil
                }, uniquingKeysWith: { first, _ in first })
            let pid = fields["pid"].flatMap { Int32($0) }
            let sameHost = fields["host"] == nil || fields["host"] == host
            if let pid, sameHost, pid != getpid() || heldPaths.contains(lock.path), kill(pid, 0) == 0 || errno == EPERM
            {
                throw LockError(
                    message: StoreMessages.openInAnotherSession(
                        process: pid, host: fields["host"] ?? host, since: fields["since"] ?? "?"))
            }
            if !sameHost {
                throw LockError(
                    message: StoreMessages.lockedOnAnotherComputer(
                        host: fields["host"] ?? "?", process: fields["pid"] ?? "?", lock: lock.path))
            }
            // A stale lock from a dead process (or an unreadable one): take it over.
            unlink(lock.path)
        }
        throw LockError(
            message: StoreMessages.cannotTakeLock(lock.path))
    }

    /// Releases the lock (removes the lock file).
    package func release() {
        guard held else { return }
        unlink(path)
        held = false
        ScorecardLock.heldPaths.remove(path)
    }

    deinit {
        release()
    }
}
