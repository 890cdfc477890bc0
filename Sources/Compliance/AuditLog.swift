import Foundation
import ScoringCore

/// An append-only log of what happened to applicant data (`STORE/.hirescore/audit.jsonl`), one JSON
/// object per line, each line chained to the previous one by its hash.
///
/// A panel decision traces back through the log to the exact sealed scorecards (by their seals) and
/// the rubric hash. Editing, removing or reordering a line breaks the chain at that line, and
/// ``verify()`` names it. Appends are serialised between processes with `flock`.
public struct AuditLog: Sendable {
    /// A reference to a scorecard: its path inside the store and its seal.
    public struct FileReference: Codable, Sendable, Hashable {
        /// The path relative to the store (`REQUISITION/CANDIDATE/INTERVIEWER.yaml`).
        public var path: String
        /// The scorecard's seal (`sha256:...`), or its file hash for other files.
        public var seal: String

        /// Creates a reference.
        public init(path: String, seal: String) {
            self.path = path
            self.seal = seal
        }
    }

    /// One event.
    public struct Event: Codable, Sendable, Hashable {
        /// The 1-based position in the log.
        public var sequence: Int
        /// When (ISO 8601, UTC).
        public var time: String
        /// submit, merge, decision, purge, hold, release, export.
        public var event: String
        /// Who did it.
        public var actor: String
        /// The candidate concerned.
        public var candidate: String?
        /// The requisition concerned.
        public var requisition: String?
        /// `id@version` of the rubric.
        public var rubric: String?
        /// The rubric's content hash.
        public var rubricHash: String?
        /// The scorecards involved.
        public var files: [FileReference]
        /// Further facts (recommendation, outcome, reason, counts).
        public var details: [String: String]
        /// The hash of the previous line (`sha256:` + 64 zeros for the first).
        public var previous: String
        /// The hash of this line's content (everything but this field and the signature).
        public var hash: String?
        /// The actor's signature of the hash (`ed25519:KEYID:BASE64`); absent in logs written before signatures.
        public var signature: String?

        enum CodingKeys: String, CodingKey {
            case sequence = "seq"
            case time, event, actor, candidate, requisition, rubric, files, details
            case previous = "prev"
            case hash
            case signature = "sig"
            case rubricHash = "rubric-hash"
        }

        /// Creates an event to append (sequence, previous and hash are filled in by ``AuditLog/append(_:)``).
        public init(
            event: String, actor: String, candidate: String? = nil, requisition: String? = nil, rubric: String? = nil,
            rubricHash: String? = nil, files: [FileReference] = [], details: [String: String] = [:]
        ) {
            self.sequence = 0
            self.time = ""
            self.event = event
            self.actor = actor
            self.candidate = candidate
            self.requisition = requisition
            self.rubric = rubric
            self.rubricHash = rubricHash
            self.files = files
            self.details = details
            self.previous = ""
            self.hash = nil
            self.signature = nil
        }

        /// The hash of the event's content, without its own hash.
        public func computeHash() -> String {
            var copy = self
            copy.hash = nil
            copy.signature = nil
            return "sha256:" + ContentDigest.hexDigest(AuditLog.encode(copy))
        }
    }

    /// A problem found by ``verify()``, with the line it is on.
    public struct Problem: Sendable, Hashable {
        /// The 1-based line of the log, when the problem is on a line.
        public var line: Int?
        /// What is wrong.
        public var message: LocalizedText
    }

    /// The first line's `previous`.
    public static let genesis = "sha256:" + String(repeating: "0", count: 64)

    /// The ledger the log belongs to.
    public let ledger: StoreLedger
    /// Supplies the current time (injectable for tests).
    public var now: @Sendable () -> Date
    /// The acting person's key, which signs each appended event once the store has a key list.
    public var signer: SigningKey?

    /// Creates the log of a store.
    public init(ledger: StoreLedger, now: @escaping @Sendable () -> Date = { Date() }, signer: SigningKey? = nil) {
        self.ledger = ledger
        self.now = now
        self.signer = signer
    }

    static func encode(_ event: Event) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(event) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The names of the events the log records.
    public enum EventKind {
        /// A scorecard was submitted and sealed (`enter`).
        public static let submit = "submit"
        /// A panel was merged for a decision (`decide`).
        public static let merge = "merge"
        /// A decision was recorded (`decide`): outcome, date, retain-until, recommendation, and an optional reason.
        public static let decision = "decision"
        /// A legal hold was placed (`hold`).
        public static let hold = "hold"
        /// A legal hold was released (`hold --release`).
        public static let release = "release"
        /// A candidate's files were deleted (`purge`).
        public static let purge = "purge"
        /// A submitted scorecard was corrected by its interviewer (`enter --amend`): the files are the amended card
        /// (its path and new seal) and the superseded one (where it is kept and its seal); details: reason, and
        /// the new card's signature in a signed store.
        public static let amend = "amend"
        /// A candidate's data was exported (`export`).
        /// A debrief decision that set a standing knock-out aside (`decide --override-knock-out`), with its reason.
        public static let knockOutOverride = "knock-out-override"
        public static let export = "export"
        /// A public key was added to the key list (`keys register`): key-id, public-key, name, role.
        public static let keyRegister = "key-register"
        /// A key was revoked (`keys revoke`): key-id, reason; what it signed before stays valid.
        public static let keyRevoke = "key-revoke"
        /// A database user was made a member of a shared store (`store grant`): database-user, role, interviewer-id
        /// (for an interviewer), granted-by (the database user who ran it). Signed like a key event, by HR.
        public static let memberGrant = "member-grant"
        /// A member's store role was taken away (`store revoke`): database-user, role, interviewer-id, revoked-by.
        public static let memberRevoke = "member-revoke"
        /// A shared store's setting was changed (`store init --colleagues-cards`): setting, old-value, new-value,
        /// rubric (for a rubric's own setting; none for the whole store's), changed-by (the database user who ran
        /// it). Signed like a member event, by HR.
        public static let storeSetting = "store-setting"
        /// An interviewer counter-signed a scorecard submitted before signatures (`keys countersign`).
        public static let countersign = "countersign"
    }

    /// Appends an event, chaining it to the last line; returns it as written.
    ///
    /// The line is written with one `write` and flushed with `fsync` before this returns. A write that
    /// fails (a full disk) is cut off again, so the log never keeps a torn line; a torn last line left
    /// by a crash is completed when it is a whole event without its line break, and removed otherwise
    /// (the command that wrote it never reported success).
    @discardableResult
    public func append(_ event: Event) throws(StoreLedger.LedgerError) -> Event {
        try ledger.prepare()
        let lockPath = ledger.folder + "/audit.lock"
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else {
            throw .init(
                message: AuditLogMessages.cannotOpen(lockPath, reason: String(cString: strerror(errno))))
        }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(lock, LOCK_UN) }

        let descriptor = open(ledger.auditLogPath, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .init(
                message: StoreLedgerMessages.cannotWrite(
                    ledger.auditLogPath, reason: String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var existing = AuditLog.readAll(descriptor)
        try repairTornTail(&existing, descriptor: descriptor)
        let lines = existing.split(separator: 10, omittingEmptySubsequences: true)
        // Only key events make the key list: find them by their bytes before decoding (a log has thousands of lines).
        let keyMarker = Array("\"event\":\"key-".utf8)
        let registry = KeyRegistry(
            events: lines.filter { AuditLog.contains($0, keyMarker) }.compactMap {
                try? JSONDecoder().decode(Event.self, from: Data($0))
            })
        let entry = try chained(event, after: lines.last, registry: registry)
        let bytes = Array((AuditLog.encode(entry) + "\n").utf8)
        let written = bytes.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            // Never leave a torn line behind: cut the log back to what it was.
            _ = ftruncate(descriptor, off_t(existing.count))
            _ = fsync(descriptor)
            throw .init(message: AuditLogMessages.cannotWriteCompletely(ledger.auditLogPath, reason: reason))
        }
        return entry
    }

    /// `event` as the log's next line after `last`: numbered, timed, linked to the last line's hash, hashed
    /// and, once the log has keys (or it registers the first), signed; refused when its signature would not be
    /// accepted.
    private func chained(
        _ event: Event, after last: ArraySlice<UInt8>?, registry: KeyRegistry
    ) throws(StoreLedger.LedgerError) -> Event {
        try AuditLog.chained(
            event, after: last, registry: registry, signer: signer, time: now(), logName: ledger.auditLogPath)
    }

    /// `event` as the next line after `last` of the log named `logName` (in messages), with the key list
    /// `registry`, signed by `signer` as ``append(_:)`` signs; what a log kept elsewhere (a database) appends.
    static func chained(
        _ event: Event, after last: ArraySlice<UInt8>?, registry: KeyRegistry, signer: SigningKey?, time: Date,
        logName: String
    ) throws(StoreLedger.LedgerError) -> Event {
        var previous = AuditLog.genesis
        var sequence = 1
        if let last {
            guard let decoded = try? JSONDecoder().decode(Event.self, from: Data(last)), let hash = decoded.hash else {
                throw .init(message: AuditLogMessages.lastLineDamaged(logName))
            }
            previous = hash
            sequence = decoded.sequence + 1
        }
        var entry = event
        entry.sequence = sequence
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        entry.time = formatter.string(from: time)
        entry.previous = previous
        entry.hash = nil
        entry.hash = entry.computeHash()
        if let signer, !registry.isEmpty || entry.event == EventKind.keyRegister {
            entry.signature = signer.signature(.event, entry.hash ?? "")
        }
        if let problem = registry.signatureProblem(of: entry) {
            let hint =
                signer == nil
                ? AuditLogMessages.createYourKey
                : AuditLogMessages.yourKey(signer?.keyID ?? "", path: signer?.path ?? "")
            throw .init(
                message: AuditLogMessages.cannotRecord(entry.event, actor: entry.actor, problem: problem, hint: hint))
        }
        return entry
    }

    /// Completes or removes a torn last line (see ``append(_:)``); what a command opening the store
    /// does first, under the log's lock.
    public func repairTornTail() throws(StoreLedger.LedgerError) {
        // Most logs end with a line break: then there is nothing to repair and nothing is touched.
        let probe = open(ledger.auditLogPath, O_RDONLY | O_CLOEXEC)
        guard probe >= 0 else { return }
        var status = stat()
        var last: UInt8 = 10
        if fstat(probe, &status) == 0, status.st_size > 0 { _ = pread(probe, &last, 1, status.st_size - 1) }
        close(probe)
        guard last != 10 else { return }
        let lockPath = ledger.folder + "/audit.lock"
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(lock, LOCK_UN) }
        let descriptor = open(ledger.auditLogPath, O_RDWR | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var bytes = AuditLog.readAll(descriptor)
        try repairTornTail(&bytes, descriptor: descriptor)
    }

    /// Completes or removes a last line without its line break (left by a crash in the middle of a write).
    private func repairTornTail(_ bytes: inout [UInt8], descriptor: Int32) throws(StoreLedger.LedgerError) {
        guard let last = bytes.last, last != 10 else { return }
        let cut = (bytes.lastIndex(of: 10) ?? -1) + 1
        let tail = Array(bytes[cut...])
        let before = bytes[..<cut].split(separator: 10).last
        let previousHash =
            before.flatMap { try? JSONDecoder().decode(Event.self, from: Data($0)) }?.hash ?? AuditLog.genesis
        if let event = try? JSONDecoder().decode(Event.self, from: Data(tail)), event.hash == event.computeHash(),
            event.previous == previousHash
        {
            // A whole event that only lacks its line break: complete it.
            guard write(descriptor, [UInt8(10)], 1) == 1, fsync(descriptor) == 0 else {
                throw .init(
                    message: StoreLedgerMessages.cannotWrite(
                        ledger.auditLogPath, reason: String(cString: strerror(errno))))
            }
            bytes.append(10)
        } else {
            // A torn write: the command that made it failed, so the line never counted. Roll it back.
            guard ftruncate(descriptor, off_t(cut)) == 0, fsync(descriptor) == 0 else {
                throw .init(
                    message: AuditLogMessages.cannotRepairTornLine(
                        ledger.auditLogPath, reason: String(cString: strerror(errno))))
            }
            bytes.removeLast(bytes.count - cut)
        }
    }

    /// Whether `bytes` contain `needle`.
    static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: bytes, from: bytes.startIndex) != nil
    }

    /// Everything an open file holds, read from its start.
    static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var offset: off_t = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
            offset += off_t(count)
        }
        return bytes
    }

    /// Every event of the log, with problems for lines that cannot be read.
    public func events() -> (events: [(line: Int, event: Event)], problems: [Problem]) {
        guard let text = try? String(contentsOfFile: ledger.auditLogPath, encoding: .utf8) else { return ([], []) }
        return AuditLog.events(parsing: text)
    }

    /// Every event of a log's text, with problems for lines that cannot be read (what ``events()`` reads;
    /// the fuzz target `fuzz-audit-log` feeds it arbitrary bytes).
    public static func events(parsing text: String) -> (events: [(line: Int, event: Event)], problems: [Problem]) {
        var events: [(Int, Event)] = []
        var problems: [Problem] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            if let event = try? JSONDecoder().decode(Event.self, from: Data(line.utf8)) {
                events.append((index + 1, event))
                if AuditLog.encode(event) != line {
                    problems.append(Problem(line: index + 1, message: AuditLogMessages.notCanonical(line: index + 1)))
                }
            } else {
                problems.append(Problem(line: index + 1, message: AuditLogMessages.unreadableLine(index + 1)))
            }
        }
        return (events, problems)
    }

    /// Checks the chain line by line and that every scorecard an event references is still present
    /// with the same seal (unless a later purge removed it).
    public func verify(rubrics: [Rubric]) -> [Problem] {
        let (events, readProblems) = events()
        return readProblems + AuditLog.chainProblems(events, readProblems: readProblems)
            + referenceProblems(events, rubrics: rubrics)
    }

    /// The chain's problems line by line: refused signatures, changed lines, broken links, wrong numbers.
    static func chainProblems(_ events: [(line: Int, event: Event)], readProblems: [Problem]) -> [Problem] {
        var problems: [Problem] = []
        var previous = AuditLog.genesis
        var expectedSequence = 1
        // Unreadable lines still hold a place in the sequence; only intact lines set the count anew, so
        // that one edited line is reported on that line alone (and a changed hash at the next line's link).
        let unreadable = Set(readProblems.compactMap(\.line))
        var lastLine = 0
        var registry = KeyRegistry()
        for (line, event) in events {
            if let problem = registry.signatureProblem(of: event) {
                problems.append(
                    Problem(
                        line: line,
                        message: AuditLogMessages.signatureRefused(
                            line: line, sequence: event.sequence, event: event.event, actor: event.actor,
                            problem: problem)))
            }
            registry.apply(event)
            expectedSequence += (lastLine + 1..<max(line, lastLine + 1)).filter { unreadable.contains($0) }.count
            lastLine = line
            let intact = event.hash == event.computeHash()
            if !intact {
                problems.append(
                    Problem(
                        line: line,
                        message: AuditLogMessages.changedAfterWriting(
                            line: line, sequence: event.sequence, event: event.event)))
            }
            if event.previous != previous {
                problems.append(Problem(line: line, message: AuditLogMessages.chainBroken(line: line)))
            }
            if event.sequence != expectedSequence {
                problems.append(
                    Problem(
                        line: line,
                        message: AuditLogMessages.wrongSequence(
                            line: line, found: event.sequence, expected: expectedSequence)))
            }
            previous = event.hash ?? ""
            expectedSequence = (intact ? event.sequence : expectedSequence) + 1
        }
        return problems
    }

    /// Referenced scorecards: present and unchanged, unless purged later; each checked once, at the first line
    /// that names it. `skippingMissing`: a card that is not there is not a problem (a member's partial view of a
    /// database store, where row-level security hides it; those who read every card check it).
    func referenceProblems(
        _ events: [(line: Int, event: Event)], rubrics: [Rubric], skippingMissing: Bool = false
    ) -> [Problem] {
        var problems: [Problem] = []
        let purgedSeals = Set(events.filter { $0.event.event == "purge" }.flatMap { $0.event.files.map(\.seal) })
        // A card superseded by an amendment is checked where the amendment keeps it.
        var kept: [String: String] = [:]
        for (_, event) in events {
            guard let amendment = Amendment(event: event) else { continue }
            kept[amendment.path + " " + amendment.supersededSeal] = amendment.supersededPath
        }
        var checked: Set<String> = []
        for (line, event) in events where ["submit", "merge", "decision", "amend"].contains(event.event) {
            let references = event.files.map { file in
                kept[file.path + " " + file.seal].map { FileReference(path: $0, seal: file.seal) } ?? file
            }
            for file in references where !purgedSeals.contains(file.seal) && !checked.contains(file.path + file.seal) {
                checked.insert(file.path + file.seal)
                if skippingMissing && !FileManager.default.fileExists(atPath: ledger.storeRoot + "/" + file.path) {
                    continue
                }
                if let problem = referenceProblem(file, line: line, rubrics: rubrics) {
                    problems.append(problem)
                }
            }
        }
        return problems
    }

    /// Whether the scorecard `file` names is missing, or changed since the event on `line` recorded its seal (or
    /// cannot be checked because its rubric changed).
    private func referenceProblem(_ file: FileReference, line: Int, rubrics: [Rubric]) -> Problem? {
        let path = ledger.storeRoot + "/" + file.path
        guard FileManager.default.fileExists(atPath: path) else {
            return Problem(line: line, message: AuditLogMessages.referencedFileMissing(file.path, line: line))
        }
        let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
        let rubricProblem = loaded.diagnostics.first {
            $0.code == .unknownRubric || $0.code == .rubricHashMismatch
        }
        if loaded.scorecard == nil, let rubricProblem,
            ScorecardHeader(bytes: loaded.sourceBytes)?.seal == file.seal
        {
            // The card still carries the seal the log names; what changed is the rubric, so blame the rubric.
            return Problem(
                line: line,
                message: AuditLogMessages.referencedFileUncheckable(
                    file.path, line: line, problem: rubricProblem.message))
        }
        let seal = loaded.scorecard?.seal ?? StoreFiles.fileHash(of: path)
        let valid = loaded.scorecard.map { $0.seal == nil || $0.hasValidSeal } ?? true
        if seal != file.seal || !valid {
            return Problem(line: line, message: AuditLogMessages.referencedFileChanged(file.path, line: line))
        }
        return nil
    }
}

extension AuditLog {
    /// An event as one line of the log (canonical JSON), for tools that write logs (the attack tests' forger).
    package static func encodedLine(_ event: Event) -> String { encode(event) }

    /// `event` as the next line of a log kept outside a folder (a database's `audit_lines`), chained, hashed and
    /// signed exactly as ``append(_:)`` would write it into a file after `lastLine`.
    ///
    /// `keyLines` are the log's key events (`key-register`, `key-revoke`; other lines are ignored), which decide
    /// whether the event must be signed and whether `signer` may sign it; `logName` names the log in messages.
    /// - Throws: ``StoreLedger/LedgerError`` when the last line is damaged or the signature would be refused.
    package static func nextLine(
        _ event: Event, after lastLine: [UInt8]?, keyLines: [[UInt8]], signer: SigningKey?, time: Date = Date(),
        logName: String
    ) throws(StoreLedger.LedgerError) -> Event {
        let registry = KeyRegistry(
            events: keyLines.compactMap { try? JSONDecoder().decode(Event.self, from: Data($0)) })
        return try chained(
            event, after: lastLine.map { ArraySlice($0) }, registry: registry, signer: signer, time: time,
            logName: logName)
    }
}
