import Compliance
import PostgresNIO
import ScoringCore

/// The members of a shared store: database users granted one of the store's own group roles
/// (`hirescore store grant USER ROLE`, `hirescore store revoke USER`).
///
/// The group roles are the store's alone (schema version 12, ``StoreRole/databaseRole(inStore:)``): a grant or a
/// revocation in one store changes nothing in another store of the same server.
///
/// A member holds exactly one store role; granting another replaces it. An interviewer is tied to their
/// interviewer id, which names their scorecards (`REQUISITION/CANDIDATE/ID.yaml`): row-level security lets
/// them see and write only those, and their colleagues' only after submitting their own (or never, as
/// ``StoreSettings/ColleaguesCards`` says). Every grant and revocation is a signed event of the store's audit
/// log (`member-grant`, `member-revoke`, signed by the acting person's key as `keys register` is, in the same
/// transaction as the `GRANT` or `REVOKE`), so `audit verify` covers it and a copy to a folder carries it; it is
/// also logged in `hirescore.member_events` with the database user who made it.
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

    /// Who changes the member list or a store setting (``StoreSettings``): the person the audit event names, and
    /// their signing key.
    package struct Author: Sendable {
        /// The acting person, as the audit log names them (their registered key's name in a signed store).
        package var actor: String
        /// Their signing key, which signs the event once the store has a key list.
        package var signer: SigningKey?

        /// Creates an author.
        package init(actor: String, signer: SigningKey?) {
            self.actor = actor
            self.signer = signer
        }
    }

    /// Grants `role` to the existing database user `user`, replacing any store role they had, and logs the
    /// signed `member-grant` event by `author`, all in one transaction.
    package static func grant(
        _ role: StoreRole, to user: String, interviewerID: String?, by author: Author, in database: StoreDatabase
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
            if StoreRole.isGroupRole(user) {
                throw StoreDatabaseError(message: PostgresStoreMessages.groupRoleIsNoMember(user))
            }
            // The store's own group roles (schema version 12): the server-wide ones and other stores' are untouched.
            let store = try await storeID(of: database)
            for other in StoreRole.allCases where other != role {
                try await database.executeFormatted("REVOKE %I FROM %I", other.databaseRole(inStore: store), user)
            }
            try await database.executeFormatted("GRANT %I TO %I", role.databaseRole(inStore: store), user)
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
            let member = Member(user: user, role: role, interviewerID: interviewerID)
            try await log(AuditLog.EventKind.memberGrant, member, by: author, in: database)
            return member
        }
    }

    /// Takes the store role away from `user`: the database refuses them from then on (they keep their login,
    /// which the administrator drops with `DROP ROLE`), and logs the signed `member-revoke` event by `author`, in
    /// one transaction. Returns the membership that ended.
    package static func revoke(
        _ user: String, by author: Author, in database: StoreDatabase
    ) async throws(StoreDatabaseError) -> Member {
        try await SchemaMigrator.requireCompatible(database)
        return try await database.transaction { database throws(StoreDatabaseError) -> Member in
            let removed = try await database.query(
                "DELETE FROM hirescore.members WHERE db_role = \(user) RETURNING role, interviewer_id")
            guard let row = removed.first, let (name, id) = try? row.decode((String, String?).self),
                let role = StoreRole(rawValue: name)
            else {
                throw StoreDatabaseError(message: PostgresStoreMessages.notAMember(user))
            }
            let store = try await storeID(of: database)
            for groupRole in StoreRole.allCases {
                try await database.executeFormatted("REVOKE %I FROM %I", groupRole.databaseRole(inStore: store), user)
            }
            try await database.query(
                "INSERT INTO hirescore.member_events (action, subject, detail) VALUES ('revoke', \(user), \(name))")
            let member = Member(user: user, role: role, interviewerID: id)
            try await log(AuditLog.EventKind.memberRevoke, member, by: author, in: database)
            return member
        }
    }

    /// The store's id (schema version 12), which names its group roles (``StoreRole/databaseRole(inStore:)``).
    package static func storeID(of database: StoreDatabase) async throws(StoreDatabaseError) -> String {
        let rows = try await database.query("SELECT id FROM hirescore.store_identity")
        guard let id = rows.first.flatMap({ try? $0.decode(String.self) }) else {
            throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.store_identity"))
        }
        return id
    }

    /// Appends the audit event `kind` for `member`'s change: the database user, the role, the interviewer id, and
    /// the database user who made the change (`session_user`).
    static func log(
        _ kind: String, _ member: Member, by author: Author, in database: StoreDatabase
    ) async throws(StoreDatabaseError) {
        let rows = try await database.query("SELECT session_user::text")
        var details = ["database-user": member.user, "role": member.role.rawValue]
        details["interviewer-id"] = member.interviewerID
        details[kind == AuditLog.EventKind.memberGrant ? "granted-by" : "revoked-by"] =
            rows.first.flatMap { try? $0.decode(String.self) } ?? database.settings.user
        _ = try await DatabaseAuditLog.append(
            AuditLog.Event(event: kind, actor: author.actor, details: details), signer: author.signer, in: database)
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
