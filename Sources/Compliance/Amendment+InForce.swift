import Foundation
import ScoringCore

extension Amendment {
    /// The amendments that put the current cards among `files` in place, file by file in the order given:
    /// each store's log is read once, only its `amend` lines are decoded (found by their bytes, so a merge of
    /// one candidate in a large store does not decode every line), and only the cards an amendment names are
    /// opened. With `cache`, the lines that can name the cards at hand are found through the user's index of the
    /// log (see `AuditLogIndex`) instead of reading the whole log: the same amendments for these files. From
    /// ``indexedCardLimit`` cards of one store on, the whole log is read (looking each card up in the index would
    /// cost more).
    public static func inForce(for files: [String], cache: UserCache? = nil) -> [(file: String, amendment: Amendment)] {
        var paths = StoreRelativePaths()
        var placed: [(file: String, root: String)] = []
        var filesOfRoot: [String: [String]] = [:]
        for file in files {
            guard let root = paths.storeRoot(ofFile: file) else { continue }
            placed.append((file, root))
            filesOfRoot[root, default: []].append(file)
        }
        // Each store's last amendment per card. A card's path inside its store is worked out only for a store whose
        // log has amendments (a campaign's log usually has none, and 50,000 paths cost more than reading the log).
        var amendmentsOfRoot: [String: [String: Amendment]] = [:]
        for (root, filesHere) in filesOfRoot {
            let ledger = StoreLedger(storeRoot: root)
            var indexed: [AuditLog.Event]?
            if filesHere.count <= indexedCardLimit, let cache {
                let cards = Set(filesHere.map { paths.relative($0, to: root) })
                indexed = AuditLog(ledger: ledger).amendEvents(cards: cards, cache: cache)
            }
            var last: [String: Amendment] = [:]
            for event in indexed ?? amendEvents(of: ledger) {
                if let amendment = Amendment(event: event) { last[amendment.path] = amendment }
            }
            amendmentsOfRoot[root] = last
        }
        var found: [(file: String, amendment: Amendment)] = []
        for (file, root) in placed {
            guard let amendments = amendmentsOfRoot[root], !amendments.isEmpty else { continue }
            // The seal tells the amended card from a later card at the same place (after a purge and a new submit).
            guard let amendment = amendments[paths.relative(file, to: root)],
                ScorecardHeader(path: file)?.seal == amendment.seal
            else { continue }
            found.append((file, amendment))
        }
        return found
    }

    /// The most cards of one store whose amendments are looked up through the index of its log.
    static let indexedCardLimit = 64

    /// The `amend` events of a store's log, in order; other lines are skipped by their bytes, unreadable ones
    /// left to `audit verify`.
    static func amendEvents(of ledger: StoreLedger) -> [AuditLog.Event] {
        AuditLog(ledger: ledger).events(ofKinds: [AuditLog.EventKind.amend]).events
    }
}
