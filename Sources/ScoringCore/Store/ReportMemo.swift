import Foundation

/// A report a command wrote, kept in the user's cache (``UserCache``) beside the digest of everything it was made
/// from (``ReportInputs``): the same command over a store where nothing changed writes it again, byte for byte,
/// without reading and merging the store.
///
/// It keeps what the command wrote to standard error before the report (``notes``: warnings, notes, refusals) and
/// after it (``closing``), the report itself and the exit status. It is read only when the digest of the inputs now
/// equals the one it was kept under and the running program is the one that wrote it (another build may render
/// differently); a memo that is cut short, corrupt, or that the cache cannot vouch for (another owner, writable by
/// others) is ignored and written anew. Each question (command, options, paths) has one cache file, replaced when the
/// answer changes.
///
/// The file: the line `hirescore-report-memo 1`, a line with the program's stamp, a line with the inputs' digest, a
/// line with the exit status and the byte counts of the notes, the closing text and the report; those bytes; and the
/// SHA-256 of everything before.
package struct ReportMemo: Sendable {
    /// The first line of a memo file.
    static let magic = "hirescore-report-memo 1"
    /// The largest memo read or kept (a gibibyte).
    package static let sizeLimit = 1 << 30
    /// How much of the report is handed on at a time.
    static let piece = 1 << 20

    /// The exit status the command ended with.
    package let exitStatus: Int32
    /// What the command wrote to standard error before the report.
    package let notes: String
    /// What the command wrote to standard error after the report.
    package let closing: String
    /// The report's size in bytes.
    package let reportCount: Int
    private let source: ByteSource
    private let reportOffset: Int

    /// The cache file name of the memo of `question` (the command, its options and paths, one text each).
    package static func cacheName(for question: [String]) -> String {
        var inputs = ReportInputs(now: 0)
        for part in question { inputs.add(part) }
        return CacheFileKind.keptReport.rawValue + inputs.finalize()
    }

    /// The memo `name` in `cache`, when the cache vouches for it, it checks out, `program` wrote it and it was kept
    /// under the digest `inputs`; nil otherwise.
    package static func read(from cache: UserCache, name: String, program: String, inputs: String) -> ReportMemo? {
        guard let source = cache.open(name, limit: sizeLimit),
            let memo = ReportMemo(source: source, program: program, inputs: inputs)
        else { return nil }
        cache.markUsed(name)
        return memo
    }

    /// The memo in `source`, when it checks out and was kept by `program` under `inputs`.
    init?(source: ByteSource, program: String, inputs: String) {
        let count = source.count
        guard count > 32, let head = source.bytes(at: 0, length: min(count - 32, 4096)) else { return nil }
        let lines = head.split(separator: UInt8(ascii: "\n"), maxSplits: 4, omittingEmptySubsequences: false)
        guard lines.count == 5, String(decoding: lines[0], as: UTF8.self) == Self.magic,
            String(decoding: lines[1], as: UTF8.self) == program, String(decoding: lines[2], as: UTF8.self) == inputs
        else { return nil }
        let numbers = String(decoding: lines[3], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 4, let status = Int32(exactly: numbers[0]), numbers[1...].allSatisfy({ $0 >= 0 })
        else { return nil }
        let headerCount = lines[0..<4].reduce(0) { $0 + $1.count + 1 }
        let (notesCount, closingCount, reportCount) = (numbers[1], numbers[2], numbers[3])
        guard headerCount + notesCount + closingCount + reportCount + 32 == count else { return nil }
        var body = DigestingReader(source: source, end: count - 32)
        guard let digest = body.finish(), digest == source.bytes(at: count - 32, length: 32),
            let notes = source.bytes(at: headerCount, length: notesCount),
            let closing = source.bytes(at: headerCount + notesCount, length: closingCount)
        else { return nil }
        guard let notesText = String(validating: notes, as: UTF8.self),
            let closingText = String(validating: closing, as: UTF8.self)
        else { return nil }
        self.exitStatus = status
        self.notes = notesText
        self.closing = closingText
        self.reportCount = reportCount
        self.source = source
        self.reportOffset = headerCount + notesCount + closingCount
    }

    /// Hands the report to `emit` a megabyte at a time; false when the file could not be read to the end (the
    /// pieces before the failure were handed on).
    package func report(_ emit: ([UInt8]) -> Void) -> Bool {
        var offset = 0
        while offset < reportCount {
            let length = min(Self.piece, reportCount - offset)
            guard let bytes = source.bytes(at: reportOffset + offset, length: length) else { return false }
            emit(bytes)
            offset += length
        }
        return true
    }
}

extension ReportMemo {
    /// A report as a command writes it, gathered in a scratch file of the user's cache (``UserCache/scratch()``) while
    /// the command writes it elsewhere, to be kept as a memo
    /// (``keep(in:name:program:inputs:exitStatus:notes:closing:)``) once the command knows how it ends. Texts are
    /// gathered a megabyte at a time; a report larger than ``ReportMemo/sizeLimit`` or a scratch file that cannot be
    /// written is not kept.
    package final class Recording {
        private let scratch: ByteSource
        private var buffer: [UInt8] = []
        private var failed = false

        /// A recording in a scratch file of `cache`; nil when none can be made.
        package init?(cache: UserCache) {
            guard let scratch = cache.scratch() else { return nil }
            self.scratch = scratch
            buffer.reserveCapacity(ReportMemo.piece)
        }

        /// Gathers one more piece of the report.
        package func append(_ text: String) {
            guard !failed else { return }
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= ReportMemo.piece { flush() }
        }

        /// Writes the gathered bytes to the scratch file.
        private func flush() {
            guard !failed, !buffer.isEmpty else { return }
            if scratch.append(buffer) == nil || scratch.count > ReportMemo.sizeLimit { failed = true }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Keeps the report gathered as memo `name` in `cache`, written by `program` under the digest `inputs`, with
        /// the command's exit status and what it wrote to standard error before (`notes`) and after it (`closing`).
        /// Nothing is kept when the report could not be gathered whole.
        package func keep(
            in cache: UserCache, name: String, program: String, inputs: String, exitStatus: Int32, notes: String,
            closing: String
        ) {
            flush()
            let reportCount = scratch.count
            guard !failed, reportCount <= ReportMemo.sizeLimit else { return }
            let (notes, closing) = (Array(notes.utf8), Array(closing.utf8))
            let header = [
                ReportMemo.magic, program, inputs, "\(exitStatus) \(notes.count) \(closing.count) \(reportCount)",
            ].map { $0 + "\n" }.joined()
            var complete = true
            var digest = ContentDigest()
            cache.write(name: name) { emit in
                for part in [Array(header.utf8), notes, closing] {
                    digest.update(part)
                    emit(part)
                }
                var offset = 0
                while offset < reportCount {
                    let length = min(ReportMemo.piece, reportCount - offset)
                    guard let bytes = scratch.bytes(at: offset, length: length) else {
                        complete = false
                        break
                    }
                    digest.update(bytes)
                    emit(bytes)
                    offset += length
                }
                // A memo cut short gets no digest of its bytes: its reader refuses it.
                if complete { emit(digest.finalize()) }
            }
        }
    }
}
