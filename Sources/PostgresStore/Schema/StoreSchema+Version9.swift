extension StoreSchema {
    /// The events version 9 restricts: the store's settings are HR's (`store init --colleagues-cards` logs a signed
    /// `store-setting` event), so an interviewer's login can no more append a setting event than a member event.
    static let version9EventsByRole: [(events: [String], roles: [StoreRole])] = [
        (["store-setting"], [.recruiter, .dataProtectionOfficer, .owner])
    ]

    /// Version 9: each member role's policy for appending audit lines again, with the setting event of
    /// ``version9EventsByRole`` among those it may not log.
    static let version9: [String] = [StoreRole.interviewer, .recruiter, .dataProtectionOfficer].flatMap { role in
        let forbidden = forbiddenEvents(
            for: role,
            in: version2EventsByRole + version5EventsByRole + version7EventsByRole + version9EventsByRole)
        return [
            "DROP POLICY \(role.databaseRole)_appends ON hirescore.audit_lines",
            """
            CREATE POLICY \(role.databaseRole)_appends ON hirescore.audit_lines FOR INSERT TO \(role.databaseRole)
              WITH CHECK (coalesce(hirescore.audit_event(content), '') NOT IN (\(forbidden)))
            """,
        ]
    }
}
