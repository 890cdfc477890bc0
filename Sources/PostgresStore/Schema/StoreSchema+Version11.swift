extension StoreSchema {
    /// Version 11: every refusal a trigger gives carries a stable identity the client maps to a message in the
    /// user's language (``DatabaseRefusal``), beside the English text a `psql` user reads as before.
    ///
    /// The identity is the error's constraint-name field (`hirescore:submitted-card-unchanged`, ...), and the card's
    /// place (`requisition/candidate/file`) or the audit line's number is its `DETAIL`; the error's table and schema
    /// fields name the table. The SQLSTATEs stay (`42501` for a rule on who may do what, `23000` for a broken link
    /// or line): a client that knows nothing of HireScore still sees a permission or an integrity error. Why the
    /// constraint field and not `HINT` or a SQLSTATE class of its own: the field is the one PostgreSQL has for
    /// "which rule refused this", it is structured (never translated by the server's `lc_messages`), `psql` shows
    /// it only in verbose mode, so a person reading a refusal sees no code in place of a hint, and the SQLSTATEs
    /// that tools and tests rely on keep their meaning. The rules themselves are those of versions 6 and 10.
    static let version11: [String] = [
        // Version 10's rule for submitted cards, with identities.
        """
        CREATE OR REPLACE FUNCTION hirescore.refuse_changing_submitted() RETURNS trigger
          LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
          AS $$ DECLARE
            same_card boolean;
            old_signatures text[];
            new_signatures text[];
            place text := OLD.requisition || '/' || OLD.candidate || '/' || OLD.file_name;
          BEGIN
            IF OLD.status <> 'submitted' THEN
              RETURN NEW;
            END IF;
            same_card := coalesce(NEW.status = 'submitted' AND NEW.seal = OLD.seal
              AND NEW.requisition = OLD.requisition AND NEW.candidate = OLD.candidate
              AND NEW.file_name = OLD.file_name AND NEW.interviewer_id = OLD.interviewer_id, false);
            IF same_card AND coalesce(
                hirescore.without_retention(NEW.content) = hirescore.without_retention(OLD.content), false) THEN
              RETURN NEW;
            END IF;
            old_signatures := hirescore.card_signatures(OLD.content);
            new_signatures := hirescore.card_signatures(NEW.content);
            IF same_card AND cardinality(new_signatures) = 1 AND new_signatures IS DISTINCT FROM old_signatures
                AND coalesce(hirescore.without_signature(hirescore.without_retention(NEW.content))
                  = hirescore.without_signature(hirescore.without_retention(OLD.content)), false) THEN
              IF coalesce(cardinality(old_signatures), 1) <> 0 THEN
                RAISE EXCEPTION 'scorecard % is signed already; its signature is never replaced', place
                  USING ERRCODE = 'insufficient_privilege', DETAIL = place,
                    CONSTRAINT = 'hirescore:signature-never-replaced', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
              END IF;
              IF hirescore.interviewer_of(current_user) IS DISTINCT FROM OLD.interviewer_id THEN
                RAISE EXCEPTION 'scorecard % is countersigned by its own interviewer only', place
                  USING ERRCODE = 'insufficient_privilege', DETAIL = place,
                    CONSTRAINT = 'hirescore:countersigned-by-own-interviewer', TABLE = TG_TABLE_NAME,
                    SCHEMA = TG_TABLE_SCHEMA;
              END IF;
              IF NOT hirescore.countersign_logged(place, OLD.seal, new_signatures[1]) THEN
                RAISE EXCEPTION 'scorecard % is countersigned only with its countersign event in the audit log', place
                  USING ERRCODE = 'insufficient_privilege', DETAIL = place,
                    CONSTRAINT = 'hirescore:countersign-event-needed', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
              END IF;
              RETURN NEW;
            END IF;
            RAISE EXCEPTION 'scorecard % is submitted and is never changed; an amendment is a new scorecard', place
              USING ERRCODE = 'insufficient_privilege', DETAIL = place,
                CONSTRAINT = 'hirescore:submitted-card-unchanged', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
          END $$
        """,
        // Version 1's rule for the audit log, with its identity.
        """
        CREATE OR REPLACE FUNCTION hirescore.append_only() RETURNS trigger
          LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
          AS $$ BEGIN
            IF NEW.line_number <> (SELECT coalesce(max(line_number), 0) + 1 FROM hirescore.audit_lines) THEN
              RAISE EXCEPTION 'audit line % is not the next line of the log', NEW.line_number
                USING ERRCODE = 'integrity_constraint_violation', DETAIL = NEW.line_number::text,
                  CONSTRAINT = 'hirescore:audit-line-not-next', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
            END IF;
            RETURN NEW;
          END $$
        """,
        // Version 6's rule for amendments, with identities.
        """
        CREATE OR REPLACE FUNCTION hirescore.check_amendment() RETURNS trigger
          LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
          AS $$ DECLARE
            amended hirescore.scorecards%ROWTYPE;
            place text;
          BEGIN
            IF TG_OP = 'UPDATE' AND NEW.amends IS DISTINCT FROM OLD.amends THEN
              place := OLD.requisition || '/' || OLD.candidate || '/' || OLD.file_name;
              RAISE EXCEPTION 'which card scorecard % amends is written once and never changed', place
                USING ERRCODE = 'insufficient_privilege', DETAIL = place,
                  CONSTRAINT = 'hirescore:amended-card-unchanged', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
            END IF;
            IF NEW.amends IS NULL THEN
              RETURN NEW;
            END IF;
            SELECT * INTO amended FROM hirescore.scorecards WHERE id = NEW.amends;
            IF FOUND AND amended.interviewer_id <> NEW.interviewer_id THEN
              place := amended.requisition || '/' || amended.candidate || '/' || amended.file_name;
              RAISE EXCEPTION 'scorecard % is amended by its own interviewer only', place
                USING ERRCODE = 'insufficient_privilege', DETAIL = place,
                  CONSTRAINT = 'hirescore:amended-by-own-interviewer', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
            END IF;
            IF NOT FOUND OR amended.status <> 'submitted' OR NEW.status <> 'submitted' OR NEW.seal IS NULL
                OR NEW.seal = amended.seal OR amended.requisition <> NEW.requisition
                OR amended.candidate <> NEW.candidate OR amended.file_name <> NEW.file_name THEN
              place := NEW.requisition || '/' || NEW.candidate || '/' || NEW.file_name;
              RAISE EXCEPTION 'scorecard % amends no submitted card of its own place and interviewer', place
                USING ERRCODE = 'integrity_constraint_violation', DETAIL = place,
                  CONSTRAINT = 'hirescore:amends-no-submitted-card', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
            END IF;
            RETURN NEW;
          END $$
        """,
        // Version 10's rule for countersign events, with identities.
        """
        CREATE OR REPLACE FUNCTION hirescore.check_countersign_event() RETURNS trigger
          LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
          AS $$ DECLARE
            logged jsonb := hirescore.audit_json(NEW.content);
            named jsonb;
            place text[];
            card_interviewer text;
            card_content bytea;
          BEGIN
            IF coalesce(logged ->> 'event', '') <> 'countersign'
                OR pg_has_role(current_user, 'hirescore_owner', 'MEMBER') THEN
              RETURN NEW;
            END IF;
            IF jsonb_typeof(logged -> 'files') IS DISTINCT FROM 'array' OR jsonb_array_length(logged -> 'files') = 0
            THEN
              RAISE EXCEPTION 'audit line %: a countersign event names the scorecards it signs', NEW.line_number
                USING ERRCODE = 'integrity_constraint_violation', DETAIL = NEW.line_number::text,
                  CONSTRAINT = 'hirescore:countersign-names-no-card', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
            END IF;
            FOR named IN SELECT value FROM jsonb_array_elements(logged -> 'files') LOOP
              place := string_to_array(named ->> 'path', '/');
              card_interviewer := NULL;
              card_content := NULL;
              SELECT s.interviewer_id, s.content INTO card_interviewer, card_content FROM hirescore.scorecards s
                WHERE cardinality(place) = 3 AND s.requisition = place[1] AND s.candidate = place[2]
                  AND s.file_name = place[3] AND s.status = 'submitted' AND s.seal = named ->> 'seal'
                ORDER BY s.id DESC LIMIT 1;
              IF card_interviewer IS NULL OR card_interviewer IS DISTINCT FROM hirescore.interviewer_of(current_user)
              THEN
                RAISE EXCEPTION 'scorecard % is countersigned by its own interviewer only', named ->> 'path'
                  USING ERRCODE = 'insufficient_privilege', DETAIL = coalesce(named ->> 'path', ''),
                    CONSTRAINT = 'hirescore:countersigned-by-own-interviewer', TABLE = TG_TABLE_NAME,
                    SCHEMA = TG_TABLE_SCHEMA;
              END IF;
              IF coalesce(cardinality(hirescore.card_signatures(card_content)), 1) <> 0 THEN
                RAISE EXCEPTION 'scorecard % is signed already; its signature is never replaced', named ->> 'path'
                  USING ERRCODE = 'insufficient_privilege', DETAIL = coalesce(named ->> 'path', ''),
                    CONSTRAINT = 'hirescore:signature-never-replaced', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
              END IF;
            END LOOP;
            RETURN NEW;
          END $$
        """,
    ]
}
