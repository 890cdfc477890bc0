import PostgresStore
import Testing

/// Which copy of a draft wins when `enter` starts on a database store: the one that changed since the last sync;
/// both changed is a conflict for the user to settle.
struct DraftSyncTests {
    @Test(
        arguments: [
            // local revision (nil: no local copy), revision at the last sync, database revision (nil: no row), action
            (nil, 0, nil, DraftSync.Action.none),
            (nil, 0, 3, .pullDatabase),
            (2, 0, nil, .pushLocal),  // saved while the server could not be reached, never synced
            (4, 4, nil, .pushLocal),  // the row is gone (deleted by the owner): the answers are written again
            (4, 4, 4, .inSync),
            (6, 4, 4, .pushLocal),  // answered offline
            (4, 4, 7, .pullDatabase),  // answered on another computer
            (6, 4, 7, .conflict),  // both
            (2, 0, 3, .conflict),  // started offline here and online elsewhere
            (4, 4, 2, .pushLocal),  // the database went back (restored from a backup): this computer's newer copy
        ] as [(Int?, Int, Int?, DraftSync.Action)])
    func theCopyThatChangedWins(local: Int?, synced: Int, database: Int?, action: DraftSync.Action) {
        #expect(DraftSync.decide(local: local, synced: synced, database: database) == action)
    }
}
