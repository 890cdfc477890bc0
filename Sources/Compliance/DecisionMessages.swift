import ScoringCore

/// Why `decide` records no decision: a date in the future, no scorecards or misplaced ones, a panel that cannot be
/// merged, a knock-out set aside without a reason or one that does not stand.
package enum DecisionMessages: MessageCatalogue {
    /// A decision dated after today.
    package static func dateInFuture(_ date: String, today: String) -> LocalizedText {
        .init(
            en:
                "the decision date \(date) is in the future (today is \(today)); record a decision on or after the day it is made",
            de:
                "das Entscheidungsdatum \(date) liegt in der Zukunft (heute ist \(today)); erfassen Sie eine Entscheidung am Tag, an dem sie fällt, oder danach"
        )
    }

    /// A candidate folder without scorecards.
    package static func noScorecards(_ candidate: String, folder: String) -> LocalizedText {
        .init(
            en: "no scorecards for '\(candidate)' in \(folder)",
            de: "keine Bewertungsbögen für '\(candidate)' in \(folder)")
    }

    /// Scorecards that lie in another candidate's or requisition's folder, one line each with what is wrong.
    package static func misplacedScorecards(
        _ folder: String, cards: [(file: String, problem: LocalizedText)]
    ) -> LocalizedText {
        let list: (Language) -> String = { language in
            cards.map { "  - \($0.file): " + $0.problem.text(in: language) }.joined(separator: "\n")
        }
        return .init(
            en: "scorecards that do not belong in \(folder); no decision recorded:\n" + list(.en),
            de: "Bewertungsbögen, die nicht nach \(folder) gehören; keine Entscheidung erfasst:\n" + list(.de))
    }

    /// Setting a knock-out aside without the debrief's reason.
    package static let overrideNeedsReason = LocalizedText(
        en: "setting a knock-out aside needs the debrief's reason (--reason)",
        de: "ein K.-o.-Kriterium aufzuheben braucht die Begründung der Nachbesprechung (--reason)")

    /// A panel whose merge found problems, one line each with its message and files.
    package static func cannotMerge(_ problems: [(message: LocalizedText, files: [String])]) -> LocalizedText {
        let list: (Language) -> String = { language in
            problems.map { "  - " + $0.message.text(in: language) + " (" + $0.files.joined(separator: ", ") + ")" }
                .joined(separator: "\n")
        }
        return .init(
            en: "the panel cannot be merged; no decision recorded:\n" + list(.en),
            de: "das Panel kann nicht zusammengeführt werden; keine Entscheidung erfasst:\n" + list(.de))
    }

    /// A knock-out to set aside that does not stand in the panel, with the ones that do.
    package static func knockOutDoesNotStand(_ id: String, standing: [String]) -> LocalizedText {
        .init(
            en: "'\(id)' is not a knock-out that stands in this panel; "
                + (standing.isEmpty ? "none stands" : "the ones that stand: " + standing.joined(separator: ", ")),
            de: "'\(id)' ist kein K.-o.-Kriterium, das in diesem Panel gilt; "
                + (standing.isEmpty ? "keines gilt" : "es gelten: " + standing.joined(separator: ", ")))
    }

    /// The decision was logged but the replay does not show it.
    package static let notReadBack = LocalizedText(
        en: "the decision was logged but cannot be read back",
        de: "die Entscheidung wurde protokolliert, ist aber nicht lesbar")

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("dateInFuture", dateInFuture("2027-01-05", today: "2026-12-07")),
        ("noScorecards", noScorecards("c-101", folder: "scorecards/r-1/c-101")),
        (
            "misplacedScorecards",
            misplacedScorecards("scorecards/r-1/c-101", cards: [("a.yaml", overrideNeedsReason)])
        ),
        ("overrideNeedsReason", overrideNeedsReason),
        ("cannotMerge", cannotMerge([(overrideNeedsReason, ["a.yaml", "b.yaml"])])),
        ("knockOutDoesNotStand", knockOutDoesNotStand("no-german", standing: ["red-flag"])),
        ("knockOutDoesNotStand(none)", knockOutDoesNotStand("no-german", standing: [])),
        ("notReadBack", notReadBack),
    ]
}
