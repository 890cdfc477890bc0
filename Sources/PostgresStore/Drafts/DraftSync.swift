/// Which copy of a draft wins when `enter` starts: the local copy or the database's, by their revision counters.
///
/// Each save of the draft raises the local revision; the database's row carries the revision it was last saved
/// with; `synced` is the revision both had when they last matched. A side changed when its revision passed
/// `synced`. Only one side changed: it wins. Both changed: a conflict, which the user settles (never silently).
package enum DraftSync {
    /// What to do.
    package enum Action: Sendable, Equatable {
        /// There is no draft yet.
        case none
        /// Both copies are the same revision.
        case inSync
        /// The local copy is newer: write it to the database.
        case pushLocal
        /// The database's copy is newer: write it over the local one.
        case pullDatabase
        /// Both changed since they last matched: the user chooses.
        case conflict
    }

    /// Decides from the local revision (nil: no local copy), the revision at the last sync, and the database's
    /// revision (nil: no row).
    package static func decide(local: Int?, synced: Int, database: Int?) -> Action {
        switch (local, database) {
        case (nil, nil): return .none
        case (nil, .some): return .pullDatabase
        case (.some, nil): return .pushLocal
        case (.some(let local), .some(let database)):
            let localChanged = local > synced
            let databaseChanged = database > synced
            switch (localChanged, databaseChanged) {
            case (false, false): return local == database ? .inSync : .pushLocal
            case (true, false): return .pushLocal
            case (false, true): return .pullDatabase
            case (true, true): return .conflict
            }
        }
    }
}
