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

    /// A problem reading or writing the ledger.
    public struct LedgerError: Error, Sendable {
        /// What went wrong, in English and German.
        public var message: LocalizedText
    }

    /// Creates the folder (0700) when missing.
    public func prepare() throws(LedgerError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw LedgerError(message: .init(en: "cannot create \(folder): \(error.localizedDescription)",
                                             de: "\(folder) kann nicht angelegt werden: \(error.localizedDescription)"))
        }
    }

    /// Reads a JSON file of the ledger, or `fallback` when it does not exist.
    func read<Value: Decodable>(_ type: Value.Type, from path: String, fallback: Value) throws(LedgerError) -> Value {
        guard let data = FileManager.default.contents(atPath: path) else { return fallback }
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw LedgerError(message: .init(en: "\(path) is damaged and cannot be read: \(error.localizedDescription); restore it from a backup",
                                             de: "\(path) ist beschädigt und kann nicht gelesen werden: \(error.localizedDescription); stellen Sie es aus einer Sicherung wieder her"))
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
            throw LedgerError(message: .init(en: "cannot write \(path): \(error)", de: "\(path) kann nicht geschrieben werden: \(error)"))
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

    /// The store's settings (defaults when none are written).
    public func settings() throws(LedgerError) -> Settings {
        try read(Settings.self, from: settingsPath, fallback: Settings())
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

        /// Creates a decision.
        public init(candidate: String, requisition: String?, outcome: String, date: String, retainUntil: String,
                    panelRecommendation: String, actor: String) {
            self.candidate = candidate
            self.requisition = requisition
            self.outcome = outcome
            self.date = date
            self.retainUntil = retainUntil
            self.panelRecommendation = panelRecommendation
            self.actor = actor
        }

        enum CodingKeys: String, CodingKey {
            case candidate, requisition, outcome, date, actor
            case retainUntil = "retain-until"
            case panelRecommendation = "panel-recommendation"
        }
    }

    /// The current legal holds.
    public func holds() throws(LedgerError) -> [Hold] {
        try read([Hold].self, from: holdsPath, fallback: [])
    }

    /// Writes the legal holds.
    public func save(holds: [Hold]) throws(LedgerError) {
        try write(holds.sorted { ($0.candidate, $0.requisition ?? "") < ($1.candidate, $1.requisition ?? "") }, to: holdsPath)
    }

    /// The recorded decisions.
    public func decisions() throws(LedgerError) -> [Decision] {
        try read([Decision].self, from: decisionsPath, fallback: [])
    }

    /// Writes the decisions.
    public func save(decisions: [Decision]) throws(LedgerError) {
        try write(decisions.sorted { ($0.candidate, $0.requisition ?? "") < ($1.candidate, $1.requisition ?? "") }, to: decisionsPath)
    }

    /// Whether a candidate (in a requisition) is on hold.
    public func isOnHold(candidate: String, requisition: String?, holds: [Hold]) -> Bool {
        holds.contains { $0.candidate == candidate && ($0.requisition == nil || $0.requisition == requisition) }
    }

    /// The store root of a scorecard file (`STORE/REQUISITION/CANDIDATE/FILE.yaml`).
    public static func storeRoot(ofScorecard path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
}

extension CalendarDate {
    /// The date `months` calendar months later (the day clamped to the month's length).
    public func adding(months: Int) -> CalendarDate {
        let total = (year * 12 + (month - 1)) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let day = min(self.day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: day) ?? self
    }

    /// Today in the local calendar.
    public static var today: CalendarDate {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1) ?? .unixEpoch
    }
}
