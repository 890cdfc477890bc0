import Foundation

/// Bytes read by their position: an open file, read with `pread` when asked (a large cache file is never held whole),
/// or an array already in memory.
///
/// A file source keeps its descriptor open until the source is released, so what it reads is the file it opened even
/// when another program puts a new file in its place (caches are replaced by renaming, never written in place).
package final class ByteSource: Sendable {
    private enum Storage: Sendable {
        case file(Int32)
        case memory([UInt8])
    }

    private let storage: Storage
    /// How many bytes there are.
    package let count: Int

    /// The bytes of `bytes`.
    package init(_ bytes: [UInt8]) {
        storage = .memory(bytes)
        count = bytes.count
    }

    /// The bytes of the open file `descriptor`, of which it takes charge (it is closed with the source).
    package init(descriptor: Int32, count: Int) {
        storage = .file(descriptor)
        self.count = count
    }

    deinit {
        if case .file(let descriptor) = storage { close(descriptor) }
    }

    /// The `length` bytes from `offset`; nil when they are not all there (past the end, or the file cannot be read).
    package func bytes(at offset: Int, length: Int) -> [UInt8]? {
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
