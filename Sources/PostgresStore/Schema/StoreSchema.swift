/// The schema of a shared store as numbered migrations; ``SchemaMigrator`` applies the missing ones.
///
/// Each migration runs in one transaction together with its row in `hirescore.schema_version`, so a
/// store is always at a whole version. A migration is never edited once released: a change is a new one.
///
/// What the database holds, so that a card or a log copied out of it verifies as a file:
/// - `scorecards`: each card's exact YAML bytes, with its place (requisition, candidate, file name), the
///   interviewer id it belongs to (the file name without `.yaml`), its status and seal;
/// - `audit_lines`: the audit log, one row per line with its exact bytes (its newline included);
/// - `files`: every other file of a store folder (`.hirescore/settings.json`, holds, decisions,
///   reports kept beside the cards), by path;
/// - `members`: which database user has which store role, and an interviewer's id;
/// - `settings`: the store's settings (``StoreSettings``);
/// - `member_events`: who granted or revoked which member's role, and who changed a setting, when;
/// - `drafts`: each interviewer's drafts with their revision counters, readable only by their interviewer;
/// - from version 6, `scorecards.amends`: an amended card is a new row naming the row it supersedes;
/// - from version 10, a submitted card's row takes its interviewer's countersignature (`signature:` line) once;
/// - from version 11, each trigger's refusal names its rule (``DatabaseRefusal``), so the client words it;
/// - from version 12, `store_identity`: the store's id, which names its own group roles
///   (``StoreRole/databaseRole(inStore:)``); the server-wide roles of versions 1 to 11 keep no privilege in it.
package enum StoreSchema {
    /// One step of the schema.
    package struct Migration: Sendable {
        /// The version the store has after this migration.
        package var version: Int
        /// What it does, recorded with the version.
        package var name: String
        /// The statements, run in order in one transaction.
        package var statements: [String]

        /// Creates a migration.
        package init(version: Int, name: String, statements: [String]) {
            self.version = version
            self.name = name
            self.statements = statements
        }
    }

    /// The schema version this binary writes and reads.
    package static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// Every migration, in order.
    package static let migrations: [Migration] = [
        Migration(version: 1, name: "tables, roles and row-level security", statements: version1),
        Migration(
            version: 2, name: "record-changing events by role, retention dates on submitted cards", statements: version2
        ),
        Migration(
            version: 3, name: "store settings (colleagues' cards), the log of member changes", statements: version3),
        Migration(version: 4, name: "interviewers' drafts with revisions", statements: version4),
        Migration(version: 5, name: "key registrations and revocations by HR roles only", statements: version5),
        Migration(version: 6, name: "amendments as new rows beside the cards they supersede", statements: version6),
        Migration(
            version: 7, name: "member grants and revocations as audit events, by HR roles only", statements: version7),
        Migration(version: 8, name: "colleagues' cards per rubric", statements: version8),
        Migration(
            version: 9, name: "store setting changes as audit events, by HR roles only", statements: version9),
        Migration(
            version: 10, name: "countersignatures written into submitted cards by their own interviewers",
            statements: version10),
        Migration(
            version: 11, name: "refusals with identities the client words in the user's language",
            statements: version11),
        Migration(
            version: 12, name: "group roles of the store's own instead of the whole server's", statements: version12),
    ]

    static let groupRoles = StoreRole.allCases.map(\.databaseRole)
    static let memberRoles = "hirescore_interviewer, hirescore_recruiter, hirescore_dpo"

    private static let version1: [String] =
        groupRoles.map { role in
            """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '\(role)') THEN
                CREATE ROLE \(role) NOLOGIN;
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
              NULL; -- created by another store's init at the same moment (roles belong to the whole server)
            END $$
            """
        } + [
            "CREATE SCHEMA hirescore AUTHORIZATION hirescore_owner",
            "GRANT USAGE ON SCHEMA hirescore TO \(memberRoles)",
            """
            CREATE TABLE hirescore.schema_version (
              version integer PRIMARY KEY,
              name text NOT NULL,
              binary_version text NOT NULL,
              applied_at timestamptz NOT NULL DEFAULT now(),
              applied_by name NOT NULL DEFAULT session_user)
            """,
            "GRANT SELECT ON hirescore.schema_version TO \(memberRoles)",
            """
            CREATE TABLE hirescore.members (
              db_role name PRIMARY KEY,
              role text NOT NULL CHECK (role IN ('interviewer', 'recruiter', 'data-protection-officer', 'owner')),
              interviewer_id text CHECK (interviewer_id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
              granted_at timestamptz NOT NULL DEFAULT now(),
              CHECK ((role = 'interviewer') = (interviewer_id IS NOT NULL)))
            """,
            """
            CREATE TABLE hirescore.scorecards (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              requisition text NOT NULL,
              candidate text NOT NULL,
              file_name text NOT NULL,
              interviewer_id text NOT NULL,
              status text NOT NULL CHECK (status IN ('draft', 'submitted')),
              seal text CHECK (status = 'draft' OR seal IS NOT NULL),
              content bytea NOT NULL,
              written_at timestamptz NOT NULL DEFAULT now(),
              written_by name NOT NULL DEFAULT current_user,
              UNIQUE (requisition, candidate, file_name))
            """,
            """
            CREATE TABLE hirescore.audit_lines (
              line_number integer PRIMARY KEY CHECK (line_number > 0),
              content bytea NOT NULL,
              written_by name NOT NULL DEFAULT current_user)
            """,
            """
            CREATE TABLE hirescore.files (
              path text PRIMARY KEY,
              content bytea NOT NULL)
            """,
            // Functions the policies call: they read as the owner what the caller may not read directly.
            """
            CREATE FUNCTION hirescore.interviewer_of(member name) RETURNS text
              LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
              AS $$ SELECT interviewer_id FROM hirescore.members WHERE db_role = member AND role = 'interviewer' $$
            """,
            """
            CREATE FUNCTION hirescore.has_submitted(req text, cand text, interviewer text) RETURNS boolean
              LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
              AS $$ SELECT EXISTS (SELECT 1 FROM hirescore.scorecards
                WHERE requisition = req AND candidate = cand AND interviewer_id = interviewer
                  AND status = 'submitted') $$
            """,
            // A submitted card is never changed, by anyone: an amendment is a new row.
            """
            CREATE FUNCTION hirescore.refuse_changing_submitted() RETURNS trigger
              LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
              AS $$ BEGIN
                IF OLD.status = 'submitted' THEN
                  RAISE EXCEPTION 'scorecard %/%/% is submitted and is never changed; an amendment is a new scorecard',
                    OLD.requisition, OLD.candidate, OLD.file_name USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
              END $$
            """,
            """
            CREATE TRIGGER submitted_cards_never_change BEFORE UPDATE ON hirescore.scorecards
              FOR EACH ROW EXECUTE FUNCTION hirescore.refuse_changing_submitted()
            """,
            // The audit log grows by one line at the end, never with a gap.
            """
            CREATE FUNCTION hirescore.append_only() RETURNS trigger
              LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
              AS $$ BEGIN
                IF NEW.line_number <> (SELECT coalesce(max(line_number), 0) + 1 FROM hirescore.audit_lines) THEN
                  RAISE EXCEPTION 'audit line % is not the next line of the log', NEW.line_number
                    USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
              END $$
            """,
            """
            CREATE TRIGGER audit_lines_append_only BEFORE INSERT ON hirescore.audit_lines
              FOR EACH ROW EXECUTE FUNCTION hirescore.append_only()
            """,
            "ALTER TABLE hirescore.schema_version OWNER TO hirescore_owner",
            "ALTER TABLE hirescore.members OWNER TO hirescore_owner",
            "ALTER TABLE hirescore.scorecards OWNER TO hirescore_owner",
            "ALTER TABLE hirescore.audit_lines OWNER TO hirescore_owner",
            "ALTER TABLE hirescore.files OWNER TO hirescore_owner",
            "ALTER FUNCTION hirescore.interviewer_of(name) OWNER TO hirescore_owner",
            "ALTER FUNCTION hirescore.has_submitted(text, text, text) OWNER TO hirescore_owner",
            "ALTER FUNCTION hirescore.refuse_changing_submitted() OWNER TO hirescore_owner",
            "ALTER FUNCTION hirescore.append_only() OWNER TO hirescore_owner",
            "REVOKE ALL ON FUNCTION hirescore.interviewer_of(name) FROM PUBLIC",
            "REVOKE ALL ON FUNCTION hirescore.has_submitted(text, text, text) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION hirescore.interviewer_of(name) TO \(memberRoles)",
            "GRANT EXECUTE ON FUNCTION hirescore.has_submitted(text, text, text) TO \(memberRoles)",
            // Row-level security, forced on the owner too (the owner's own policies let it see everything).
            "ALTER TABLE hirescore.scorecards ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE hirescore.scorecards FORCE ROW LEVEL SECURITY",
            "CREATE POLICY owner_all ON hirescore.scorecards TO hirescore_owner USING (true) WITH CHECK (true)",
            """
            CREATE POLICY interviewer_reads ON hirescore.scorecards FOR SELECT TO hirescore_interviewer
              USING (interviewer_id = hirescore.interviewer_of(current_user)
                OR (status = 'submitted'
                  AND hirescore.has_submitted(requisition, candidate, hirescore.interviewer_of(current_user))))
            """,
            """
            CREATE POLICY interviewer_writes ON hirescore.scorecards FOR INSERT TO hirescore_interviewer
              WITH CHECK (interviewer_id = hirescore.interviewer_of(current_user))
            """,
            """
            CREATE POLICY interviewer_updates ON hirescore.scorecards FOR UPDATE TO hirescore_interviewer
              USING (interviewer_id = hirescore.interviewer_of(current_user))
              WITH CHECK (interviewer_id = hirescore.interviewer_of(current_user))
            """,
            """
            CREATE POLICY recruiter_reads ON hirescore.scorecards FOR SELECT TO hirescore_recruiter
              USING (status = 'submitted')
            """,
            "CREATE POLICY dpo_reads ON hirescore.scorecards FOR SELECT TO hirescore_dpo USING (true)",
            "CREATE POLICY dpo_purges ON hirescore.scorecards FOR DELETE TO hirescore_dpo USING (true)",
            "GRANT SELECT, INSERT, UPDATE ON hirescore.scorecards TO hirescore_interviewer",
            "GRANT SELECT ON hirescore.scorecards TO hirescore_recruiter",
            "GRANT SELECT, DELETE ON hirescore.scorecards TO hirescore_dpo",
            // The audit log: everyone reads (the chain is checked from it) and appends; no one but the owner
            // updates or deletes a line.
            "GRANT SELECT, INSERT ON hirescore.audit_lines TO \(memberRoles)",
            // The other files (settings, holds, decisions): the recruiter and the officer; only the officer deletes.
            "GRANT SELECT, INSERT, UPDATE ON hirescore.files TO hirescore_recruiter",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON hirescore.files TO hirescore_dpo",
        ]

    /// The events only some roles may log: the database refuses the others' audit lines, so the command that
    /// logs one (`decide`, `hold`, `release`, `purge`, `export`, `keys register`, `keys revoke`, `store grant`,
    /// `store revoke`, `store init --colleagues-cards`) is refused with it, in the same transaction.
    package static let eventsByRole: [(events: [String], roles: [StoreRole])] =
        version2EventsByRole + version5EventsByRole + version7EventsByRole + version9EventsByRole

    /// The events by role as version 2 set them (a released migration: never changed).
    static let version2EventsByRole: [(events: [String], roles: [StoreRole])] = [
        (["merge", "decision", "knock-out-override"], [.recruiter, .owner]),
        (["hold", "release"], [.recruiter, .dataProtectionOfficer, .owner]),
        (["purge", "export"], [.dataProtectionOfficer, .owner]),
    ]

    /// The events a member role may not log, as an SQL list.
    static func forbiddenEvents(
        for role: StoreRole, in list: [(events: [String], roles: [StoreRole])] = eventsByRole
    ) -> String {
        list.filter { !$0.roles.contains(role) }.flatMap(\.events).map { "'\($0)'" }
            .joined(separator: ", ")
    }

    private static let version2: [String] =
        [
            // The kind of an audit line's event; NULL for a line that is not a JSON object with one.
            """
            CREATE FUNCTION hirescore.audit_event(line bytea) RETURNS text
              LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
              AS $$ BEGIN
                RETURN convert_from(line, 'UTF8')::jsonb ->> 'event';
              EXCEPTION WHEN others THEN
                RETURN NULL;
              END $$
            """,
            // A card's text without its retention date (the one line `decide` writes into a submitted card); NULL
            // for bytes that are not UTF-8 text.
            """
            CREATE FUNCTION hirescore.without_retention(card bytea) RETURNS text
              LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
              AS $$ BEGIN
                RETURN regexp_replace(convert_from(card, 'UTF8'), '^retain-until: [0-9]{4}-[0-9]{2}-[0-9]{2}\n', '', 'gn');
              EXCEPTION WHEN others THEN
                RETURN NULL;
              END $$
            """,
            // A submitted card still never changes, except for its retention date: same place, seal and bytes
            // but for the `retain-until:` line.
            """
            CREATE OR REPLACE FUNCTION hirescore.refuse_changing_submitted() RETURNS trigger
              LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
              AS $$ BEGIN
                IF OLD.status = 'submitted' AND NOT coalesce(
                    NEW.status = 'submitted' AND NEW.seal = OLD.seal AND NEW.requisition = OLD.requisition
                    AND NEW.candidate = OLD.candidate AND NEW.file_name = OLD.file_name
                    AND NEW.interviewer_id = OLD.interviewer_id
                    AND hirescore.without_retention(NEW.content) = hirescore.without_retention(OLD.content), false)
                THEN
                  RAISE EXCEPTION 'scorecard %/%/% is submitted and is never changed; an amendment is a new scorecard',
                    OLD.requisition, OLD.candidate, OLD.file_name USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
              END $$
            """,
            // The places of a candidate's drafts, for the recruiter, who reads no drafts but must not decide while
            // an interviewer has not submitted (the file store's merge refuses drafts).
            """
            CREATE FUNCTION hirescore.unsubmitted_cards(req text, cand text) RETURNS SETOF text
              LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
              AS $$ SELECT file_name FROM hirescore.scorecards
                WHERE requisition = req AND candidate = cand AND status = 'draft' ORDER BY file_name $$
            """,
            "ALTER FUNCTION hirescore.unsubmitted_cards(text, text) OWNER TO hirescore_owner",
            "REVOKE ALL ON FUNCTION hirescore.unsubmitted_cards(text, text) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION hirescore.unsubmitted_cards(text, text) TO hirescore_recruiter",
            "ALTER FUNCTION hirescore.audit_event(bytea) OWNER TO hirescore_owner",
            "ALTER FUNCTION hirescore.without_retention(bytea) OWNER TO hirescore_owner",
            // The recruiter writes the retention date into the submitted cards a decision names.
            "GRANT UPDATE (content) ON hirescore.scorecards TO hirescore_recruiter",
            """
            CREATE POLICY recruiter_retention ON hirescore.scorecards FOR UPDATE TO hirescore_recruiter
              USING (status = 'submitted') WITH CHECK (status = 'submitted')
            """,
            // The audit log: every member reads it; each appends only the events of its role.
            "ALTER TABLE hirescore.audit_lines ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE hirescore.audit_lines FORCE ROW LEVEL SECURITY",
            "CREATE POLICY owner_all ON hirescore.audit_lines TO hirescore_owner USING (true) WITH CHECK (true)",
            "CREATE POLICY members_read ON hirescore.audit_lines FOR SELECT TO \(memberRoles) USING (true)",
        ]
        + [StoreRole.interviewer, .recruiter, .dataProtectionOfficer].map { role in
            """
            CREATE POLICY \(role.databaseRole)_appends ON hirescore.audit_lines FOR INSERT TO \(role.databaseRole)
              WITH CHECK (coalesce(hirescore.audit_event(content), '') NOT IN (\(forbiddenEvents(for: role, in: version2EventsByRole))))
            """
        }
}
