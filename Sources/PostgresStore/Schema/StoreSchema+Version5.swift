extension StoreSchema {
    /// The events version 5 restricts: the store's key list is HR's (`keys register`, `keys revoke`), so an
    /// interviewer's login can no more append a key event than the file store's signature checks would accept it.
    static let version5EventsByRole: [(events: [String], roles: [StoreRole])] = [
        (["key-register", "key-revoke"], [.recruiter, .dataProtectionOfficer, .owner])
    ]

    /// Version 5: each member role's policy for appending audit lines again, with the key events of
    /// ``version5EventsByRole`` among those it may not log.
    static let version5: [String] = [StoreRole.interviewer, .recruiter, .dataProtectionOfficer].flatMap { role in
        let forbidden = forbiddenEvents(for: role, in: version2EventsByRole + version5EventsByRole)
        return [
            "DROP POLICY \(role.databaseRole)_appends ON hirescore.audit_lines",
            """
            CREATE POLICY \(role.databaseRole)_appends ON hirescore.audit_lines FOR INSERT TO \(role.databaseRole)
              WITH CHECK (coalesce(hirescore.audit_event(content), '') NOT IN (\(forbidden)))
            """,
        ]
    }
}
