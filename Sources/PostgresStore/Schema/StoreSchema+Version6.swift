extension StoreSchema {
    /// Version 6: amendments as rows. A submitted card is never changed; its interviewer's correction is a new
    /// row at the same place (requisition, candidate, file name) that names the row it amends (`amends`), with its
    /// own exact YAML, seal and signature, written in the transaction that appends its signed `amend` event. The
    /// current card of a place is the row no other row amends; the rows it superseded stay as they were.
    ///
    /// - A place has one first row (the one that amends nothing) and each row at most one amendment, so the
    ///   versions of a card form one line; the amended row must be a submitted card at the same place with the same
    ///   interviewer, and the amendment a sealed, submitted card with another seal (a trigger, for every role).
    /// - Only the card's own interviewer inserts an amendment of it (the interviewers' insert policy); the
    ///   recruiter and the officer insert no cards at all.
    /// - The link is written once, with the row, and never changed; it is checked at the end of the transaction, so
    ///   a purge deletes a card's versions in any order.
    static let version6: [String] = [
        "ALTER TABLE hirescore.scorecards DROP CONSTRAINT scorecards_requisition_candidate_file_name_key",
        """
        ALTER TABLE hirescore.scorecards ADD COLUMN amends bigint UNIQUE
          REFERENCES hirescore.scorecards (id) DEFERRABLE INITIALLY DEFERRED
        """,
        """
        CREATE UNIQUE INDEX scorecards_first_at_place ON hirescore.scorecards (requisition, candidate, file_name)
          WHERE amends IS NULL
        """,
        // The interviewer id of the submitted card `card` (read as the owner: policies call it).
        """
        CREATE FUNCTION hirescore.submitted_card_interviewer(card bigint) RETURNS text
          LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
          AS $$ SELECT interviewer_id FROM hirescore.scorecards WHERE id = card AND status = 'submitted' $$
        """,
        "ALTER FUNCTION hirescore.submitted_card_interviewer(bigint) OWNER TO hirescore_owner",
        "REVOKE ALL ON FUNCTION hirescore.submitted_card_interviewer(bigint) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION hirescore.submitted_card_interviewer(bigint) TO hirescore_interviewer",
        // An amendment is a sealed card at the place of the submitted card it amends, by the same interviewer.
        """
        CREATE FUNCTION hirescore.check_amendment() RETURNS trigger
          LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
          AS $$ DECLARE
            amended hirescore.scorecards%ROWTYPE;
          BEGIN
            IF TG_OP = 'UPDATE' AND NEW.amends IS DISTINCT FROM OLD.amends THEN
              RAISE EXCEPTION 'which card scorecard %/%/% amends is written once and never changed',
                OLD.requisition, OLD.candidate, OLD.file_name USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.amends IS NULL THEN
              RETURN NEW;
            END IF;
            SELECT * INTO amended FROM hirescore.scorecards WHERE id = NEW.amends;
            IF FOUND AND amended.interviewer_id <> NEW.interviewer_id THEN
              RAISE EXCEPTION 'scorecard %/%/% is amended by its own interviewer only',
                amended.requisition, amended.candidate, amended.file_name USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT FOUND OR amended.status <> 'submitted' OR NEW.status <> 'submitted' OR NEW.seal IS NULL
                OR NEW.seal = amended.seal OR amended.requisition <> NEW.requisition
                OR amended.candidate <> NEW.candidate OR amended.file_name <> NEW.file_name THEN
              RAISE EXCEPTION 'scorecard %/%/% amends no submitted card of its own place and interviewer',
                NEW.requisition, NEW.candidate, NEW.file_name USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN NEW;
          END $$
        """,
        "ALTER FUNCTION hirescore.check_amendment() OWNER TO hirescore_owner",
        """
        CREATE TRIGGER amendments_amend_their_own_card BEFORE INSERT OR UPDATE OF amends ON hirescore.scorecards
          FOR EACH ROW EXECUTE FUNCTION hirescore.check_amendment()
        """,
        // An interviewer inserts cards under their own id, and amendments of their own submitted cards only.
        "DROP POLICY interviewer_writes ON hirescore.scorecards",
        """
        CREATE POLICY interviewer_writes ON hirescore.scorecards FOR INSERT TO hirescore_interviewer
          WITH CHECK (interviewer_id = hirescore.interviewer_of(current_user)
            AND (amends IS NULL
              OR hirescore.submitted_card_interviewer(amends) = hirescore.interviewer_of(current_user)))
        """,
    ]
}
