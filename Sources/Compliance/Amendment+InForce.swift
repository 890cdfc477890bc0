import Foundation
import ScoringCore

extension Amendment {
    /// The amendments that put the current cards among `files` in place, file by file in the order given:
    /// each store's log is read once, and only the cards the log names as amended are opened.
    public static func inForce(for files: [String]) -> [(file: String, amendment: Amendment)] {
        var recordsOfRoot: [String: LedgerRecords?] = [:]
        var rootOfFolder: [String: String?] = [:]
        var found: [(file: String, amendment: Amendment)] = []
        for file in files {
            let folder = (file as NSString).deletingLastPathComponent
            if rootOfFolder[folder] == nil { rootOfFolder[folder] = .some(ScorecardStore.root(containing: folder)) }
            guard let known = rootOfFolder[folder], let root = known else { continue }
            if recordsOfRoot[root] == nil {
                recordsOfRoot[root] = .some(try? LedgerRecords(log: AuditLog(ledger: StoreLedger(storeRoot: root))))
            }
            guard let entry = recordsOfRoot[root], let records = entry, !records.amendments.isEmpty else { continue }
            let relative = StoreFiles.relative(file, to: root)
            guard let amendment = records.amendment(of: relative), ScorecardHeader(path: file)?.seal == amendment.seal
            else { continue }
            found.append((file, amendment))
        }
        return found
    }
}
