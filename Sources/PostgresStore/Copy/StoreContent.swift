import Compliance
import ScoringCore

/// Everything a store holds, independent of where it lies: what `hirescore store copy` moves.
///
/// A file store and a database store hold the same content: each scorecard's exact bytes at its place
/// (`REQUISITION/CANDIDATE/FILE.yaml`; a card an amendment superseded in the folder's `.superseded/`, in the
/// database as the row the amendment's row names), the audit log's exact lines, and every other file by its path
/// (`.hirescore/settings.json`, holds, decisions, reports kept beside the cards). Copying a folder into a
/// database and back gives the same files, byte for byte.
package struct StoreContent: Sendable, Equatable {
    /// One scorecard at its place in the store.
    package struct Card: Sendable, Equatable {
        /// The requisition folder.
        package var requisition: String
        /// The candidate folder.
        package var candidate: String
        /// The file name (`anna-schmidt.yaml`); without its extension it is the interviewer id the card belongs to.
        package var fileName: String
        /// `draft` or `submitted`, as the card says.
        package var status: String
        /// The seal, for a submitted card.
        package var seal: String?
        /// The file's exact bytes.
        package var bytes: [UInt8]
        /// The seal of the card at the same place this one amends (its `amend` event names both), or nil.
        package var amends: String?
        /// Whether a later amendment superseded this card: a folder keeps it under `.superseded/`.
        package var isSuperseded: Bool

        /// Creates a card at its place.
        package init(
            requisition: String, candidate: String, fileName: String, status: String, seal: String?, bytes: [UInt8],
            amends: String? = nil, isSuperseded: Bool = false
        ) {
            self.requisition = requisition
            self.candidate = candidate
            self.fileName = fileName
            self.status = status
            self.seal = seal
            self.bytes = bytes
            self.amends = amends
            self.isSuperseded = isSuperseded
        }

        /// The interviewer id the card belongs to: the file name without `.yaml` or `.yml`.
        package var interviewerID: String {
            for suffix in [".yaml", ".yml"] where fileName.hasSuffix(suffix) {
                return String(fileName.dropLast(suffix.count))
            }
            return fileName
        }

        /// The card's place below the store's root, `REQUISITION/CANDIDATE/FILE`: where its current version lies.
        package var place: String { "\(requisition)/\(candidate)/\(fileName)" }

        /// Where the card lies in a store folder: its place, or for a superseded card
        /// `REQUISITION/CANDIDATE/.superseded/ID.HEX16.yaml` (``Compliance/Amendment/supersededPath(for:seal:)``).
        package var path: String {
            guard isSuperseded, let seal else { return place }
            return Amendment.supersededPath(for: place, seal: seal)
        }
    }

    /// The path of the audit log below a store's root.
    package static let auditLogPath = ".hirescore/audit.jsonl"

    /// The scorecards, sorted by path.
    package var cards: [Card] = []
    /// The audit log's lines, each with its newline (the last may lack one, as in a file cut short).
    package var auditLines: [[UInt8]] = []
    /// Every other file by its path below the root, sorted.
    package var files: [String: [UInt8]] = [:]

    /// An empty store.
    package init() {}

    /// Whether the store holds nothing.
    package var isEmpty: Bool { cards.isEmpty && auditLines.isEmpty && files.isEmpty }

    /// The audit log's lines cut from the file's bytes, each keeping its newline.
    static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            lines.append(Array(bytes[start...index]))
            start = index + 1
        }
        if start < bytes.count { lines.append(Array(bytes[start...])) }
        return lines
    }
}
