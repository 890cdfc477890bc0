extension StoreSchema {
    /// The events version 7 restricts: the member list is HR's (`store grant`, `store revoke` log signed
    /// `member-grant` and `member-revoke` events), so an interviewer's login can no more append a member event than
    /// a key event.
    static let version7EventsByRole: [(events: [String], roles: [StoreRole])] = [
        (["member-grant", "member-revoke"], [.recruiter, .dataProtectionOfficer, .owner])
    ]

    /// Version 7: each member role's policy for appending audit lines again, with the member events of
    /// ``version7EventsByRole`` among those it may not log.
    static let version7: [String] = [StoreRole.interviewer, .recruiter, .dataProtectionOfficer].flatMap { role in
        let forbidden = forbiddenEvents(
            for: role, in: version2EventsByRole + version5EventsByRole + version7EventsByRole)
        return [
            "DROP POLICY \(role.databaseRole)_appends ON hirescore.audit_lines",
            """
            CREATE POLICY \(role.databaseRole)_appends ON hirescore.audit_lines FOR INSERT TO \(role.databaseRole)
              WITH CHECK (coalesce(hirescore.audit_event(content), '') NOT IN (\(forbidden)))
            """,
        ]
    }
}
