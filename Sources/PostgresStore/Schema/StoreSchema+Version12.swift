extension StoreSchema {
    /// Version 12: a store's four roles belong to that store (that database), not to the whole server.
    ///
    /// Before, the group roles `hirescore_interviewer`, `hirescore_recruiter`, `hirescore_dpo` and
    /// `hirescore_owner` were the same in every database of a server: a recruiter of one store was a recruiter in
    /// every other store of the server they could connect to, and `store revoke` in one store took the role away in
    /// all of them. Version 12 gives each store its own id (`hirescore.store_identity`, 12 random hexadecimal
    /// digits) and its own group roles named after it (``StoreRole/databaseRole(inStore:)``:
    /// `hirescore_<id>_interviewer`, `_recruiter`, `_dpo`, `_owner`, each `NOLOGIN` and described by a comment that
    /// names the database), and moves everything to them in the same transaction: the ownership of the schema, its
    /// tables, sequences and functions; every grant on them (tables, columns, functions, the schema); every
    /// row-level security policy; the role names written into function bodies; and each member of the store's own
    /// member list (`hirescore.members`) is granted the new role of their store role, so they keep exactly their
    /// access. The server-wide roles keep no privilege in this database, and nobody's membership in them is touched
    /// (other stores of the server that are not upgraded yet still use them).
    ///
    /// Why per-store roles rather than checking the member list in every policy: a server-wide role cannot be
    /// taken away in one store only (`REVOKE` is for the whole server), and the owner role owns the tables, which
    /// no policy can restrict. With roles of its own, the database refuses a member of another store everything
    /// (no `USAGE` on the schema) by its grants alone.
    static let version12: [String] = [
        """
        CREATE TABLE hirescore.store_identity (
          single boolean PRIMARY KEY DEFAULT true CHECK (single),
          id text NOT NULL CHECK (id ~ '^[0-9a-f]{12}$'),
          created_at timestamptz NOT NULL DEFAULT now())
        """,
        "INSERT INTO hirescore.store_identity (id) VALUES (substr(replace(gen_random_uuid()::text, '-', ''), 1, 12))",
        // Owned and granted as every table was, so that the step below moves it with them: members read the id.
        "ALTER TABLE hirescore.store_identity OWNER TO hirescore_owner",
        "GRANT SELECT ON hirescore.store_identity TO \(memberRoles)",
        """
        DO $$ DECLARE
          store text := (SELECT id FROM hirescore.store_identity);
          server_wide text[] := ARRAY['hirescore_interviewer', 'hirescore_recruiter', 'hirescore_dpo',
            'hirescore_owner'];
          suffixes text[] := ARRAY['interviewer', 'recruiter', 'dpo', 'owner'];
          store_roles text[] := ARRAY['interviewer', 'recruiter', 'data-protection-officer', 'owner'];
          old_oids oid[];
          new_names text[];
          owner_name text;
          item record;
          roles text;
          definition text;
        BEGIN
          FOR i IN 1..4 LOOP
            new_names[i] := 'hirescore_' || store || '_' || suffixes[i];
            -- Never an existing role: no one can have been made a member beforehand.
            EXECUTE format('CREATE ROLE %I NOLOGIN', new_names[i]);
            EXECUTE format('COMMENT ON ROLE %I IS %L', new_names[i],
              format('HireScore store %s (database %s): %s', store, current_database(), store_roles[i]));
            old_oids[i] := (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = server_wide[i]);
          END LOOP;
          owner_name := new_names[4];
          -- Ownership: the schema, then every table (with its identity sequences and row types), sequence and
          -- function in it that the server-wide owner owned.
          EXECUTE format('ALTER SCHEMA hirescore OWNER TO %I', owner_name);
          FOR item IN SELECT c.oid::regclass AS name, c.relkind FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'hirescore' AND c.relowner = old_oids[4] AND c.relkind IN ('r', 'p', 'S')
              ORDER BY c.relkind DESC LOOP
            IF item.relkind = 'S' THEN
              -- A sequence a table owns moved with its table.
              CONTINUE WHEN (SELECT relowner FROM pg_catalog.pg_class WHERE oid = item.name) <> old_oids[4];
              EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', item.name, owner_name);
            ELSE
              EXECUTE format('ALTER TABLE %s OWNER TO %I', item.name, owner_name);
            END IF;
          END LOOP;
          FOR item IN SELECT p.oid::regprocedure AS name FROM pg_catalog.pg_proc p
              JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'hirescore' AND p.proowner = old_oids[4] LOOP
            EXECUTE format('ALTER FUNCTION %s OWNER TO %I', item.name, owner_name);
          END LOOP;
          -- Grants of the member roles: on the schema, tables and sequences, columns, and functions.
          FOR item IN SELECT a.grantee, a.privilege_type, a.is_grantable
              FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a
              WHERE n.nspname = 'hirescore' AND a.grantee = ANY (old_oids) LOOP
            EXECUTE format('GRANT %s ON SCHEMA hirescore TO %I', item.privilege_type,
              new_names[array_position(old_oids, item.grantee)]);
            EXECUTE format('REVOKE %s ON SCHEMA hirescore FROM %I', item.privilege_type,
              server_wide[array_position(old_oids, item.grantee)]);
          END LOOP;
          FOR item IN SELECT c.oid::regclass AS name, c.relkind, a.grantee, a.privilege_type
              FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace,
                aclexplode(c.relacl) a
              WHERE n.nspname = 'hirescore' AND a.grantee = ANY (old_oids) LOOP
            EXECUTE format('GRANT %s ON %s %s TO %I', item.privilege_type,
              CASE item.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, item.name,
              new_names[array_position(old_oids, item.grantee)]);
            EXECUTE format('REVOKE %s ON %s %s FROM %I', item.privilege_type,
              CASE item.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, item.name,
              server_wide[array_position(old_oids, item.grantee)]);
          END LOOP;
          FOR item IN SELECT t.attrelid::regclass AS name, t.attname, a.grantee, a.privilege_type
              FROM pg_catalog.pg_attribute t JOIN pg_catalog.pg_class c ON c.oid = t.attrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace, aclexplode(t.attacl) a
              WHERE n.nspname = 'hirescore' AND a.grantee = ANY (old_oids) LOOP
            EXECUTE format('GRANT %s (%I) ON TABLE %s TO %I', item.privilege_type, item.attname, item.name,
              new_names[array_position(old_oids, item.grantee)]);
            EXECUTE format('REVOKE %s (%I) ON TABLE %s FROM %I', item.privilege_type, item.attname, item.name,
              server_wide[array_position(old_oids, item.grantee)]);
          END LOOP;
          FOR item IN SELECT p.oid::regprocedure AS name, a.grantee, a.privilege_type
              FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace,
                aclexplode(p.proacl) a
              WHERE n.nspname = 'hirescore' AND a.grantee = ANY (old_oids) LOOP
            EXECUTE format('GRANT %s ON FUNCTION %s TO %I', item.privilege_type, item.name,
              new_names[array_position(old_oids, item.grantee)]);
            EXECUTE format('REVOKE %s ON FUNCTION %s FROM %I', item.privilege_type, item.name,
              server_wide[array_position(old_oids, item.grantee)]);
          END LOOP;
          -- Every policy names the store's own roles instead.
          FOR item IN SELECT pol.polname, pol.polrelid::regclass AS name, pol.polroles
              FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'hirescore' AND pol.polroles && old_oids LOOP
            roles := (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC'
                WHEN r = ANY (old_oids) THEN quote_ident(new_names[array_position(old_oids, r)])
                ELSE quote_ident(pg_catalog.pg_get_userbyid(r)) END, ', ')
              FROM unnest(item.polroles) r);
            EXECUTE format('ALTER POLICY %I ON %s TO %s', item.polname, item.name, roles);
          END LOOP;
          -- A function that names a server-wide role (the owner's countersign events) names the store's own.
          FOR item IN SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'hirescore' AND p.prosrc ~ '''hirescore_(interviewer|recruiter|dpo|owner)''' LOOP
            definition := pg_catalog.pg_get_functiondef(item.oid);
            FOR i IN 1..4 LOOP
              definition := replace(definition, quote_literal(server_wide[i]), quote_literal(new_names[i]));
            END LOOP;
            EXECUTE definition;
          END LOOP;
          -- The store's members keep their access, through the store's own roles.
          FOR item IN SELECT m.db_role, m.role FROM hirescore.members m
              WHERE EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.rolname = m.db_role) LOOP
            EXECUTE format('GRANT %I TO %I', new_names[array_position(store_roles, item.role)], item.db_role);
          END LOOP;
        END $$
        """,
    ]
}
