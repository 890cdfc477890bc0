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
        var rootOfFolder: [String: String?] = [:]
        var placed: [(file: String, root: String, relative: String)] = []
        var cardsOfRoot: [String: Set<String>] = [:]
        for file in files {
            let folder = StoreFiles.folder(of: file)
            if rootOfFolder[folder] == nil { rootOfFolder[folder] = .some(ScorecardStore.root(containing: folder)) }
            guard let known = rootOfFolder[folder], let root = known else { continue }
            let relative = StoreFiles.relative(file, to: root)
            placed.append((file, root, relative))
            cardsOfRoot[root, default: []].insert(relative)
        }
        var amendmentsOfRoot: [String: [String: Amendment]] = [:]
        var found: [(file: String, amendment: Amendment)] = []
        for (file, root, relative) in placed {
            if amendmentsOfRoot[root] == nil {
                let ledger = StoreLedger(storeRoot: root)
                let cards = cardsOfRoot[root] ?? []
                let indexed =
                    cards.count <= indexedCardLimit
                    ? cache.flatMap { AuditLog(ledger: ledger).amendEvents(cards: cards, cache: $0) } : nil
                let events = indexed ?? amendEvents(of: ledger)
                var last: [String: Amendment] = [:]
                for event in events {
                    if let amendment = Amendment(event: event) { last[amendment.path] = amendment }
                }
                amendmentsOfRoot[root] = last
            }
            guard let amendments = amendmentsOfRoot[root], !amendments.isEmpty else { continue }
            // The seal tells the amended card from a later card at the same place (after a purge and a new submit).
            guard let amendment = amendments[relative], ScorecardHeader(path: file)?.seal == amendment.seal else {
                continue
            }
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
