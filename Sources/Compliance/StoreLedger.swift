import Foundation
import ScoringCore

/// The store's administrative folder (`STORE/.hirescore/`): settings, legal holds, decisions and the audit log.
///
/// Hidden from scorecard enumeration (it starts with a dot), written atomically, readable by the
/// owner only.
public struct StoreLedger: Sendable {
    /// The store's root folder.
    public let storeRoot: String

    /// Creates the ledger of a store.
    public init(storeRoot: String) {
        self.storeRoot = storeRoot
    }

    /// `STORE/.hirescore`.
    public var folder: String { storeRoot + "/.hirescore" }
    /// The audit log (JSON lines).
    public var auditLogPath: String { folder + "/audit.jsonl" }
    /// The store's settings (retention period).
    public var settingsPath: String { folder + "/settings.json" }
    /// The legal holds.
    public var holdsPath: String { folder + "/holds.json" }
    /// The recorded decisions.
    public var decisionsPath: String { folder + "/decisions.json" }

    /// A problem reading or writing the ledger, or a request the records refuse.
    public struct LedgerError: Error, Sendable {
        /// What went wrong, in English and German.
        public var message: LocalizedText
        /// What kind of problem it is (decides the exit status).
        public var code: Code = .failed

        /// What kind of problem an error is; a struct, so kinds can be added without breaking callers.
        public struct Code: Hashable, Sendable {
            /// The raw name.
            public var rawValue: String
            /// The request is malformed (an invalid id, a missing reason): exit status 2.
            public static let invalidRequest = Code(rawValue: "invalid-request")
            /// The request is well-formed but refused, or a file could not be read or written: exit status 1.
            public static let failed = Code(rawValue: "failed")
        }

        /// Creates an error.
        public init(message: LocalizedText, code: Code = .failed) {
            self.message = message
            self.code = code
        }
    }

    /// Creates the folder (0700) when missing.
    public func prepare() throws(LedgerError) {
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw LedgerError(
                message: StoreLedgerMessages.cannotCreateFolder(folder, reason: error.localizedDescription))
        }
    }

    /// Reads a JSON file of the ledger, or `fallback` when it does not exist.
    func read<Value: Decodable>(_ type: Value.Type, from path: String, fallback: Value) throws(LedgerError) -> Value {
        guard let data = FileManager.default.contents(atPath: path) else { return fallback }
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw LedgerError(
                message: StoreLedgerMessages.damaged(path, reason: error.localizedDescription))
        }
    }

    /// Writes a JSON file of the ledger atomically.
    func write<Value: Encodable>(_ value: Value, to path: String) throws(LedgerError) {
        try prepare()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            try AtomicFile.write([UInt8](data) + [10], to: path)
        } catch {
            throw LedgerError(
                message: StoreLedgerMessages.cannotWrite(path, reason: "\(error)"))
        }
    }

    // MARK: Settings

    /// The store's settings.
    public struct Settings: Codable, Sendable, Hashable {
        /// Months after the decision that applicant data is kept (default 6; for example 7 in Austria).
        public var retentionMonths: Int

        /// Creates settings.
        public init(retentionMonths: Int = 6) {
            self.retentionMonths = retentionMonths
        }

        enum CodingKeys: String, CodingKey {
            case retentionMonths = "retention-months"
        }
    }

    /// The allowed retention periods in months.
    public static let retentionMonthsRange = 1...120

    /// The store's settings (defaults when none are written), checked: `retention-months` must be a
    /// whole number from 1 to 120.
    public func settings() throws(LedgerError) -> Settings {
        guard let data = FileManager.default.contents(atPath: settingsPath) else { return Settings() }
        guard let object = try? JSONDecoder().decode([String: SettingValue].self, from: data) else {
            throw LedgerError(
                message: StoreLedgerMessages.settingsNotAnObject(settingsPath))
        }
        for key in object.keys.sorted() where key != "retention-months" {
            throw LedgerError(
                message: StoreLedgerMessages.unknownSetting(settingsPath, key: key.shortened))
        }
        guard let value = object["retention-months"] else { return Settings() }
        let range = StoreLedger.retentionMonthsRange
        if case .integer(let months) = value, range.contains(months) { return Settings(retentionMonths: months) }
        throw LedgerError(
            message: StoreLedgerMessages.retentionMonths(settingsPath, range: range, found: "\(value)"))
    }

    /// A value of the settings file, as written.
    enum SettingValue: Decodable, CustomStringConvertible {
        case integer(Int)
        case number(Double)
        case text(String)
        case other

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .text(value)
            } else {
                self = .other
            }
        }

        var description: String {
            switch self {
            case .integer(let value): return String(value)
            case .number(let value): return String(value)
            case .text(let value): return "\"\(value.shortened)\""
            case .other: return "a value that is not a number"
            }
        }
    }

    /// Writes the store's settings.
    public func save(_ settings: Settings) throws(LedgerError) {
        try write(settings, to: settingsPath)
    }

    // MARK: Holds and decisions

    /// A legal hold: the candidate's data is kept until released, whatever its retention date.
    public struct Hold: Codable, Sendable, Hashable {
        /// The candidate.
        public var candidate: String
        /// The requisition, or nil for every requisition of the candidate.
        public var requisition: String?
        /// Why (for example a pending AGG claim).
        public var reason: String
        /// Since when.
        public var since: String
        /// Who placed it.
        public var actor: String

        /// Creates a hold.
        public init(candidate: String, requisition: String?, reason: String, since: String, actor: String) {
            self.candidate = candidate
            self.requisition = requisition
            self.reason = reason
            self.since = since
            self.actor = actor
        }
    }

    /// The decision on a candidate in a requisition, which starts the retention period.
    public struct Decision: Codable, Sendable, Hashable {
        /// The candidate.
        public var candidate: String
        /// The requisition.
        public var requisition: String?
        /// hired, rejected or withdrawn.
        public var outcome: String
        /// The day of the decision.
        public var date: String
        /// The day until which the data is kept.
        public var retainUntil: String
        /// The panel recommendation the decision was based on.
        public var panelRecommendation: String
        /// Who decided.
        public var actor: String
        /// Why, when the decision gives a reason (the decision event's `reason` detail).
        public var reason: String?

        /// Creates a decision.
        public init(
            candidate: String, requisition: String?, outcome: String, date: String, retainUntil: String,
            panelRecommendation: String, actor: String, reason: String? = nil
        ) {
            self.candidate = candidate
            self.requisition = requisition
            self.outcome = outcome
            self.date = date
            self.retainUntil = retainUntil
            self.panelRecommendation = panelRecommendation
            self.actor = actor
            self.reason = reason
        }

        enum CodingKeys: String, CodingKey {
            case candidate, requisition, outcome, date, actor, reason
            case retainUntil = "retain-until"
            case panelRecommendation = "panel-recommendation"
        }
    }

    /// The current legal holds, as the audit log's replay says (the log is the source of truth;
    /// `holds.json` is only a cache of this).
    public func holds() throws(LedgerError) -> [Hold] {
        try LedgerRecords(log: AuditLog(ledger: self)).holds
    }

    /// The recorded decisions, as the audit log's replay says (`decisions.json` is only a cache of this).
    public func decisions() throws(LedgerError) -> [Decision] {
        try LedgerRecords(log: AuditLog(ledger: self)).decisions
    }

    /// The legal holds as the cache `holds.json` has them (nil when there is no cache).
    func cachedHolds() throws(LedgerError) -> [Hold]? {
        FileManager.default.fileExists(atPath: holdsPath) ? try read([Hold].self, from: holdsPath, fallback: []) : nil
    }

    /// The decisions as the cache `decisions.json` has them (nil when there is no cache).
    func cachedDecisions() throws(LedgerError) -> [Decision]? {
        FileManager.default.fileExists(atPath: decisionsPath)
            ? try read([Decision].self, from: decisionsPath, fallback: []) : nil
    }

    /// Writes the caches `holds.json` and `decisions.json` from the records, each only when it differs.
    func writeCaches(_ records: LedgerRecords) throws(LedgerError) {
        if (try? cachedHolds()) ?? nil != records.holds,
            !(records.holds.isEmpty && !FileManager.default.fileExists(atPath: holdsPath))
        {
            try write(records.holds, to: holdsPath)
        }
        if (try? cachedDecisions()) ?? nil != records.decisions,
            !(records.decisions.isEmpty && !FileManager.default.fileExists(atPath: decisionsPath))
        {
            try write(records.decisions, to: decisionsPath)
        }
    }

    /// Whether a candidate (in a requisition) is on hold.
    public func isOnHold(candidate: String, requisition: String?, holds: [Hold]) -> Bool {
        holds.contains { $0.candidate == candidate && ($0.requisition == nil || $0.requisition == requisition) }
    }

    /// The store root of a scorecard file (`STORE/REQUISITION/CANDIDATE/FILE.yaml`).
    public static func storeRoot(ofScorecard path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .path
    }
}

extension CalendarDate {
    /// The date `months` calendar months later (the day clamped to the month's length).
    public func adding(months: Int) -> CalendarDate {
        // Clamped so that no input can overflow: retention periods are at most 120 months.
        let months = min(max(months, -1_200_000), 1_200_000)
        let total = (year * 12 + (month - 1)) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let day = min(self.day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: day) ?? self
    }

    /// The day `date` falls on in the local calendar.
    public static func localDay(of date: Date) -> CalendarDate {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
            ?? .unixEpoch
    }

    /// Today in the local calendar.
    public static var today: CalendarDate { localDay(of: Date()) }
}
