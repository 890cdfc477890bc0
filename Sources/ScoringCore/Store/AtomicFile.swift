import Foundation

/// Writes files so that a reader (or a crash) only ever sees the old or the new content, never a torn one.
///
/// The content goes to a temporary file in the same folder, is flushed to disk with `fsync`, and is
/// renamed over the target (an atomic step on POSIX file systems); then the folder is synced so the
/// rename itself survives a power cut. New files are readable by their owner only (mode 0600).
package enum AtomicFile {
    /// Why a write failed, with the path.
    package struct WriteError: Error, Sendable, CustomStringConvertible {
        /// The file that could not be written.
        package var path: String
        /// The system's reason.
        package var reason: String
        /// `cannot write PATH: REASON`.
        package var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `bytes` to `path` atomically, with file mode `mode`.
    ///
    /// A target that exists and is not a regular file is written through instead: a device or a pipe
    /// (`-o /dev/null`, `-o /dev/stdout`) must stay what it is (renaming over it would replace `/dev/null` with a
    /// file when run as root), and a folder is refused.
    package static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(WriteError) {
        try write(to: path, mode: mode) { emit in
            bytes.withUnsafeBytes(emit)
            return nil
        }
    }

    /// Writes UTF-8 text to `path` atomically.
    package static func write(_ text: String, to path: String, mode: mode_t = 0o600) throws(WriteError) {
        try writeTexts(to: path, mode: mode) { emit in emit(text) }
    }

    /// Writes the texts that `produce` hands to its `emit` to `path` atomically, as UTF-8, one after the other as
    /// they come: a long report need not be held whole in memory. Nothing replaces `path` unless every piece was
    /// written and flushed; a device or a pipe is written through.
    package static func writeTexts(
        to path: String, mode: mode_t = 0o600, _ produce: (_ emit: (String) -> Void) -> Void
    ) throws(WriteError) {
        try write(to: path, mode: mode) { emitBytes in
            // Called only while `produce` runs: `emitBytes` does not outlive this call.
            withoutActuallyEscaping(emitBytes) { emitBytes in
                produce { text in
                    var text = text
                    text.withUTF8 { emitBytes(UnsafeRawBufferPointer($0)) }
                }
            }
            return nil
        }
    }

    /// ``writeTexts(to:mode:_:)`` for a producer that may find, once every piece is handed over, that the content is
    /// not what it should be: when `produce` returns false the temporary file is removed and `path` is left as it was
    /// (a device or a pipe has been written through all the same). Returns what `produce` returned.
    package static func writeTextsUnlessAbandoned(
        to path: String, mode: mode_t = 0o600, _ produce: (_ emit: (String) -> Void) -> Bool
    ) throws(WriteError) -> Bool {
        var kept = true
        do {
            try write(to: path, mode: mode) { emitBytes in
                // Called only while `produce` runs: `emitBytes` does not outlive this call.
                kept = withoutActuallyEscaping(emitBytes) { emitBytes in
                    produce { text in
                        var text = text
                        text.withUTF8 { emitBytes(UnsafeRawBufferPointer($0)) }
                    }
                }
                return kept ? nil : "abandoned"
            }
        } catch {
            // An abandoned file is no failure to write: the caller knows why it abandoned it.
            if !kept { return false }
            throw error
        }
        return kept
    }

    /// Writes the byte pieces that `produce` hands to its `emit` to `path` atomically, one after the other as they
    /// come (a large cache file need not be held whole in memory), as ``writeTexts(to:mode:_:)`` does with texts.
    package static func writeBytes(
        to path: String, mode: mode_t = 0o600, _ produce: (_ emit: ([UInt8]) -> Void) -> Void
    ) throws(WriteError) {
        try writeCheckedBytes(to: path, mode: mode) { emit in
            // Called only while `produce` runs: `emit` does not outlive this call.
            withoutActuallyEscaping(emit) { emit in produce(emit) }
            return nil
        }
    }

    /// Writes the byte pieces that `produce` hands to its `emit` to `path` atomically, as ``writeBytes(to:mode:_:)``
    /// does, unless `produce` returns a reason why the pieces are not all there: then `path` is left as it was (a
    /// device or a pipe keeps what it was given) and the reason is thrown.
    package static func writeCheckedBytes(
        to path: String, mode: mode_t = 0o600, _ produce: (_ emit: ([UInt8]) -> Void) -> String?
    ) throws(WriteError) {
        try write(to: path, mode: mode) { emitBytes in
            withoutActuallyEscaping(emitBytes) { emitBytes in
                produce { bytes in bytes.withUnsafeBytes { emitBytes($0) } }
            }
        }
    }

    /// The one writer behind the others: the pieces `produce` hands to its `emit` go to a temporary file in the
    /// same folder, which is flushed and renamed over `path` once `produce` returns (or written through for a
    /// device or pipe). After a failed write the remaining pieces are dropped and the failure is thrown; so is the
    /// reason `produce` returns when it could not hand on every piece.
    private static func write(
        to path: String, mode: mode_t, _ produce: (_ emit: (UnsafeRawBufferPointer) -> Void) -> String?
    ) throws(WriteError) {
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            guard (status.st_mode & S_IFMT) != S_IFDIR else { throw WriteError(path: path, reason: "it is a folder") }
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            var failure: String?
            let unfinished = produce { bytes in
                if failure == nil { failure = writeAll(bytes, to: descriptor) }
            }
            if let reason = failure ?? unfinished { throw WriteError(path: path, reason: reason) }
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        let unfinished = produce { bytes in
            if failure == nil { failure = writeAll(bytes, to: descriptor) }
        }
        failure = failure ?? unfinished
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            close(descriptor)
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        close(descriptor)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; the system's reason on failure.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }

    /// Removes the temporary files that writers of `path` left when they were killed between creating
    /// and renaming them (`.NAME.tmp-PID-RANDOM` of processes that no longer run).
    package static func removeStaleTemporaries(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + ".tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0, pid != getpid() else {
                continue
            }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
