import Foundation
import Synchronization

/// Bytes read by their position: an open file, read with `pread` when asked (a large cache file is never held whole),
/// or an array already in memory. A scratch file (``scratch(in:)``) also takes bytes appended to it.
///
/// A file source keeps its descriptor open until the source is released, so what it reads is the file it opened even
/// when another program puts a new file in its place (caches are replaced by renaming, never written in place).
package final class ByteSource: Sendable {
    private enum Storage: Sendable {
        case file(Int32)
        case memory([UInt8])
    }

    private let storage: Storage
    /// How many bytes there are now (a scratch file grows).
    private let size: Mutex<Int>
    /// How many reads failed (``bytes(at:length:)`` answered nil).
    private let failures = Mutex(0)

    /// How many bytes there are.
    package var count: Int { size.withLock { $0 } }

    /// How many times ``bytes(at:length:)`` could not give the bytes asked for (past the end, or a read error): a
    /// reader that treats a failed read as "nothing there" can still tell afterwards that something was lost.
    package var failedReads: Int { failures.withLock { $0 } }

    /// The bytes of `bytes`.
    package init(_ bytes: [UInt8]) {
        storage = .memory(bytes)
        size = Mutex(bytes.count)
    }

    /// The bytes of the open file `descriptor`, of which it takes charge (it is closed with the source).
    package init(descriptor: Int32, count: Int) {
        storage = .file(descriptor)
        size = Mutex(count)
    }

    /// An empty file with no name in `folder`, private to the user, gone once the source is released: where a command
    /// puts bytes it needs again later instead of holding them in memory. Nil when it cannot be made.
    package static func scratch(in folder: String) -> ByteSource? {
        let path = folder + "/.scratch-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        unlink(path)
        return ByteSource(descriptor: descriptor, count: 0)
    }

    /// Appends `bytes` to a scratch file, returning where they start; nil when they cannot be written (or the source
    /// is in memory), the file then unchanged in its readable part.
    package func append(_ bytes: [UInt8]) -> Int? {
        guard case .file(let descriptor) = storage else { return nil }
        return size.withLock { size -> Int? in
            var done = 0
            while done < bytes.count {
                let written = bytes.withUnsafeBytes {
                    pwrite(descriptor, $0.baseAddress! + done, bytes.count - done, off_t(size + done))
                }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return nil }
                done += written
            }
            defer { size += bytes.count }
            return size
        }
    }

    deinit {
        if case .file(let descriptor) = storage { close(descriptor) }
    }

    /// The `length` bytes from `offset`; nil when they are not all there (past the end, or the file cannot be read),
    /// which ``failedReads`` counts.
    package func bytes(at offset: Int, length: Int) -> [UInt8]? {
        guard let bytes = read(at: offset, length: length) else {
            failures.withLock { $0 += 1 }
            return nil
        }
        return bytes
    }

    /// Counts a failed read that ``bytes(at:length:)`` could not see: bytes read back that do not decode as written.
    package func countFailedRead() {
        failures.withLock { $0 += 1 }
    }

    /// ``bytes(at:length:)`` without counting a failure.
    private func read(at offset: Int, length: Int) -> [UInt8]? {
        let count = count
        guard offset >= 0, length >= 0, offset <= count, length <= count - offset else { return nil }
        switch storage {
        case .memory(let bytes):
            return Array(bytes[offset..<(offset + length)])
        case .file(let descriptor):
            var bytes = [UInt8](repeating: 0, count: length)
            var done = 0
            while done < length {
                let read = bytes.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress! + done, length - done, off_t(offset + done))
                }
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { return nil }
                done += read
            }
            return bytes
        }
    }

    /// Every byte.
    package func all() -> [UInt8]? {
        if case .memory(let bytes) = storage { return bytes }
        return bytes(at: 0, length: count)
    }
}
