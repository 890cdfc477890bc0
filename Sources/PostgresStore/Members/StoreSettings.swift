import Compliance
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

    /// Sets when interviewers may read colleagues' cards, and logs who did: the signed `store-setting` event by
    /// `author` (in a store with a key list, signed by their HR key as `store grant` is) and a row of
    /// `hirescore.member_events`, in the same transaction as the change. A value the store already has changes and
    /// logs nothing. Returns whether the setting changed.
    @discardableResult
    package static func setColleaguesCards(
        _ value: ColleaguesCards, by author: StoreMembers.Author, in database: StoreDatabase
    ) async throws(StoreDatabaseError) -> Bool {
        try await SchemaMigrator.requireCompatible(database)
        return try await database.transaction { database throws(StoreDatabaseError) -> Bool in
            try await DatabaseRecords.lock(database)
            let rows = try await database.query("SELECT colleagues_cards FROM hirescore.settings FOR UPDATE")
            let old = rows.first.flatMap { try? $0.decode(String.self) } ?? ColleaguesCards.afterSubmitting.rawValue
            guard old != value.rawValue else { return false }
            try await database.query("UPDATE hirescore.settings SET colleagues_cards = \(value.rawValue)")
            try await database.query(
                """
                INSERT INTO hirescore.member_events (action, subject, detail)
                VALUES ('setting', 'colleagues-cards', \(value.rawValue))
                """)
            try await log(old: old, new: value, rubric: nil, by: author, in: database)
            return true
        }
    }

    /// Sets when interviewers may read colleagues' cards of the rubric `rubric` (an id; every version), and logs who
    /// did as the store's setting is logged. The store's own setting still holds: the stricter of the two wins. A
    /// rubric without a setting of its own counts as `after-submitting` (the store's setting decides), so setting
    /// that changes and logs nothing. Returns whether the rubric's setting changed.
    @discardableResult
    package static func setColleaguesCards(
        _ value: ColleaguesCards, rubric: String, by author: StoreMembers.Author, in database: StoreDatabase
    ) async throws(StoreDatabaseError) -> Bool {
        guard Identifier.isKebabCase(rubric) else {
            throw StoreDatabaseError(message: PostgresStoreMessages.badRubricID(rubric))
        }
        try await SchemaMigrator.requireCompatible(database)
        return try await database.transaction { database throws(StoreDatabaseError) -> Bool in
            try await DatabaseRecords.lock(database)
            let rows = try await database.query(
                "SELECT colleagues_cards FROM hirescore.rubric_settings WHERE rubric = \(rubric) FOR UPDATE")
            let old = rows.first.flatMap { try? $0.decode(String.self) } ?? ColleaguesCards.afterSubmitting.rawValue
            guard old != value.rawValue else { return false }
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
            try await log(old: old, new: value, rubric: rubric, by: author, in: database)
            return true
        }
    }

    /// Appends the `store-setting` event for a change of `colleagues-cards` from `old` to `new` (of `rubric`, or of
    /// the whole store), with the database user who made it (`session_user`).
    static func log(
        old: String, new: ColleaguesCards, rubric: String?, by author: StoreMembers.Author, in database: StoreDatabase
    ) async throws(StoreDatabaseError) {
        let rows = try await database.query("SELECT session_user::text")
        var details = ["setting": "colleagues-cards", "old-value": old, "new-value": new.rawValue]
        details["rubric"] = rubric
        details["changed-by"] = rows.first.flatMap { try? $0.decode(String.self) } ?? database.settings.user
        _ = try await DatabaseAuditLog.append(
            AuditLog.Event(event: AuditLog.EventKind.storeSetting, actor: author.actor, details: details),
            signer: author.signer, in: database)
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
