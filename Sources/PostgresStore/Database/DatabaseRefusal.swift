import ScoringCore

/// A refusal by one of the store's own rules, as the database names it (schema version 11): which rule, and the
/// card's place or the audit line it concerns, read from the error's fields, never from its English text.
///
/// The rules' triggers raise with the rule's identity in the constraint-name field and the place (`requisition/
/// candidate/file`) or the line number as the `DETAIL` (``StoreSchema``, version 11). A refusal of the grants or
/// of row-level security (SQLSTATE 42501 without such an identity) is worded by the table the refused statement
/// writes or reads (``permissionDenied(table:statement:user:)``).
package enum DatabaseRefusal: String, Sendable, CaseIterable {
    /// A submitted card is never changed; an amendment is a new card.
    case submittedCardUnchanged = "hirescore:submitted-card-unchanged"
    /// A countersigned card's signature is never replaced.
    case signatureNeverReplaced = "hirescore:signature-never-replaced"
    /// A card is countersigned by its own interviewer only.
    case countersignedByOwnInterviewer = "hirescore:countersigned-by-own-interviewer"
    /// A card is countersigned only with its `countersign` event in the audit log.
    case countersignEventNeeded = "hirescore:countersign-event-needed"
    /// Which card an amendment amends is written once.
    case amendedCardUnchanged = "hirescore:amended-card-unchanged"
    /// A card is amended by its own interviewer only.
    case amendedByOwnInterviewer = "hirescore:amended-by-own-interviewer"
    /// An amendment names no submitted card of its own place and interviewer.
    case amendsNoSubmittedCard = "hirescore:amends-no-submitted-card"
    /// An audit line that is not the next line of the log.
    case auditLineNotNext = "hirescore:audit-line-not-next"
    /// A `countersign` event that names no card.
    case countersignNamesNoCard = "hirescore:countersign-names-no-card"

    /// The message for this refusal of the card or line `subject` (the error's `DETAIL`), with the SQLSTATE.
    package func message(_ subject: String, sqlState: String) -> LocalizedText {
        let text: LocalizedText
        switch self {
        case .submittedCardUnchanged: text = PostgresStoreMessages.submittedCardUnchanged(subject)
        case .signatureNeverReplaced: text = PostgresStoreMessages.signatureNeverReplaced(subject)
        case .countersignedByOwnInterviewer: text = PostgresStoreMessages.countersignedByOwnInterviewer(subject)
        case .countersignEventNeeded: text = PostgresStoreMessages.countersignEventNeeded(subject)
        case .amendedCardUnchanged: text = PostgresStoreMessages.amendedCardUnchanged(subject)
        case .amendedByOwnInterviewer: text = PostgresStoreMessages.amendedByOwnInterviewer(subject)
        case .amendsNoSubmittedCard: text = PostgresStoreMessages.amendsNoSubmittedCard(subject)
        case .auditLineNotNext: text = PostgresStoreMessages.auditLineNotNext(subject)
        case .countersignNamesNoCard: text = PostgresStoreMessages.countersignNamesNoCard(subject)
        }
        return PostgresStoreMessages.ruleRefused(text, sqlState: sqlState)
    }

    /// What a statement refused for the user's grants or row-level security did to a table.
    package enum Access: Sendable, Equatable {
        /// `INSERT`.
        case add
        /// `UPDATE`.
        case change
        /// `DELETE`.
        case delete
        /// Anything else (a `SELECT`, a function).
        case read
    }

    /// The message for a statement refused with SQLSTATE 42501 and no rule's identity: the table from the
    /// error's field when the server gives one, else the table the statement (this program's own SQL) writes.
    package static func permissionDenied(table: String?, statement: String?, user: String) -> LocalizedText {
        let target = statement.map(Self.target(of:))
        return PostgresStoreMessages.roleMayNot(
            target?.access ?? .read, table: table ?? target?.table, user: user)
    }

    /// The message for a unique violation (SQLSTATE 23505) of the constraint the error's field names, when it is
    /// one a command can run into (two computers writing at the same moment); nil for any other.
    package static func duplicate(constraint: String?) -> LocalizedText? {
        switch constraint {
        case "scorecards_first_at_place": PostgresStoreMessages.cardWrittenMeanwhile
        case "scorecards_amends_key": PostgresStoreMessages.cardAmendedMeanwhile
        case "audit_lines_pkey": PostgresStoreMessages.logAppendedMeanwhile
        default: nil
        }
    }

    /// The access and table of a statement of this program (`INSERT INTO hirescore.files ...`; a `SELECT`: the
    /// first table after `FROM`).
    static func target(of statement: String) -> (access: Access, table: String?) {
        let words = statement.split(whereSeparator: \.isWhitespace).map { $0.uppercased() }
        let access: Access
        let name: String?
        switch words.first {
        case "INSERT": (access, name) = (.add, words.count > 2 ? words[2] : nil)
        case "UPDATE": (access, name) = (.change, words.count > 1 ? words[1] : nil)
        case "DELETE": (access, name) = (.delete, words.count > 2 ? words[2] : nil)
        default:
            let from = words.firstIndex(of: "FROM").map { $0 + 1 }
            (access, name) = (.read, from.flatMap { $0 < words.count ? words[$0] : nil })
        }
        guard let name, name.hasPrefix("HIRESCORE.") else { return (access, nil) }
        let table = name.dropFirst("HIRESCORE.".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return (access, table.isEmpty ? nil : table.lowercased())
    }
}
