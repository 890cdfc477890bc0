extension StoreSchema {
    /// Version 3: the store's settings, with the one that hides colleagues' cards from interviewers for good
    /// (enforced by the interviewers' read policy), and the log of member and setting changes.
    static let version3: [String] = [
        """
        CREATE TABLE hirescore.settings (
          only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
          colleagues_cards text NOT NULL DEFAULT 'after-submitting'
            CHECK (colleagues_cards IN ('after-submitting', 'never')))
        """,
        "INSERT INTO hirescore.settings DEFAULT VALUES",
        "ALTER TABLE hirescore.settings OWNER TO hirescore_owner",
        "GRANT SELECT ON hirescore.settings TO \(memberRoles)",
        """
        CREATE TABLE hirescore.member_events (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT now(),
          by_user name NOT NULL DEFAULT session_user,
          action text NOT NULL CHECK (action IN ('grant', 'revoke', 'setting')),
          subject text NOT NULL,
          detail text NOT NULL)
        """,
        "ALTER TABLE hirescore.member_events OWNER TO hirescore_owner",
        // Whether interviewers see colleagues' submitted cards once they have submitted their own.
        """
        CREATE FUNCTION hirescore.colleagues_cards_visible() RETURNS boolean
          LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
          AS $$ SELECT coalesce((SELECT colleagues_cards = 'after-submitting' FROM hirescore.settings), true) $$
        """,
        "ALTER FUNCTION hirescore.colleagues_cards_visible() OWNER TO hirescore_owner",
        "REVOKE ALL ON FUNCTION hirescore.colleagues_cards_visible() FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION hirescore.colleagues_cards_visible() TO \(memberRoles)",
        "DROP POLICY interviewer_reads ON hirescore.scorecards",
        """
        CREATE POLICY interviewer_reads ON hirescore.scorecards FOR SELECT TO hirescore_interviewer
          USING (interviewer_id = hirescore.interviewer_of(current_user)
            OR (status = 'submitted' AND hirescore.colleagues_cards_visible()
              AND hirescore.has_submitted(requisition, candidate, hirescore.interviewer_of(current_user))))
        """,
    ]
}
