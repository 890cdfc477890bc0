import Foundation
import ScoringCore

/// The one check of the candidate and requisition ids a record-changing or disclosing command is given
/// (`decide`, `hold`, `purge`, `export`, `audit show`): the same rules and the same message everywhere.
///
/// An id becomes a folder name, so it must be a ``StoreID`` (letters, digits, `-`, `_`, `.`, no leading
/// dot, at most 64 characters): `c-101/`, `../other` and `c 101` are refused before anything is read.
public enum RecordID {
    /// A checked candidate id.
    public static func candidate(_ text: String) throws(StoreLedger.LedgerError) -> String {
        do {
            try ScorecardStore.validateID(text, kind: RecordIDMessages.candidateKind)
        } catch {
            throw .init(message: error.message, code: .invalidRequest)
        }
        return text
    }

    /// A checked requisition id; `unassigned` (the folder of scorecards without one) means none.
    public static func requisition(_ text: String?) throws(StoreLedger.LedgerError) -> String? {
        guard let text else { return nil }
        do {
            try ScorecardStore.validateID(text, kind: RecordIDMessages.requisitionKind)
        } catch {
            throw .init(message: error.message, code: .invalidRequest)
        }
        return text == ScorecardStore.unassignedRequisition ? nil : text
    }
}
