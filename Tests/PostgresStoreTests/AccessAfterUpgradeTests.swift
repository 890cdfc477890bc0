import Foundation
import PostgresStore
import Testing

/// Schema version 12 moves a store to group roles of its own: a version 11 store whose members held the
/// server-wide roles keeps exactly their access. Every role test of ``AccessTests``, ``DraftAccessTests`` and
/// ``CountersignAccessTests`` runs again on the same panel made in a version 11 store and then upgraded.
@Suite(.enabled(if: TestServer.enabled, TestServer.skipReason))
struct AccessAfterUpgradeTests {
    /// Runs `test` on panels made at version 11 and upgraded.
    func upgraded(_ test: () async throws -> Void) async throws {
        try await AccessTests.$upgradedFromVersion11.withValue(true) { try await test() }
    }

    @Test func theAccessTestsPass() async throws {
        try await upgraded {
            let tests = AccessTests()
            try await tests.anInterviewerSeesOnlyTheirOwnCardsUntilTheySubmit()
            try await tests.forbiddenWritesAreRefusedByTheDatabase()
            try await tests.whatEachRoleMayDo()
            try await tests.theRecruiterWritesOnlyTheRetentionDateIntoASubmittedCard()
            try await tests.grantChecksItsRequest()
            try await tests.colleaguesCardsAreHiddenForGoodWhenTheStoreSaysNever(
                setting: .never, draft: ["c-1/ben.yaml"], submitted: ["c-1/ben.yaml"],
                anna: ["c-1/anna.yaml", "c-2/anna.yaml"])
            try await tests.aRevokedMemberIsRefusedByTheDatabaseAndTheRevocationIsLogged()
        }
    }

    @Test func eachRecordEventIsStillLoggedByItsRolesAlone() async throws {
        try await upgraded {
            let tests = AccessTests()
            try await tests.eachRecordEventIsLoggedByItsRolesAlone(
                event: "decision", allowed: ["rita"], refused: ["anna", "dora"])
            try await tests.eachRecordEventIsLoggedByItsRolesAlone(
                event: "purge", allowed: ["dora"], refused: ["anna", "rita"])
            try await tests.eachRecordEventIsLoggedByItsRolesAlone(
                event: "member-grant", allowed: ["rita", "dora"], refused: ["anna"])
        }
    }

    @Test func theDraftAndCountersignTestsPass() async throws {
        try await upgraded {
            try await DraftAccessTests().onlyItsInterviewerReadsOrWritesADraft()
            try await DraftAccessTests().aDraftIsSavedOnlyOverTheRevisionItWasSyncedAt()
            try await CountersignAccessTests().anInterviewerCountersignsTheirOwnUnsignedCardOnceWithItsEvent()
        }
    }

    /// Nothing of the store is left to the server-wide roles: no ownership, grant or policy names them, and the
    /// members hold the store's own roles (and still the server-wide ones, which other stores may use).
    @Test func theServerWideRolesKeepNothingInTheStore() async throws {
        try await upgraded {
            try await AccessTests.withPanel { admin, login in
                let serverWide = "'hirescore_interviewer', 'hirescore_recruiter', 'hirescore_dpo', 'hirescore_owner'"
                let left = try await TestServer.rows(
                    """
                    SELECT 'owns ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = 'hirescore' AND pg_get_userbyid(c.relowner) IN (\(serverWide))
                    UNION ALL SELECT 'owns ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                      WHERE n.nspname = 'hirescore' AND pg_get_userbyid(p.proowner) IN (\(serverWide))
                    UNION ALL SELECT 'granted ' || c.relname FROM pg_class c
                      JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
                      WHERE n.nspname = 'hirescore' AND pg_get_userbyid(a.grantee) IN (\(serverWide))
                    UNION ALL SELECT 'granted column ' || t.attname FROM pg_attribute t
                      JOIN pg_class c ON c.oid = t.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace,
                      aclexplode(t.attacl) a
                      WHERE n.nspname = 'hirescore' AND pg_get_userbyid(a.grantee) IN (\(serverWide))
                    UNION ALL SELECT 'granted ' || p.proname FROM pg_proc p
                      JOIN pg_namespace n ON n.oid = p.pronamespace, aclexplode(p.proacl) a
                      WHERE n.nspname = 'hirescore' AND pg_get_userbyid(a.grantee) IN (\(serverWide))
                    UNION ALL SELECT 'policy ' || pol.polname FROM pg_policy pol, unnest(pol.polroles) r
                      WHERE pg_get_userbyid(r) IN (\(serverWide))
                    UNION ALL SELECT 'schema' FROM pg_namespace n, aclexplode(n.nspacl) a
                      WHERE n.nspname = 'hirescore' AND pg_get_userbyid(a.grantee) IN (\(serverWide))
                    UNION ALL SELECT 'body of ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                      WHERE n.nspname = 'hirescore' AND p.prosrc ~ 'hirescore_(interviewer|recruiter|dpo|owner)'
                    """, as: admin)
                #expect(left == [])
                let store = try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                    try await StoreMembers.storeID(of: database)
                }
                let rita = try login("rita").user
                #expect(
                    try await TestServer.rows(
                        "SELECT b.rolname::text FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member JOIN pg_roles b ON b.oid = m.roleid WHERE u.rolname = '\(rita)' ORDER BY 1",
                        as: admin) == ["hirescore_\(store)_recruiter", "hirescore_recruiter"])
            }
        }
    }
}
