import Foundation

/// Writing to standard output and error, and deciding whether to use colour.
package struct Terminal: Sendable {
    /// The file descriptor written to.
    package let fileDescriptor: Int32

    /// A terminal writing to `fileDescriptor`.
    package init(fileDescriptor: Int32) { self.fileDescriptor = fileDescriptor }

    /// Standard output.
    package static let standardOutput = Terminal(fileDescriptor: STDOUT_FILENO)
    /// Standard error.
    package static let standardError = Terminal(fileDescriptor: STDERR_FILENO)

    /// Writes text as UTF-8, retrying short writes.
    package func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// Writes `bytes` whole (retrying short and interrupted writes); stops quietly when the stream is closed.
    package func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return Foundation.write(fileDescriptor, base + offset, buffer.count - offset)
            }
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Whether this stream is a terminal and colour is allowed (`NO_COLOR` unset, `TERM` not dumb).
    package var supportsColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// The width to wrap at: the terminal's (TIOCGWINSZ), else `$COLUMNS`, else 80.
    package var columns: Int {
        windowSize(\.ws_col, variable: "COLUMNS", fallback: 80)
    }

    /// The terminal's height: TIOCGWINSZ, else `$LINES`, else 24.
    package var rows: Int {
        windowSize(\.ws_row, variable: "LINES", fallback: 24)
    }

    private func windowSize(_ field: KeyPath<winsize, UInt16>, variable: String, fallback: Int) -> Int {
        var size = winsize()
        if withUnsafeMutablePointer(to: &size, { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }) == 0,
            size[keyPath: field] > 0
        {
            return Int(size[keyPath: field])
        }
        if let value = ProcessInfo.processInfo.environment[variable].flatMap(Int.init), value > 0 { return value }
        return fallback
    }
}
