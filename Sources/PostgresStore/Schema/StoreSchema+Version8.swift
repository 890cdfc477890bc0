extension StoreSchema {
    /// Version 8: "never see colleagues' cards" per rubric. The owner names rubrics (by id, every version) whose
    /// cards interviewers never read of each other (`store init --colleagues-cards never --rubric ID`); the
    /// interviewers' read policy takes the stricter of that and the store's setting, for the rubric of the card
    /// being read (its `rubric:` block's `id:`).
    static let version8: [String] = [
        """
        CREATE TABLE hirescore.rubric_settings (
          rubric text PRIMARY KEY CHECK (rubric ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
          colleagues_cards text NOT NULL CHECK (colleagues_cards IN ('after-submitting', 'never')))
        """,
        "ALTER TABLE hirescore.rubric_settings OWNER TO hirescore_owner",
        "GRANT SELECT ON hirescore.rubric_settings TO \(memberRoles)",
        // The id of a card's rubric (`rubric:` then `  id: ID` among its indented lines); NULL when it has none.
        """
        CREATE FUNCTION hirescore.card_rubric(card bytea) RETURNS text
          LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
          AS $$ BEGIN
            RETURN (regexp_match(convert_from(card, 'UTF8'), '^rubric:\\n(?:  [^\\n]*\\n)*  id: *([^\\n ]+) *$', 'n'))[1];
          EXCEPTION WHEN others THEN
            RETURN NULL;
          END $$
        """,
        "ALTER FUNCTION hirescore.card_rubric(bytea) OWNER TO hirescore_owner",
        // Whether interviewers see colleagues' submitted cards of `rubric`: the store and the rubric both allow it.
        """
        CREATE FUNCTION hirescore.colleagues_cards_visible(rubric text) RETURNS boolean
          LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
          AS $$ SELECT hirescore.colleagues_cards_visible()
            AND coalesce((SELECT colleagues_cards = 'after-submitting' FROM hirescore.rubric_settings r
              WHERE r.rubric = colleagues_cards_visible.rubric), true) $$
        """,
        "ALTER FUNCTION hirescore.colleagues_cards_visible(text) OWNER TO hirescore_owner",
        "REVOKE ALL ON FUNCTION hirescore.colleagues_cards_visible(text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION hirescore.colleagues_cards_visible(text) TO \(memberRoles)",
        "DROP POLICY interviewer_reads ON hirescore.scorecards",
        """
        CREATE POLICY interviewer_reads ON hirescore.scorecards FOR SELECT TO hirescore_interviewer
          USING (interviewer_id = hirescore.interviewer_of(current_user)
            OR (status = 'submitted' AND hirescore.colleagues_cards_visible(hirescore.card_rubric(content))
              AND hirescore.has_submitted(requisition, candidate, hirescore.interviewer_of(current_user))))
        """,
    ]
}
