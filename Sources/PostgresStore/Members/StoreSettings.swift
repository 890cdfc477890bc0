import PostgresNIO

/// The settings of a shared store (`hirescore store init --colleagues-cards ...`), held in the database.
package enum StoreSettings {
    /// When an interviewer may read colleagues' submitted scorecards for a candidate.
    package enum ColleaguesCards: String, Sendable, CaseIterable {
        /// After submitting their own card for that candidate (the default).
        case afterSubmitting = "after-submitting"
        /// Never: each interviewer reads only their own cards. The recruiter and the officer read as before.
        case never
    }

    /// The store's setting for colleagues' cards.
    package static func colleaguesCards(in database: StoreDatabase) async throws(StoreDatabaseError) -> ColleaguesCards
    {
        try await SchemaMigrator.requireCompatible(database)
        let rows = try await database.query("SELECT colleagues_cards FROM hirescore.settings")
        let name = rows.first.flatMap { try? $0.decode(String.self) }
        return name.flatMap(ColleaguesCards.init(rawValue:)) ?? .afterSubmitting
    }

    /// Sets when interviewers may read colleagues' cards, and logs who did (`hirescore.member_events`).
    package static func setColleaguesCards(
        _ value: ColleaguesCards, in database: StoreDatabase
    ) async throws(StoreDatabaseError) {
        try await SchemaMigrator.requireCompatible(database)
        try await database.transaction { database throws(StoreDatabaseError) in
            try await database.query("UPDATE hirescore.settings SET colleagues_cards = \(value.rawValue)")
            try await database.query(
                """
                INSERT INTO hirescore.member_events (action, subject, detail)
                VALUES ('setting', 'colleagues-cards', \(value.rawValue))
                """)
        }
    }
}
