import PostgresNIO
import ScoringCore

/// The settings of a shared store (`hirescore store init --colleagues-cards ... [--rubric ID]`), held in the
/// database: for the whole store, and per rubric (by id, every version). The interviewers' read policy takes the
/// stricter of the store's setting and that of the rubric of the card being read.
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

    /// Sets when interviewers may read colleagues' cards of the rubric `rubric` (an id; every version), and logs who
    /// did (`hirescore.member_events`). The store's own setting still holds: the stricter of the two wins.
    package static func setColleaguesCards(
        _ value: ColleaguesCards, rubric: String, in database: StoreDatabase
    ) async throws(StoreDatabaseError) {
        guard Identifier.isKebabCase(rubric) else {
            throw StoreDatabaseError(message: PostgresStoreMessages.badRubricID(rubric))
        }
        try await SchemaMigrator.requireCompatible(database)
        try await database.transaction { database throws(StoreDatabaseError) in
            try await database.query(
                """
                INSERT INTO hirescore.rubric_settings (rubric, colleagues_cards) VALUES (\(rubric), \(value.rawValue))
                ON CONFLICT (rubric) DO UPDATE SET colleagues_cards = excluded.colleagues_cards
                """)
            try await database.query(
                """
                INSERT INTO hirescore.member_events (action, subject, detail)
                VALUES ('setting', \("colleagues-cards " + rubric), \(value.rawValue))
                """)
        }
    }

    /// The rubrics with a setting of their own, by id.
    package static func rubricColleaguesCards(
        in database: StoreDatabase
    ) async throws(StoreDatabaseError) -> [String: ColleaguesCards] {
        try await SchemaMigrator.requireCompatible(database)
        let rows = try await database.query("SELECT rubric, colleagues_cards FROM hirescore.rubric_settings")
        var settings: [String: ColleaguesCards] = [:]
        for row in rows {
            guard let (rubric, name) = try? row.decode((String, String).self) else { continue }
            settings[rubric] = ColleaguesCards(rawValue: name)
        }
        return settings
    }
}
