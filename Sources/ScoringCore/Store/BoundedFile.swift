import Foundation

/// Reading a file with a size limit that cannot be bypassed.
///
/// The file is opened first (without blocking, so a FIFO cannot hang the reader), then the opened
/// descriptor is checked with `fstat`: only regular files are read, and only when their size is within
/// the limit. A symbolic link is followed to what it names, and that is checked, not the link.
package enum BoundedFile {
    /// Why a file was not read.
    package enum Refusal: Error, Sendable, Hashable {
        /// It cannot be opened or read (the system's reason).
        case unreadable(String)
        /// It is not a regular file (a folder, FIFO, device or socket).
        case notRegular
        /// It is larger than the limit (its size).
        case tooLarge(Int)

        /// The reason in English and German.
        package func message(limit: Int) -> LocalizedText {
            switch self {
            case .unreadable:
                return StoreMessages.fileUnreadable
            case .notRegular:
                return StoreMessages.notARegularFile
            case .tooLarge(let size):
                return StoreMessages.fileTooLarge(size, limit: limit)
            }
        }
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    package static func read(_ path: String, limit: Int) -> Result<[UInt8], Refusal> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
        // Read at most one byte over the limit: a file that grows while it is read is still refused.
        var bytes = [UInt8](repeating: 0, count: min(limit, size) + 1)
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if read == 0 { break }
            count += read
            if count == bytes.count && count <= limit {
                bytes.append(contentsOf: repeatElement(0, count: min(max(4096, bytes.count), limit + 1 - bytes.count)))
            }
        }
        guard count <= limit else { return .failure(.tooLarge(count)) }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }
}
