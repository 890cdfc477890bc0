import Foundation
import ScoringCore

extension Amendment {
    /// The amendments that put the current cards among `files` in place, file by file in the order given:
    /// each store's log is read once, only its `amend` lines are decoded (found by their bytes, so a merge of
    /// one candidate in a large store does not decode every line), and only the cards an amendment names are
    /// opened.
    public static func inForce(for files: [String]) -> [(file: String, amendment: Amendment)] {
        var amendmentsOfRoot: [String: [String: Amendment]] = [:]
        var rootOfFolder: [String: String?] = [:]
        var found: [(file: String, amendment: Amendment)] = []
        for file in files {
            let folder = (file as NSString).deletingLastPathComponent
            if rootOfFolder[folder] == nil { rootOfFolder[folder] = .some(ScorecardStore.root(containing: folder)) }
            guard let known = rootOfFolder[folder], let root = known else { continue }
            if amendmentsOfRoot[root] == nil {
                var last: [String: Amendment] = [:]
                for event in amendEvents(of: StoreLedger(storeRoot: root)) {
                    if let amendment = Amendment(event: event) { last[amendment.path] = amendment }
                }
                amendmentsOfRoot[root] = last
            }
            guard let amendments = amendmentsOfRoot[root], !amendments.isEmpty else { continue }
            let relative = StoreFiles.relative(file, to: root)
            // The seal tells the amended card from a later card at the same place (after a purge and a new submit).
            guard let amendment = amendments[relative], ScorecardHeader(path: file)?.seal == amendment.seal else {
                continue
            }
            found.append((file, amendment))
        }
        return found
    }

    /// The `amend` events of a store's log, in order; other lines are skipped by their bytes, unreadable ones
    /// left to `audit verify`.
    static func amendEvents(of ledger: StoreLedger) -> [AuditLog.Event] {
        guard let data = FileManager.default.contents(atPath: ledger.auditLogPath) else { return [] }
        let marker = Array("\"event\":\"\(AuditLog.EventKind.amend)\"".utf8)
        let decoder = JSONDecoder()
        return [UInt8](data).split(separator: 10).filter { AuditLog.contains($0, marker) }.compactMap {
            try? decoder.decode(AuditLog.Event.self, from: Data($0))
        }
    }
}
