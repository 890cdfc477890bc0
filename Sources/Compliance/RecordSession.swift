import Foundation
import ScoringCore

/// A store opened to change its records: it holds the store-wide lock, has finished whatever an
/// interrupted command left half-done, and knows the records as the audit log's replay.
///
/// Every command that changes a record (`decide`, `hold`, `purge`, `audit repair`, the submit and the
/// amendment of `enter`) opens one. A change is one event, committed in three steps:
///
/// 1. `STORE/.hirescore/pending` is written with the sequence number the event will get;
/// 2. the event is appended to the log and flushed to disk (`fsync`);
/// 3. it is applied (retain-until dates written, files purged, the caches `decisions.json` and
///    `holds.json` rewritten), and `pending` is removed.
///
/// Opening a store finds a `pending` file left by a crash: when its event reached the log, the event is
/// applied again (every application can be repeated safely); when it did not, nothing had changed and
/// the file is removed (rolled back). The caches are then compared with the replay and rewritten when
/// they differ.
///
/// ```swift
/// let session = try RecordSession(ledger: StoreLedger(storeRoot: "scorecards"), rubrics: rubrics)
/// try session.placeHold(candidate: "c-103", requisition: nil, reason: "AGG claim", actor: "HR Office")
/// ```
public final class RecordSession {
    /// The store's ledger.
    public let ledger: StoreLedger
    /// The store's audit log.
    public let log: AuditLog
    /// The records as the log's replay says.
    public private(set) var records: LedgerRecords
    /// What opening the store had to finish or roll back, for the command to tell.
    public private(set) var recovered: [LocalizedText] = []
    /// The rubrics, for reading scorecards.
    public let rubrics: [Rubric]
    private var lockDescriptor: Int32

    /// `STORE/.hirescore/pending`: the sequence number of an event being committed.
    var pendingPath: String { ledger.folder + "/pending" }

    /// Opens the store under its lock (waiting for another command that holds it) and recovers.
    /// `signer` is the acting person's key: it signs the events once the store has a key list.
    public init(
        ledger: StoreLedger, rubrics: [Rubric], now: @escaping @Sendable () -> Date = { Date() },
        signer: SigningKey? = nil
    ) throws(StoreLedger.LedgerError) {
        self.ledger = ledger
        self.rubrics = rubrics
        self.log = AuditLog(ledger: ledger, now: now, signer: signer)
        try ledger.prepare()
        lockDescriptor = try RecordSession.lock(ledger, exclusive: true)
        do {
            try log.repairTornTail()
            records = try LedgerRecords(log: log)
            try recover()
        } catch {
            RecordSession.unlock(lockDescriptor)
            lockDescriptor = -1
            throw error
        }
    }

    deinit {
        close()
    }

    /// Releases the lock (also done when the session ends).
    public func close() {
        guard lockDescriptor >= 0 else { return }
        RecordSession.unlock(lockDescriptor)
        lockDescriptor = -1
    }

    /// Locks the store's administrative folder itself (`flock` on the folder, so there is no lock
    /// file to leave behind or to race on; the system releases it when the process dies).
    static func lock(_ ledger: StoreLedger, exclusive: Bool) throws(StoreLedger.LedgerError) -> Int32 {
        let descriptor = open(ledger.folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .init(
                message: RecordSessionMessages.cannotOpenToLock(ledger.folder, reason: String(cString: strerror(errno)))
            )
        }
        while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                Foundation.close(descriptor)
                throw .init(message: RecordSessionMessages.cannotLock(ledger.storeRoot, reason: reason))
            }
        }
        return descriptor
    }

    static func unlock(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        Foundation.close(descriptor)
    }

    /// The sequence number in a `pending` file, when there is one.
    static func pendingSequence(_ ledger: StoreLedger) -> Int? {
        guard case .success(let bytes) = BoundedFile.read(ledger.folder + "/pending", limit: 64) else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Finishes or rolls back an interrupted commit, then brings the caches in line with the log.
    private func recover() throws(StoreLedger.LedgerError) {
        if let pending = RecordSession.pendingSequence(ledger) {
            let events = log.events().events.map(\.event).filter { $0.sequence >= pending }
            if events.isEmpty {
                recovered.append(RecordSessionMessages.interruptedNotRecorded)
            }
            for event in events {
                try applyEffects(of: event)
                if [
                    AuditLog.EventKind.decision, AuditLog.EventKind.purge, AuditLog.EventKind.hold,
                    AuditLog.EventKind.release, AuditLog.EventKind.amend,
                ].contains(event.event) {
                    recovered.append(
                        RecordSessionMessages.completedInterrupted(
                            event.event, candidate: event.candidate ?? "?", sequence: event.sequence))
                }
            }
            try ledger.writeCaches(records)
            unlink(pendingPath)
        } else {
            try ledger.writeCaches(records)
        }
    }

    /// Commits one event: intent, log (flushed), effects, caches. Returns the event as logged.
    ///
    /// When the effects fail, the event stays logged and the error says so; the next command that
    /// opens the store applies it again.
    @discardableResult
    public func commit(_ event: AuditLog.Event, step: String) throws(StoreLedger.LedgerError) -> AuditLog.Event {
        let intent = Array("\(records.lastSequence + 1)\n".utf8)
        do {
            try AtomicFile.write(intent, to: pendingPath)
        } catch {
            throw .init(message: RecordSessionMessages.intentNotWritten(pendingPath, reason: error.reason))
        }
        CrashPoint.reach("\(step).before-event")
        let logged: AuditLog.Event
        do {
            logged = try log.append(event)
        } catch {
            unlink(pendingPath)
            throw error
        }
        CrashPoint.reach("\(step).after-event")
        do {
            try applyEffects(of: logged)
            records.apply(logged)
            CrashPoint.reach("\(step).after-effects")
            try ledger.writeCaches(records)
        } catch {
            throw .init(
                message: RecordSessionMessages.notApplied(logged.event, sequence: logged.sequence, error: error.message)
            )
        }
        unlink(pendingPath)
        return logged
    }

    /// What an event changes besides the log and the caches; safe to repeat.
    func applyEffects(of event: AuditLog.Event) throws(StoreLedger.LedgerError) {
        switch event.event {
        case AuditLog.EventKind.decision:
            guard let retainUntil = event.details["retain-until"].flatMap(CalendarDate.init(parsing:)) else { return }
            for file in event.files {
                let path = ledger.storeRoot + "/" + file.path
                guard var scorecard = ScorecardLoader().load(path: path, rubrics: rubrics).scorecard,
                    scorecard.seal == file.seal,
                    scorecard.retainUntil != retainUntil
                else { continue }
                scorecard.retainUntil = retainUntil
                do {
                    try AtomicFile.write(try scorecard.yamlText(), to: path)
                } catch {
                    throw .init(message: StoreLedgerMessages.fileError(path, error: "\(error)"))
                }
            }
        case AuditLog.EventKind.purge:
            guard let candidate = event.candidate else { return }
            let key = LedgerRecords.folderKey(candidate: candidate, requisition: event.requisition)
            let folder = ledger.storeRoot + "/" + key
            let seals = Set(event.files.map(\.seal))
            for path in StoreFiles.files(in: folder) where seals.contains(StoreFiles.recordHash(of: path)) {
                guard unlink(path) == 0 || errno == ENOENT else {
                    throw .init(
                        message: StoreLedgerMessages.cannotDelete(path, reason: String(cString: strerror(errno))))
                }
            }
            StoreFiles.removeEmptyFolders(under: folder)
            let requisitionFolder = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            if ((try? FileManager.default.contentsOfDirectory(atPath: requisitionFolder)) ?? ["x"]).isEmpty {
                rmdir(requisitionFolder)
            }
        case AuditLog.EventKind.amend:
            try applyAmendment(event)
        default:
            break
        }
    }
}
