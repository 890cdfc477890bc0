extension StoreSchema {
    /// Version 10: `keys countersign` on a database store. A submitted card's row stays the one row of that card:
    /// its interviewer writes the `signature:` line into it once, in the transaction that appends the signed
    /// `countersign` event naming it, so the row's bytes are the bytes the folder store holds after countersigning
    /// (a card copied out verifies as a file, and `store copy` keeps every byte both ways).
    ///
    /// - The trigger that keeps submitted cards unchanged lets an update through when it adds exactly one
    ///   `signature:` line (and changes nothing else but the retention date) to a card that has none, made by the
    ///   card's own interviewer, with a `countersign` event in the audit log for that card's place, seal and
    ///   signature. A signed card's signature is never replaced; everything else is refused as before.
    /// - A `countersign` event appended by a member names only submitted cards of the member's own interviewer id
    ///   that are not signed yet (a trigger on the audit log): another interviewer's countersignature, or a second
    ///   one, is refused before any card is touched. The owner (a store copy) appends the log as it is.
    static let version10: [String] = [
        // The audit line as a JSON object; NULL for a line that is not JSON.
        """
        CREATE FUNCTION hirescore.audit_json(line bytea) RETURNS jsonb
          LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
          AS $$ BEGIN
            RETURN convert_from(line, 'UTF8')::jsonb;
          EXCEPTION WHEN others THEN
            RETURN NULL;
          END $$
        """,
        // The values of a card's `signature:` lines (none: an empty array); NULL for bytes that are not UTF-8 text.
        """
        CREATE FUNCTION hirescore.card_signatures(card bytea) RETURNS text[]
          LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
          AS $$ BEGIN
            RETURN ARRAY(SELECT m[1] FROM regexp_matches(convert_from(card, 'UTF8'), '^signature: ([^\\n]*)$', 'gn') m);
          EXCEPTION WHEN others THEN
            RETURN NULL;
          END $$
        """,
        // A card's text (from ``without_retention``) without its `signature:` lines.
        """
        CREATE FUNCTION hirescore.without_signature(card text) RETURNS text
          LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
          AS $$ SELECT regexp_replace(card, '^signature: [^\\n]*\\n', '', 'gn') $$
        """,
        // Whether the audit log holds a `countersign` event for the card at `path` with `seal` and `signature`.
        """
        CREATE FUNCTION hirescore.countersign_logged(path text, seal text, signature text) RETURNS boolean
          LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
          AS $$ SELECT EXISTS (SELECT 1 FROM hirescore.audit_lines
            WHERE hirescore.audit_event(content) = 'countersign'
              AND hirescore.audit_json(content) @> jsonb_build_object(
                'files', jsonb_build_array(jsonb_build_object('path', path, 'seal', seal)),
                'details', jsonb_build_object('signature', signature))) $$
        """,
        // A submitted card never changes, except for its retention date and its interviewer's countersignature.
        """
        CREATE OR REPLACE FUNCTION hirescore.refuse_changing_submitted() RETURNS trigger
          LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
          AS $$ DECLARE
            same_card boolean;
            old_signatures text[];
            new_signatures text[];
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
                RAISE EXCEPTION 'scorecard %/%/% is signed already; its signature is never replaced',
                  OLD.requisition, OLD.candidate, OLD.file_name USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF hirescore.interviewer_of(current_user) IS DISTINCT FROM OLD.interviewer_id THEN
                RAISE EXCEPTION 'scorecard %/%/% is countersigned by its own interviewer only',
                  OLD.requisition, OLD.candidate, OLD.file_name USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NOT hirescore.countersign_logged(OLD.requisition || '/' || OLD.candidate || '/' || OLD.file_name,
                  OLD.seal, new_signatures[1]) THEN
                RAISE EXCEPTION 'scorecard %/%/% is countersigned only with its countersign event in the audit log',
                  OLD.requisition, OLD.candidate, OLD.file_name USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END IF;
            RAISE EXCEPTION 'scorecard %/%/% is submitted and is never changed; an amendment is a new scorecard',
              OLD.requisition, OLD.candidate, OLD.file_name USING ERRCODE = 'insufficient_privilege';
          END $$
        """,
        // A member's `countersign` event names submitted, unsigned cards of the member's own interviewer id.
        """
        CREATE FUNCTION hirescore.check_countersign_event() RETURNS trigger
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
                USING ERRCODE = 'integrity_constraint_violation';
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
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF coalesce(cardinality(hirescore.card_signatures(card_content)), 1) <> 0 THEN
                RAISE EXCEPTION 'scorecard % is signed already; its signature is never replaced', named ->> 'path'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
            END LOOP;
            RETURN NEW;
          END $$
        """,
        """
        CREATE TRIGGER countersign_events_name_own_unsigned_cards BEFORE INSERT ON hirescore.audit_lines
          FOR EACH ROW EXECUTE FUNCTION hirescore.check_countersign_event()
        """,
        "ALTER FUNCTION hirescore.audit_json(bytea) OWNER TO hirescore_owner",
        "ALTER FUNCTION hirescore.card_signatures(bytea) OWNER TO hirescore_owner",
        "ALTER FUNCTION hirescore.without_signature(text) OWNER TO hirescore_owner",
        "ALTER FUNCTION hirescore.countersign_logged(text, text, text) OWNER TO hirescore_owner",
        "ALTER FUNCTION hirescore.check_countersign_event() OWNER TO hirescore_owner",
    ]
}
