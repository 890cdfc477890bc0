/// The four roles of a shared store, each a database group role (NOLOGIN) that members are granted.
package enum StoreRole: String, Sendable, CaseIterable {
    /// Enters and submits their own scorecards; sees a candidate's other cards only after submitting their own.
    case interviewer
    /// Leads the panel: reads submitted cards, records decisions and holds.
    case recruiter
    /// The data-protection officer: the only role that purges and exports.
    case dataProtectionOfficer = "data-protection-officer"
    /// Owns the tables; the only role that may change the audit log (which breaks its signed chain).
    case owner

    /// The database group role (`hirescore_interviewer`, ...).
    package var databaseRole: String {
        switch self {
        case .interviewer: return "hirescore_interviewer"
        case .recruiter: return "hirescore_recruiter"
        case .dataProtectionOfficer: return "hirescore_dpo"
        case .owner: return "hirescore_owner"
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
