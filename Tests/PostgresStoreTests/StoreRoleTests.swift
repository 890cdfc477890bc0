import PostgresStore
import Testing

/// The names of a store's group roles (schema version 12): its own, named after its id, and the server-wide names of
/// versions 1 to 11; none of them is ever a member.
struct StoreRoleTests {
    @Test func eachStoreRoleIsNamedAfterTheStoresID() {
        #expect(
            StoreRole.allCases.map { $0.databaseRole(inStore: "3f9a2c1b7d20") } == [
                "hirescore_3f9a2c1b7d20_interviewer", "hirescore_3f9a2c1b7d20_recruiter", "hirescore_3f9a2c1b7d20_dpo",
                "hirescore_3f9a2c1b7d20_owner",
            ])
    }

    @Test(arguments: [
        ("hirescore_owner", true), ("hirescore_dpo", true), ("hirescore_3f9a2c1b7d20_recruiter", true),
        ("hirescore_000000000000_interviewer", true), ("hirescore_3F9A2C1B7D20_owner", false),
        ("hirescore_3f9a2c_owner", false), ("hirescore_anna_owner", false), ("anna", false),
        ("hirescore_3f9a2c1b7d20_admin", false),
    ])
    func aGroupRoleOfAnyStoreIsNoMember(name: String, isGroupRole: Bool) {
        #expect(StoreRole.isGroupRole(name) == isGroupRole)
    }
}
