import Foundation

/// What a merge found in each scorecard file of a store, kept in the user's cache (``UserCache``) so that a merge
/// of a store where nothing changed takes unchanged files from here instead of reading and checking them again.
///
/// Per file (by absolute path) it records the file's state when it was read (``Stamp``: device, inode, size,
/// modification and change times), the decoded scorecard, the content hash of the rubric it was checked against and
/// whether its seal matched its content. A file is taken from the index only when its state is exactly the one
/// recorded and the rubric it names is loaded with the same hash; any other file is read and checked as always. A
/// file changed in place with its size and modification time put back still has a new change time, which only the
/// kernel sets. Files that fail to decode are never recorded (their diagnostics come from reading them), nor files
/// changed in the last two seconds (a write within the file system's timestamp tick could otherwise leave an old
/// result under a new file's stamp).
///
/// The cache file is binary (see `ScorecardIndex+Coding.swift`): its magic line, the stamp of the program that
/// wrote it (any other build rebuilds it, since decoding rules change with the code), the entries, and the SHA-256
/// of everything before. An index that is cut short, corrupt, written by another build, or that the cache cannot
/// vouch for (another owner, writable by others) is ignored and written anew: it is never trusted. Signatures are
/// not part of it: they are checked against the store's key list on every merge.
package struct ScorecardIndex: Sendable {
    /// The state of a file as `stat` reports it: a file whose stamp is unchanged has not been written since.
    package struct Stamp: Sendable, Hashable {
        /// The device.
        package var device: UInt64
        /// The inode.
        package var inode: UInt64
        /// The size in bytes.
        package var size: Int64
        /// The modification time (seconds and nanoseconds).
        package var modified: [Int64]
        /// The change time (seconds and nanoseconds): set by the kernel on every write or change of the file.
        package var changed: [Int64]

        /// The stamp of a `stat` result.
        package init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            modified = [Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec)]
            changed = [Int64(status.st_ctim.tv_sec), Int64(status.st_ctim.tv_nsec)]
        }

        /// The stamp of the regular file at `path` (following symbolic links, as reading it does); nil when there is
        /// none.
        package init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
            self.init(status)
        }

        /// Created from its fields (when an index is decoded).
        init(device: UInt64, inode: UInt64, size: Int64, modified: [Int64], changed: [Int64]) {
            self.device = device
            self.inode = inode
            self.size = size
            self.modified = modified
            self.changed = changed
        }

        /// Whether the file was modified or changed less than two seconds before `now` (seconds since 1970), or
        /// after it: a write within the same timestamp tick might not show in the stamp yet.
        package func isRecent(now: Int64) -> Bool {
            max(modified[0], changed[0]) >= now - 2
        }
    }

    /// What is recorded of one file.
    package struct Entry: Sendable {
        /// The file's state when it was read.
        package var stamp: Stamp
        /// The content hash of the rubric the scorecard was checked against.
        package var rubricHash: String
        /// Whether the scorecard is submitted and its seal matches its content.
        package var sealIntact: Bool
        /// The decoded scorecard (its ``Scorecard/sourcePath`` is set by the reader to the path it was asked for).
        package var scorecard: Scorecard

        /// Creates an entry.
        package init(stamp: Stamp, rubricHash: String, sealIntact: Bool, scorecard: Scorecard) {
            self.stamp = stamp
            self.rubricHash = rubricHash
            self.sealIntact = sealIntact
            self.scorecard = scorecard
        }
    }

    /// A recorded file as kept in memory: its entry's fields, with the scorecard still encoded when it came from an
    /// index file (decoded only when a merge takes the file from the index: a campaign's index stays a few KB a card
    /// instead of the decoded cards' 18 KB).
    package struct Record: Sendable {
        /// The file's state when it was read.
        var stamp: Stamp
        /// The content hash of the rubric the scorecard was checked against.
        var rubricHash: String
        /// Whether the scorecard is submitted and its seal matches its content.
        var sealIntact: Bool
        /// The scorecard's ``Scorecard/groupKey``, readable without decoding it.
        var groupKey: String
        /// The scorecard, decoded or as its bytes in the index file.
        var scorecard: StoredScorecard
    }

    /// A scorecard of a ``Record``.
    package enum StoredScorecard: Sendable {
        /// Decoded (a merge recorded it now).
        case decoded(Scorecard)
        /// Its encoding, in memory.
        case encoded(ArraySlice<UInt8>)
        /// Its encoding, `length` bytes at `offset` of the index file read (read again when the card is used or the
        /// index written: a campaign's index is hundreds of megabytes, and a merge uses it one slice at a time).
        case stored(ByteSource, offset: Int, length: Int)

        /// The encoding, read from the index file if need be; nil when the file cannot be read.
        var encoding: ArraySlice<UInt8>? {
            switch self {
            case .decoded: nil
            case .encoded(let bytes): bytes
            case .stored(let source, let offset, let length): source.bytes(at: offset, length: length)?[...]
            }
        }
    }

    /// The record of `entry`, its scorecard encoded right away when `encoded` (a merge that reads a campaign slice by
    /// slice keeps the few KB of the encoding, not the decoded card, until the index is written).
    package static func record(of entry: Entry, encoded: Bool) -> Record {
        var scorecard = StoredScorecard.decoded(entry.scorecard)
        if encoded {
            var writer = BinaryWriter()
            writer.scorecard(entry.scorecard)
            scorecard = .encoded(writer.bytes[...])
        }
        return Record(
            stamp: entry.stamp, rubricHash: entry.rubricHash, sealIntact: entry.sealIntact,
            groupKey: entry.scorecard.groupKey, scorecard: scorecard)
    }

    /// `record` with its scorecard's encoding moved from memory to the end of `scratch` (a first merge of a campaign
    /// records every card: their encodings wait on disk, not in memory, until the index is written); `record` as it is
    /// when its scorecard is not an encoding in memory or the scratch file cannot take it.
    package static func record(_ record: Record, movedTo scratch: ByteSource) -> Record {
        guard case .encoded(let bytes) = record.scorecard, let offset = scratch.append(Array(bytes)) else {
            return record
        }
        var moved = record
        moved.scorecard = .stored(scratch, offset: offset, length: bytes.count)
        return moved
    }

    /// The recorded files by absolute path.
    var records: [String: Record]

    /// An index of `entries` by absolute path.
    package init(entries: [String: Entry] = [:]) {
        records = entries.mapValues { Self.record(of: $0, encoded: false) }
    }

    /// An index of `records`.
    init(records: [String: Record]) {
        self.records = records
    }

    /// How many files are recorded.
    package var count: Int { records.count }

    /// The entry of the file with absolute path `key` when it is recorded with `stamp`, its scorecard decoded; nil
    /// when it is not recorded, recorded with another stamp, or (never for a file this program wrote) its scorecard
    /// does not decode.
    package func entry(_ key: String, stamp: Stamp) -> Entry? {
        guard let record = records[key], record.stamp == stamp else { return nil }
        return Self.entry(record)
    }

    /// The ``Scorecard/groupKey`` of the file with absolute path `key` when it is recorded with `stamp`, without
    /// decoding its scorecard.
    package func groupKey(_ key: String, stamp: Stamp) -> String? {
        guard let record = records[key], record.stamp == stamp else { return nil }
        return record.groupKey
    }

    /// Every entry, each scorecard decoded (for tests and tools; a merge asks for one file at a time).
    package var entries: [String: Entry] {
        records.compactMapValues(Self.entry)
    }

    /// The entry of `record`, its scorecard decoded; nil when it does not decode.
    private static func entry(_ record: Record) -> Entry? {
        let scorecard: Scorecard
        switch record.scorecard {
        case .decoded(let decoded):
            scorecard = decoded
        case .encoded, .stored:
            guard let bytes = record.scorecard.encoding else { return nil }
            var reader = BinaryReader(bytes: bytes)
            guard let decoded = reader.scorecard(), reader.isAtEnd else { return nil }
            scorecard = decoded
        }
        return Entry(
            stamp: record.stamp, rubricHash: record.rubricHash, sealIntact: record.sealIntact, scorecard: scorecard)
    }

    /// The largest index file read (a campaign of 50,000 cards needs about 200 MB).
    package static let sizeLimit = 1 << 30

    /// The merges that use an index: those of at least this many files. A merge of one or a few candidates reads its
    /// cards in a few milliseconds, less than reading a whole store's index would take.
    package static let minimumFiles = 64

    /// The name of the index file of the store holding `files` (its real path, or the real path of the first file's
    /// folder when it is in no store).
    package static func cacheName(for files: [String]) -> String? {
        guard let first = files.first else { return nil }
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent().path
        let root = ScorecardStore.root(containing: folder) ?? folder
        guard let real = realpath(root, nil) else { return nil }
        defer { free(real) }
        return UserCache.fileName(.scorecardIndex, key: String(cString: real))
    }

    /// The absolute path of `path` (relative paths are taken from the current folder), the key of ``entries``.
    package static func key(_ path: String, currentFolder: String) -> String {
        path.hasPrefix("/") ? path : currentFolder + "/" + path
    }

    /// The stamp of the running program (`/proc/self/exe`): an index written by another build is not read.
    package static func programStamp() -> String? {
        guard let stamp = Stamp(path: "/proc/self/exe") else { return nil }
        return
            ([stamp.device, stamp.inode].map(String.init)
            + ([stamp.size] + stamp.modified + stamp.changed).map {
                String($0)
            }).joined(separator: ":")
    }

    /// The index in `cache` named `name`, when the cache vouches for it, it checks out and `program` wrote it; nil
    /// otherwise.
    package static func read(from cache: UserCache, name: String, program: String) -> ScorecardIndex? {
        guard let file = cache.open(name, limit: sizeLimit),
            let index = ScorecardIndex(source: file, program: program)
        else { return nil }
        cache.markUsed(name)
        return index
    }

    /// Writes the index to `cache` as `name` (atomically, private to the user).
    package func write(to cache: UserCache, name: String, program: String) {
        cache.write(name: name) { emit in encode(program: program, emit: emit) }
    }
}

extension ScorecardIndex {
    /// The index after a merge of `files` that found `loaded` (per file, in order: its entry now, nil when it cannot
    /// be recorded, and whether that entry came from `index`); nil when it equals `index` and need not be written.
    /// Entries of other files are kept while those files are as recorded, and dropped once they changed or went.
    package static func updated(
        _ index: ScorecardIndex?, files: [String], loaded: [(entry: Entry?, fromIndex: Bool)]
    ) -> ScorecardIndex? {
        updated(
            index, files: files,
            recorded: loaded.map { ($0.entry.map { record(of: $0, encoded: false) }, $0.fromIndex) })
    }

    /// The index after a merge of `files` that found `recorded` (per file, in order: its record now, nil when it
    /// cannot be recorded or was taken from `index`, and whether it was taken from `index`); nil when it equals
    /// `index` and need not be written. A record taken from `index` is kept as it was read, its scorecard written back
    /// without being encoded again. Records of other files are kept while those files are as recorded.
    package static func updated(
        _ index: ScorecardIndex?, files: [String], recorded: [(record: Record?, fromIndex: Bool)]
    ) -> ScorecardIndex? {
        let folder = FileManager.default.currentDirectoryPath
        var records: [String: Record] = [:]
        records.reserveCapacity(max(files.count, index?.records.count ?? 0))
        var changed = index == nil
        for (file, found) in zip(files, recorded) {
            let key = key(file, currentFolder: folder)
            if found.fromIndex, let record = index?.records[key] {
                records[key] = record
            } else if let record = found.record {
                records[key] = record
                changed = true
            } else if index?.records[key] != nil {
                changed = true
            }
        }
        for (key, record) in index?.records ?? [:] where records[key] == nil {
            if Stamp(path: key) == record.stamp {
                records[key] = record
            } else {
                changed = true
            }
        }
        return changed ? ScorecardIndex(records: records) : nil
    }
}
