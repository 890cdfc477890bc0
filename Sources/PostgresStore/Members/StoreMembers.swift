import PostgresNIO
import ScoringCore

/// The members of a shared store: database users granted one of the store's group roles
/// (`hirescore store grant USER ROLE`, `hirescore store revoke USER`).
///
/// A member holds exactly one store role; granting another replaces it. An interviewer is tied to their
/// interviewer id, which names their scorecards (`REQUISITION/CANDIDATE/ID.yaml`): row-level security lets
/// them see and write only those, and their colleagues' only after submitting their own (or never, as
/// ``StoreSettings/ColleaguesCards`` says). Every grant and revocation is logged in `hirescore.member_events`
/// with the database user who made it.
package enum StoreMembers {
    /// One member as recorded.
    package struct Member: Sendable, Equatable {
        /// The database user.
        package var user: String
        /// The store role.
        package var role: StoreRole
        /// The interviewer id, for an interviewer.
        package var interviewerID: String?
    }

    /// Grants `role` to the existing database user `user`, replacing any store role they had.
    package static func grant(
        _ role: StoreRole, to user: String, interviewerID: String?, in database: StoreDatabase
    ) async throws(StoreDatabaseError) -> Member {
        if role == .interviewer && interviewerID == nil {
            throw StoreDatabaseError(message: PostgresStoreMessages.interviewerNeedsID(user))
        }
        if role != .interviewer && interviewerID != nil {
            throw StoreDatabaseError(message: PostgresStoreMessages.onlyInterviewersHaveIDs(role.rawValue))
        }
        if let interviewerID, !Identifier.isKebabCase(interviewerID) {
            throw StoreDatabaseError(message: PostgresStoreMessages.badInterviewerID(interviewerID))
        }
        try await SchemaMigrator.requireCompatible(database)
        return try await database.transaction { database throws(StoreDatabaseError) -> Member in
            let found = try await database.query("SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = \(user)")
            guard found.first != nil else {
                throw StoreDatabaseError(message: PostgresStoreMessages.noSuchUser(user))
            }
            if StoreRole.allCases.contains(where: { $0.databaseRole == user }) {
                throw StoreDatabaseError(message: PostgresStoreMessages.groupRoleIsNoMember(user))
            }
            for other in StoreRole.allCases where other != role {
                try await database.executeFormatted("REVOKE %I FROM %I", other.databaseRole, user)
            }
            try await database.executeFormatted("GRANT %I TO %I", role.databaseRole, user)
            try await database.query(
                """
                INSERT INTO hirescore.members (db_role, role, interviewer_id) VALUES (\(user), \(role.rawValue),
                  \(interviewerID))
                ON CONFLICT (db_role) DO UPDATE
                  SET role = excluded.role, interviewer_id = excluded.interviewer_id, granted_at = now()
                """)
            let detail = role.rawValue + (interviewerID.map { " " + $0 } ?? "")
            try await database.query(
                "INSERT INTO hirescore.member_events (action, subject, detail) VALUES ('grant', \(user), \(detail))")
            return Member(user: user, role: role, interviewerID: interviewerID)
        }
    }

    /// Takes the store role away from `user`: the database refuses them from then on (they keep their login,
    /// which the administrator drops with `DROP ROLE`). Returns the membership that ended.
    package static func revoke(_ user: String, in database: StoreDatabase) async throws(StoreDatabaseError) -> Member {
        try await SchemaMigrator.requireCompatible(database)
        return try await database.transaction { database throws(StoreDatabaseError) -> Member in
            let removed = try await database.query(
                "DELETE FROM hirescore.members WHERE db_role = \(user) RETURNING role, interviewer_id")
            guard let row = removed.first, let (name, id) = try? row.decode((String, String?).self),
                let role = StoreRole(rawValue: name)
            else {
                throw StoreDatabaseError(message: PostgresStoreMessages.notAMember(user))
            }
            for groupRole in StoreRole.allCases {
                try await database.executeFormatted("REVOKE %I FROM %I", groupRole.databaseRole, user)
            }
            try await database.query(
                "INSERT INTO hirescore.member_events (action, subject, detail) VALUES ('revoke', \(user), \(name))")
            return Member(user: user, role: role, interviewerID: id)
        }
    }
}

extension StoreDatabase {
    /// Runs a statement whose identifiers are quoted by the server (`format('GRANT %I TO %I', ...)`).
    func executeFormatted(_ template: String, _ first: String, _ second: String) async throws(StoreDatabaseError) {
        let rows = try await query("SELECT format(\(template), \(first), \(second))")
        guard let statement = rows.first.flatMap({ try? $0.decode(String.self) }) else { return }
        try await execute(statement)
    }
}
