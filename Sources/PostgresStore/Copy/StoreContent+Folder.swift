import Compliance
import Foundation
import ScoringCore

extension StoreContent {
    /// Reads a store folder: every file below it, hidden ones included.
    ///
    /// Refused, naming the file: a symbolic link (its target would be lost), a scorecard's lock file (someone is
    /// entering it right now), a file in a scorecard's place that is not a scorecard, or a submitted card
    /// without a seal. Empty folders are not kept.
    package static func read(folder root: String) throws(CopyError) -> StoreContent {
        guard ScorecardStore.isRoot(root) || FileManager.default.fileExists(atPath: root) else {
            throw CopyError(message: PostgresStoreMessages.noFolder(root))
        }
        var content = StoreContent()
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                throw CopyError(message: PostgresStoreMessages.unreadable(folder))
            }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                let full = root + "/" + path
                var status = stat()
                guard lstat(full, &status) == 0 else {
                    throw CopyError(message: PostgresStoreMessages.unreadable(full))
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(path)
                case S_IFREG:
                    try content.add(path: path, full: full)
                case S_IFLNK:
                    throw CopyError(message: PostgresStoreMessages.linkInStore(full))
                default:
                    throw CopyError(message: PostgresStoreMessages.specialFileInStore(full))
                }
            }
        }
        content.linkAmendments()
        content.cards.sort { $0.path < $1.path }
        return content
    }

    /// Links each amended card to the card it superseded, as the log's `amend` events say (a card at its place
    /// whose seal an event gives as the new one amends the card at the same place with the event's old seal).
    mutating func linkAmendments() {
        let marker = Array(#""event":"amend""#.utf8)
        let text = auditLines.filter { $0.firstRange(of: marker) != nil }.map { String(decoding: $0, as: UTF8.self) }
            .joined()
        guard !text.isEmpty else { return }
        var index: [String: Int] = [:]
        for (position, card) in cards.enumerated() {
            if let seal = card.seal { index[card.place + "\n" + seal] = position }
        }
        for (_, event) in AuditLog.events(parsing: text).events {
            guard let amendment = Amendment(event: event),
                let amended = index[amendment.path + "\n" + amendment.seal],
                index[amendment.path + "\n" + amendment.supersededSeal] != nil
            else { continue }
            cards[amended].amends = amendment.supersededSeal
        }
    }

    /// Adds one file of a store folder.
    private mutating func add(path: String, full: String) throws(CopyError) {
        guard let data = FileManager.default.contents(atPath: full) else {
            throw CopyError(message: PostgresStoreMessages.unreadable(full))
        }
        let bytes = [UInt8](data)
        // A scorecard's lock means an entry is running (or was killed); the log's flock file (audit.lock) is
        // an ordinary, empty file that stays between commands and is copied like any other.
        if path.hasSuffix(".yaml.lock") || path.hasSuffix(".yml.lock") {
            throw CopyError(message: PostgresStoreMessages.lockedCard(full))
        }
        if path == StoreContent.auditLogPath {
            auditLines = StoreContent.lines(of: bytes)
            return
        }
        let components = path.split(separator: "/").map(String.init)
        let isYAML = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
        let isCardPlace = components.count == 3 && !components.contains { $0.hasPrefix(".") } && isYAML
        if components.count == 4, components[2] == Amendment.supersededFolder, isYAML,
            !components[0].hasPrefix("."), !components[1].hasPrefix(".")
        {
            try addSuperseded(path: path, full: full, bytes: bytes)
            return
        }
        guard isCardPlace else {
            files[path] = bytes
            return
        }
        guard let header = ScorecardHeader(bytes: bytes), let status = header.status,
            status == "draft" || status == "submitted"
        else {
            throw CopyError(message: PostgresStoreMessages.notAScorecard(full))
        }
        if status == "submitted" && header.seal == nil {
            throw CopyError(message: PostgresStoreMessages.submittedWithoutSeal(full))
        }
        cards.append(
            Card(
                requisition: components[0], candidate: components[1], fileName: components[2], status: status,
                seal: status == "submitted" ? header.seal : nil, bytes: bytes))
    }

    /// Adds a card an amendment superseded (`REQUISITION/CANDIDATE/.superseded/ID.HEX16.yaml`): a submitted card
    /// whose name carries its seal; any other file there is kept as a file.
    private mutating func addSuperseded(path: String, full: String, bytes: [UInt8]) throws(CopyError) {
        let place = Amendment.cardPath(of: path)
        let parts = place.split(separator: "/").map(String.init)
        guard parts.count == 3, let header = ScorecardHeader(bytes: bytes), header.status == "submitted",
            let seal = header.seal, Amendment.supersededPath(for: place, seal: seal) == path
        else {
            files[path] = bytes
            return
        }
        cards.append(
            Card(
                requisition: parts[0], candidate: parts[1], fileName: parts[2], status: "submitted", seal: seal,
                bytes: bytes, isSuperseded: true))
    }

    /// Writes the content as a store folder: `root` must not exist or be empty. Folders are created 0700,
    /// files 0600 (scorecards are personal data).
    ///
    /// `durable` (a copy out, `store copy`): each file is written atomically and flushed to disk. A private
    /// snapshot that is removed when its command ends (``DatabaseSnapshot``, ``DatabaseRecords``) is written
    /// without: each file is created new (never through an existing one) and written once, and each folder is
    /// created once — no temporary file, `rename` or `fsync` per file, which is most of a snapshot's time.
    package func write(folder root: String, durable: Bool = true) throws(CopyError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: root, isDirectory: &isDirectory) {
            guard isDirectory.boolValue, (try? manager.contentsOfDirectory(atPath: root))?.isEmpty == true else {
                throw CopyError(message: PostgresStoreMessages.targetNotEmpty(root))
            }
        }
        var all: [(String, [UInt8])] =
            cards.map { ($0.path, $0.bytes) } + files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if !auditLines.isEmpty { all.append((StoreContent.auditLogPath, Array(auditLines.joined()))) }
        // The store's own folder first, so a reader finds a store even while the copy runs.
        if !manager.fileExists(atPath: root + "/.hirescore") {
            try StoreContent.makeFolder(root + "/.hirescore")
        }
        var made: Set<String> = [root + "/.hirescore"]
        for (path, bytes) in all {
            let full = root + "/" + path
            let folder = String(full[..<(full.lastIndex(of: "/") ?? full.endIndex)])
            if !made.contains(folder) {
                try StoreContent.makeFolder(folder)
                made.insert(folder)
            }
            guard durable else {
                try StoreContent.writeNew(bytes, to: full)
                continue
            }
            do {
                try AtomicFile.write(bytes, to: full)
            } catch {
                throw CopyError(message: PostgresStoreMessages.cannotWrite(full, reason: error.reason))
            }
        }
    }

    /// Writes `bytes` into the new file `path` (mode 0600; an existing file or link is refused, never followed).
    static func writeNew(_ bytes: [UInt8], to path: String) throws(CopyError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CopyError(message: PostgresStoreMessages.cannotWrite(path, reason: String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw CopyError(
                    message: PostgresStoreMessages.cannotWrite(path, reason: String(cString: strerror(errno))))
            }
            offset += written
        }
    }

    /// Creates a folder and its parents with mode 0700.
    private static func makeFolder(_ path: String) throws(CopyError) {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CopyError(message: PostgresStoreMessages.cannotWrite(path, reason: "\(error.localizedDescription)"))
        }
    }
}
