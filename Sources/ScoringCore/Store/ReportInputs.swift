import Foundation

/// Everything a report of a store is made from, as one SHA-256 digest: the question asked (the command and its
/// options, added as texts) and the state of every file and folder read to answer it (``ScorecardIndex/Stamp``:
/// device, inode, size, modification and change times). Two runs with the same digest read the same bytes, so they
/// write the same report; any write to any of those files or folders, an added or removed file, or another option
/// gives another digest.
///
/// A state is only trusted once it has settled: when a file or folder was changed in the last two seconds (or in the
/// future), a write within the same timestamp tick might not show in its stamp yet, and ``isSettled`` is false (no
/// result is kept under the digest then). A tree with more than ``maximumEntries`` entries is not described either.
///
/// ```swift
/// var inputs = ReportInputs()
/// inputs.add("merge")
/// inputs.addFiles(["store/r1/c1/anna.yaml"])
/// inputs.addTree("rubrics")
/// if inputs.isSettled { print(inputs.finalize()) }
/// ```
package struct ReportInputs {
    /// The most entries ``addTree(_:)`` describes in one digest; a larger tree leaves the digest unsettled.
    package static let maximumEntries = 100_000

    private var digest = ContentDigest()
    private let now: Int64
    private var entries = 0
    /// Whether every file and folder described was last changed more than two seconds before the digest was begun
    /// and every tree was described whole.
    package private(set) var isSettled = true

    /// A digest begun at `now` (seconds since 1970).
    package init(now: Int64 = Int64(Date().timeIntervalSince1970)) {
        self.now = now
    }

    /// Adds a part of the question (a command name, an option, a path), kept apart from the next part.
    package mutating func add(_ text: String) {
        var bytes: [UInt8] = []
        Self.append(UInt64(text.utf8.count), to: &bytes)
        bytes += text.utf8
        digest.update(bytes)
    }

    /// Adds each file of `files` (following symbolic links, as reading it does) with its state, or that it is not
    /// there. The files are looked at on all cores and hashed in one go (a campaign has tens of thousands).
    package mutating func addFiles(_ files: [String]) {
        let states = ParallelMap.map(files.count) { number -> FileState? in
            var status = stat()
            guard stat(files[number], &status) == 0 else { return nil }
            return FileState(mode: UInt64(status.st_mode), stamp: ScorecardIndex.Stamp(status))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(files.count * 128)
        for (file, state) in zip(files, states) {
            let path = Array(file.utf8)
            Self.append(UInt64(path.count), to: &bytes)
            bytes += path
            guard let state else {
                bytes.append(0)
                continue
            }
            add(state, to: &bytes)
        }
        digest.update(bytes)
    }

    /// Adds the folder `folder` and everything under it, hidden entries included, each with its name and state
    /// (following symbolic links; a folder reached twice is described once). A missing folder is added as missing.
    package mutating func addTree(_ folder: String) {
        add(folder)
        var visited: Set<[UInt64]> = []
        var pending = [folder]
        while let path = pending.popLast() {
            var status = stat()
            guard stat(path, &status) == 0 else {
                digest.update([0])
                continue
            }
            entries += 1
            if entries > Self.maximumEntries { isSettled = false }
            guard isSettled else { return }
            addState(status)
            guard status.st_mode & S_IFMT == S_IFDIR,
                visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted,
                let names = try? FileManager.default.contentsOfDirectory(atPath: path)
            else { continue }
            // Sorted in reverse, so that the stack takes them in name order.
            for name in names.sorted(by: >) {
                add(name)
                pending.append(path + "/" + name)
            }
        }
    }

    /// The digest of everything added, as 64 lowercase hexadecimal digits.
    package mutating func finalize() -> String {
        ContentDigest.hex(digest.finalize())
    }

    /// Adds a `stat` result: its type and permissions, and its stamp; marks the digest unsettled when it changed in
    /// the last two seconds.
    private mutating func addState(_ status: stat) {
        var bytes: [UInt8] = []
        add(FileState(mode: UInt64(status.st_mode), stamp: ScorecardIndex.Stamp(status)), to: &bytes)
        digest.update(bytes)
    }

    /// Appends a file's state to `bytes`; marks the digest unsettled when it changed in the last two seconds.
    private mutating func add(_ state: FileState, to bytes: inout [UInt8]) {
        let stamp = state.stamp
        if stamp.isRecent(now: now) { isSettled = false }
        bytes.append(1)
        for number in [state.mode, stamp.device, stamp.inode] {
            Self.append(number, to: &bytes)
        }
        for number in [stamp.size] + stamp.modified + stamp.changed {
            Self.append(UInt64(bitPattern: number), to: &bytes)
        }
    }

    /// The type, permissions and stamp of a file.
    private struct FileState: Sendable {
        var mode: UInt64
        var stamp: ScorecardIndex.Stamp
    }

    /// Appends the eight bytes of `number`, little-endian.
    private static func append(_ number: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: number >> shift)) }
    }

}
