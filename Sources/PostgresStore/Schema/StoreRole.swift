/// The four roles of a shared store, each a database group role (NOLOGIN) of that store that members are granted.
///
/// From schema version 12 each store (database) has group roles of its own, named after its id
/// (``databaseRole(inStore:)``), so a member of one store is nothing in another store of the same server. The
/// server-wide names (``databaseRole``) are those of versions 1 to 11, whose migrations create and grant them.
package enum StoreRole: String, Sendable, CaseIterable {
    /// Enters and submits their own scorecards; sees a candidate's other cards only after submitting their own.
    case interviewer
    /// Leads the panel: reads submitted cards, records decisions and holds.
    case recruiter
    /// The data-protection officer: the only role that purges and exports.
    case dataProtectionOfficer = "data-protection-officer"
    /// Owns the tables; the only role that may change the audit log (which breaks its signed chain).
    case owner

    /// The server-wide group role of schema versions 1 to 11 (`hirescore_interviewer`, ...); version 12 moves its
    /// privileges to the store's own role.
    package var databaseRole: String {
        switch self {
        case .interviewer: return "hirescore_interviewer"
        case .recruiter: return "hirescore_recruiter"
        case .dataProtectionOfficer: return "hirescore_dpo"
        case .owner: return "hirescore_owner"
        }
    }

    /// The group role of this store role in the store with id `store` (`hirescore_<id>_interviewer`, ...).
    package func databaseRole(inStore store: String) -> String {
        "hirescore_" + store + databaseRole.dropFirst("hirescore".count)
    }

    /// Whether `name` is a store's group role, of this store, another or the whole server: never a member.
    package static func isGroupRole(_ name: String) -> Bool {
        allCases.contains { role in
            let suffix = role.databaseRole.dropFirst("hirescore".count)
            guard name.hasPrefix("hirescore_"), name.hasSuffix(suffix) else { return false }
            let id = name.dropFirst("hirescore_".count).dropLast(suffix.count)
            return name == role.databaseRole || (id.count == 12 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
    }

    /// A role from its name, also accepting `dpo`.
    package init?(name: String) {
        if name == "dpo" {
            self = .dataProtectionOfficer
        } else {
            self.init(rawValue: name)
        }
    }
}
