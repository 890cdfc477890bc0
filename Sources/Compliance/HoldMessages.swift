import ScoringCore

/// Why `hold` places or releases no legal hold: no reason, no such hold, a candidate the store does not hold or
/// a requisition the candidate is not in.
package enum HoldMessages: MessageCatalogue {
    /// A hold without a reason.
    package static let needsReason = LocalizedText(
        en: "a hold needs a reason: --reason \"...\" (for example a pending AGG claim)",
        de: "eine Sperre braucht einen Grund: --reason \"...\" (zum Beispiel eine anhängige AGG-Klage)")

    /// The hold was logged but the replay does not show it.
    package static let notReadBack = LocalizedText(
        en: "the hold was logged but cannot be read back",
        de: "die Sperre wurde protokolliert, ist aber nicht lesbar")

    /// No hold to release, with the holds the candidate has (`*`: the hold on all requisitions).
    package static func noHold(_ candidate: String, requisition: String?, others: [String]) -> LocalizedText {
        .init(
            en: "there is no hold on '\(candidate)'" + (requisition.map { " in requisition '\($0)'" } ?? "")
                + (others.isEmpty
                    ? ""
                    : "; holds on '\(candidate)': "
                        + others.map { $0 == "*" ? "all requisitions (no --requisition)" : "--requisition \($0)" }
                        .joined(separator: ", ")),
            de: "keine Sperre für '\(candidate)'" + (requisition.map { " in der Ausschreibung '\($0)'" } ?? "")
                + (others.isEmpty
                    ? ""
                    : "; Sperren für '\(candidate)': "
                        + others.map { $0 == "*" ? "alle Ausschreibungen (ohne --requisition)" : "--requisition \($0)" }
                        .joined(separator: ", ")))
    }

    /// A candidate not in the requisition named, with theirs and the closest one.
    package static func notInRequisition(
        _ candidate: String, requisition: String, theirs: [String], suggestion: String?
    ) -> LocalizedText {
        .init(
            en:
                "candidate '\(candidate)' is not in requisition '\(requisition)'; their requisitions: \(theirs.joined(separator: ", "))"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .en) } ?? ""),
            de:
                "Kandidat*in '\(candidate)' ist nicht in der Ausschreibung '\(requisition)'; ihre Ausschreibungen: \(theirs.joined(separator: ", "))"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .de) } ?? ""))
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("needsReason", needsReason), ("notReadBack", notReadBack),
        ("noHold", noHold("c-101", requisition: "r-2", others: ["*", "r-1"])),
        ("noHold(none)", noHold("c-101", requisition: nil, others: [])),
        ("notInRequisition", notInRequisition("c-101", requisition: "r-2", theirs: ["r-1", "r-3"], suggestion: "r-3")),
    ]
}
