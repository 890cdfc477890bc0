extension StoreSchema {
    /// Version 4: interviewers' drafts, one row per draft with its revision counter, which only the interviewer
    /// who writes it reads or writes (row-level security by database user; the recruiter and the officer read no
    /// drafts). `enter` saves the draft there after every answer and deletes it in the transaction that submits
    /// the card. The recruiter's list of a panel's unsubmitted cards names these drafts too.
    static let version4: [String] = [
        """
        CREATE TABLE hirescore.drafts (
          requisition text NOT NULL,
          candidate text NOT NULL,
          interviewer_id text NOT NULL,
          db_user name NOT NULL DEFAULT current_user,
          revision bigint NOT NULL CHECK (revision > 0),
          content bytea NOT NULL,
          written_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (requisition, candidate, interviewer_id))
        """,
        "ALTER TABLE hirescore.drafts OWNER TO hirescore_owner",
        "ALTER TABLE hirescore.drafts ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE hirescore.drafts FORCE ROW LEVEL SECURITY",
        "CREATE POLICY owner_all ON hirescore.drafts TO hirescore_owner USING (true) WITH CHECK (true)",
        """
        CREATE POLICY interviewer_own ON hirescore.drafts TO hirescore_interviewer
          USING (db_user = current_user AND interviewer_id = hirescore.interviewer_of(current_user))
          WITH CHECK (db_user = current_user AND interviewer_id = hirescore.interviewer_of(current_user))
        """,
        "GRANT SELECT, INSERT, UPDATE, DELETE ON hirescore.drafts TO hirescore_interviewer",
        // A decision still waits for every interviewer: the recruiter learns the places of the drafts, not them.
        """
        CREATE OR REPLACE FUNCTION hirescore.unsubmitted_cards(req text, cand text) RETURNS SETOF text
          LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
          AS $$ SELECT file_name FROM hirescore.scorecards
                  WHERE requisition = req AND candidate = cand AND status = 'draft'
                UNION
                SELECT d.interviewer_id || '.yaml' FROM hirescore.drafts d
                  WHERE d.requisition = req AND d.candidate = cand
                    AND NOT EXISTS (SELECT 1 FROM hirescore.scorecards s WHERE s.requisition = req
                      AND s.candidate = cand AND s.file_name = d.interviewer_id || '.yaml')
                ORDER BY 1 $$
        """,
    ]
}
