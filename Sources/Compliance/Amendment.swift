import Foundation
import ScoringCore

/// A correction of a submitted scorecard, as the audit log's `amend` event records it.
///
/// A submitted card is never overwritten in place. Its interviewer enters a correction (a new draft
/// started from the sealed card, with a reason); once sealed, the amendment is logged first, then the
/// old card is kept beside the new one as `REQUISITION/CANDIDATE/.superseded/ID.SEAL.yaml` and the new
/// card takes its place at `REQUISITION/CANDIDATE/ID.yaml`. Merging, ranking and status read the
/// current card; `verify` and `audit verify` check the superseded ones too. A store that keeps rows
/// instead of files expresses the same as a new card row, the old row marked superseded, and the event.
///
/// ```swift
/// let session = try RecordSession(ledger: ledger, rubrics: rubrics, signer: key)
/// let amendment = try session.recordAmendment(
///     of: "store/claims-2026-01/c-101/a-schmidt.yaml",
///     with: Amendment.draftPath(for: "store/claims-2026-01/c-101/a-schmidt.yaml"),
///     reason: "rating 4 belonged to the next criterion")
/// ```
public struct Amendment: Sendable, Hashable {
    /// The card's path inside the store (`REQUISITION/CANDIDATE/ID.yaml`).
    public var path: String
    /// The seal of the amended card, now at ``path``.
    public var seal: String
    /// The seal of the card it superseded.
    public var supersededSeal: String
    /// Where the superseded card is kept, inside the store.
    public var supersededPath: String
    /// Why the card was amended.
    public var reason: String
    /// Who amended it (the card's interviewer).
    public var actor: String
    /// When (ISO 8601, UTC).
    public var time: String
    /// The amend event's position in the audit log.
    public var sequence: Int

    /// The folder beside a card that keeps its superseded versions.
    public static let supersededFolder = ".superseded"
    /// The folder beside a card that holds an amendment being entered.
    public static let draftFolder = ".amending"

    /// The amendment an `amend` event records, or nil for another event or an incomplete one.
    public init?(event: AuditLog.Event) {
        guard event.event == AuditLog.EventKind.amend, let card = event.files.first,
            let superseded = event.files.dropFirst().first
        else { return nil }
        path = card.path
        seal = card.seal
        supersededSeal = superseded.seal
        supersededPath = superseded.path
        reason = event.details["reason"] ?? ""
        actor = event.actor
        time = event.time
        sequence = event.sequence
    }

    /// Where the amendment of the card at `cardPath` is drafted: `FOLDER/.amending/NAME.yaml`.
    public static func draftPath(for cardPath: String) -> String {
        let url = URL(fileURLWithPath: cardPath)
        return url.deletingLastPathComponent().appendingPathComponent(draftFolder).appendingPathComponent(
            url.lastPathComponent
        ).path
    }

    /// Where the card at `relativePath` (inside the store) is kept once superseded, named by its seal:
    /// `REQUISITION/CANDIDATE/.superseded/ID.HEX16.yaml`.
    public static func supersededPath(for relativePath: String, seal: String) -> String {
        let url = URL(fileURLWithPath: relativePath)
        let name = url.deletingPathExtension().lastPathComponent
        let hex = seal.hasPrefix("sha256:") ? String(seal.dropFirst(7).prefix(16)) : String(seal.prefix(16))
        let folder = (relativePath as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + supersededFolder + "/" + name + "." + hex + ".yaml"
    }

    /// Whether a path inside the store is a card an amendment keeps or drafts (`.superseded/`, `.amending/`).
    public static func isKept(_ relativePath: String) -> Bool {
        relativePath.contains("/" + supersededFolder + "/") || relativePath.contains("/" + draftFolder + "/")
    }

    /// The place of the card a kept or drafted card belongs to: `R/C/.superseded/ID.HEX.yaml` and
    /// `R/C/.amending/ID.yaml` belong at `R/C/ID.yaml`; any other path is its own place.
    public static func cardPath(of relativePath: String) -> String {
        var parts = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return relativePath }
        let folder = parts[parts.count - 2]
        if folder == draftFolder {
            parts.remove(at: parts.count - 2)
        } else if folder == supersededFolder {
            parts.remove(at: parts.count - 2)
            var name = parts[parts.count - 1].split(separator: ".").map(String.init)
            // NAME.HEX16.yaml: drop the seal part.
            if name.count >= 3 { name.remove(at: name.count - 2) }
            parts[parts.count - 1] = name.joined(separator: ".")
        }
        return parts.joined(separator: "/")
    }
}
