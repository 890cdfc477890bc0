import ScoringCore

// The merge (`hirescore merge`, and every command that merges): why files and candidates are refused, and what
// the consensus adds to a knock-out, a recommendation and an interviewer's own view.
extension PanelMessages {
    /// Evidence that a report needed could not be read back from the merge's scratch file in the user's cache.
    package static func evidenceLost(_ count: Int) -> LocalizedText {
        .init(
            en: count == 1
                ? "the evidence of 1 interviewer could not be read back from the merge's scratch file in the user's cache; the report lacks it and is incomplete (a report file is not written); merge again, or with --no-cache"
                : "the evidence of \(count) interviewers could not be read back from the merge's scratch file in the user's cache; the report lacks it and is incomplete (a report file is not written); merge again, or with --no-cache",
            de: count == 1
                ? "die Belege von 1 Interviewer*in konnten nicht aus der Arbeitsdatei im Zwischenspeicher zurückgelesen werden; dem Bericht fehlen sie, er ist unvollständig (eine Berichtsdatei wird nicht geschrieben); führen Sie merge erneut aus, oder mit --no-cache"
                : "die Belege von \(count) Interviewer*innen konnten nicht aus der Arbeitsdatei im Zwischenspeicher zurückgelesen werden; dem Bericht fehlen sie, er ist unvollständig (eine Berichtsdatei wird nicht geschrieben); führen Sie merge erneut aus, oder mit --no-cache"
        )
    }

    /// A path given to merge that does not exist.
    package static let noSuchFileOrFolder = LocalizedText(
        en: "no such file or folder", de: "Datei oder Ordner nicht gefunden")

    /// A symbolic link in a store folder that points outside the store.
    package static let linkOutsideStore = LocalizedText(
        en: "a symbolic link that points outside the store; it is not read",
        de: "ein symbolischer Verweis, der aus der Ablage hinaus zeigt; er wird nicht gelesen")

    /// A file that is no readable scorecard of a known rubric.
    package static let unreadable = LocalizedText(
        en: "the scorecard cannot be read or does not match a known rubric",
        de: "der Bewertungsbogen kann nicht gelesen werden oder passt zu keiner bekannten Bewertungsvorlage")

    /// A candidate one of whose scorecards is unreadable: the panel would be incomplete.
    package static func candidateIncomplete(_ candidate: String) -> LocalizedText {
        .init(
            en:
                "candidate '\(candidate)': another scorecard of this candidate cannot be read, so the panel would be incomplete; fix or remove that file",
            de:
                "Kandidat*in '\(candidate)': ein anderer Bewertungsbogen dieser Person ist nicht lesbar, das Panel wäre unvollständig; korrigieren oder entfernen Sie diese Datei"
        )
    }

    /// The scorecards of a refused candidate that are in order themselves but held back with the panel.
    package static func candidateRefused(_ candidate: String, heldBack count: Int) -> LocalizedText {
        let one = count == 1
        return .init(
            en:
                "candidate '\(candidate)': \(one ? "this scorecard is" : "these \(count) scorecards are") in order but not merged, because the candidate's panel is refused",
            de:
                "Kandidat*in '\(candidate)': \(one ? "dieser Bewertungsbogen ist in Ordnung, wird" : "diese \(count) Bewertungsbögen sind in Ordnung, werden") aber nicht zusammengeführt, weil das Panel abgelehnt ist"
        )
    }

    /// A warning: a candidate was interviewed before the rubric version applied.
    package static func notFixedInAdvance(
        _ candidate: String, dates: String, rubric: String, effectiveFrom: String
    ) -> LocalizedText {
        .init(
            en:
                "candidate '\(candidate)': interviewed on \(dates), before rubric \(rubric) applied (effective from \(effectiveFrom)); the criteria were not fixed in advance",
            de:
                "Kandidat*in '\(candidate)': Interview am \(dates), bevor die Vorlage \(rubric) galt (gültig ab \(effectiveFrom)); die Kriterien standen nicht vorab fest"
        )
    }

    /// A candidate with drafts, merged without `--include-drafts`.
    package static func drafts(_ candidate: String, count: Int) -> LocalizedText {
        .init(
            en:
                "candidate '\(candidate)': \(count == 1 ? "a scorecard is" : "\(count) scorecards are") still a draft; submit \(count == 1 ? "it" : "them") first, or merge with --include-drafts",
            de:
                "Kandidat*in '\(candidate)': \(count == 1 ? "ein Bewertungsbogen ist" : "\(count) Bewertungsbögen sind") noch Entwurf; erst abgeben oder mit --include-drafts zusammenführen"
        )
    }

    /// A candidate with a submitted scorecard whose seal does not match its content.
    package static func brokenSeal(_ candidate: String, count: Int) -> LocalizedText {
        .init(
            en:
                "candidate '\(candidate)': the seal of \(count == 1 ? "a scorecard" : "\(count) scorecards") does not match the content: changed after submission",
            de:
                "Kandidat*in '\(candidate)': das Siegel \(count == 1 ? "eines Bewertungsbogens" : "von \(count) Bewertungsbögen") passt nicht zum Inhalt: nach der Abgabe geändert"
        )
    }

    /// A scorecard whose signature is refused, with the reason.
    package static func signatureRefused(_ candidate: String, reason: LocalizedText) -> LocalizedText {
        .init(
            en: "candidate '\(candidate)': the scorecard's signature is refused: \(reason.text(in: .en))",
            de: "Kandidat*in '\(candidate)': die Signatur des Bewertungsbogens wird abgelehnt: \(reason.text(in: .de))"
        )
    }

    /// A candidate whose scorecards were made with different rubric versions (`list`: the versions).
    package static func mixedRubrics(_ candidate: String, list: String) -> LocalizedText {
        .init(
            en:
                "candidate '\(candidate)': the scorecards were made with different rubric versions (\(list)); a panel must use one rubric version",
            de:
                "Kandidat*in '\(candidate)': die Bewertungsbögen nutzen verschiedene Vorlagenversionen (\(list)); ein Panel muss eine Version nutzen"
        )
    }

    /// A scorecard that lies in another candidate's, requisition's or interviewer's place (`problem`: where).
    package static func misplaced(_ candidate: String, problem: LocalizedText) -> LocalizedText {
        .init(
            en: "candidate '\(candidate)': " + problem.text(in: .en) + "; move it back or remove it",
            de: "Kandidat*in '\(candidate)': " + problem.text(in: .de) + "; legen Sie ihn zurück oder entfernen Sie ihn"
        )
    }

    /// An interviewer with more than one scorecard for a candidate.
    package static func duplicateInterviewer(_ candidate: String, interviewer: String, count: Int) -> LocalizedText {
        .init(
            en: "candidate '\(candidate)': interviewer '\(interviewer)' has \(count) scorecards; keep one",
            de: "Kandidat*in '\(candidate)': '\(interviewer)' hat \(count) Bewertungsbögen; behalten Sie einen")
    }

    /// A knock-out of the consensus with who reported it: "… (reported by 2 of 3: Anna, Ben)".
    package static func reportedBy(_ message: LocalizedText, count: Int, of total: Int, names: String)
        -> LocalizedText
    {
        .init(
            en: "\(message.text(in: "en")) (reported by \(count) of \(total): \(names))",
            de: "\(message.text(in: "de")) (gemeldet von \(count) von \(total): \(names))")
    }

    /// A reason of the recommendation: a knock-out the debrief set aside.
    package static func knockOutSetAside(_ id: String, _ override: KnockOutOverride) -> LocalizedText {
        .init(
            en:
                "knock-out \(id) set aside by the debrief (\(override.actor), \(override.date)): \(override.reason)",
            de:
                "K.-o.-Kriterium \(id) von der Nachbesprechung aufgehoben (\(override.actor), \(override.date)): \(override.reason)"
        )
    }

    /// An interviewer recommends yes although their own ratings hold a knock-out (`knockOuts`: its messages).
    package static func recommendsDespiteKnockOut(_ own: Recommendation, knockOuts: [LocalizedText])
        -> LocalizedText
    {
        let en = knockOuts.map { $0.text(in: "en") }.joined(separator: "; ")
        let de = knockOuts.map { $0.text(in: "de") }.joined(separator: "; ")
        return .init(
            en: "recommends \(own.label.text(in: "en")) although their own ratings contain a knock-out (\(en))",
            de:
                "empfiehlt „\(own.label.text(in: "de"))“, obwohl die eigenen Bewertungen ein K.-o.-Kriterium enthalten (\(de))"
        )
    }

    /// An interviewer's own recommendation points the other way from their own ratings by the rubric's rules.
    package static func recommendsAgainstRules(_ own: Recommendation, score: Double?, rules: Recommendation)
        -> LocalizedText
    {
        let en = score.map { Format.fixed($0) } ?? "–"
        let de = score.map { Format.fixed($0, language: .de) } ?? "–"
        return .init(
            en:
                "recommends \(own.label.text(in: "en")) although their own ratings give \(en) → \(rules.label.text(in: "en")) by the rubric's rules",
            de:
                "empfiehlt „\(own.label.text(in: "de"))“, obwohl die eigenen Bewertungen \(de) → „\(rules.label.text(in: "de"))“ nach den Regeln der Vorlage ergeben"
        )
    }

    static var mergeEntries: [(name: String, text: LocalizedText)] {
        let override = KnockOutOverride(
            knockOutID: "customer-orientation/red-flag/empathy", reason: "misread", actor: "Anna", date: "2026-11-17")
        let reason = LocalizedText(en: "unknown key", de: "unbekannter Schlüssel")
        return [
            ("evidenceLost", evidenceLost(1)), ("evidenceLost(2)", evidenceLost(2)),
            ("noSuchFileOrFolder", noSuchFileOrFolder), ("linkOutsideStore", linkOutsideStore),
            ("unreadable", unreadable), ("candidateIncomplete", candidateIncomplete("c-104")),
            ("candidateRefused", candidateRefused("c-104", heldBack: 1)),
            ("candidateRefused(2)", candidateRefused("c-104", heldBack: 2)),
            (
                "notFixedInAdvance",
                notFixedInAdvance("c-104", dates: "2026-01-02", rubric: "x@1", effectiveFrom: "2026-02-01")
            ),
            ("drafts", drafts("c-104", count: 1)), ("drafts(2)", drafts("c-104", count: 2)),
            ("brokenSeal", brokenSeal("c-104", count: 1)), ("brokenSeal(2)", brokenSeal("c-104", count: 2)),
            ("signatureRefused", signatureRefused("c-104", reason: reason)),
            ("mixedRubrics", mixedRubrics("c-104", list: "x@1, x@2")),
            ("misplaced", misplaced("c-104", problem: reason)),
            ("duplicateInterviewer", duplicateInterviewer("c-104", interviewer: "a-schmidt", count: 2)),
            ("reportedBy", reportedBy(reason, count: 2, of: 3, names: "Anna, Ben")),
            ("knockOutSetAside", knockOutSetAside(override.knockOutID, override)),
            ("recommendsDespiteKnockOut", recommendsDespiteKnockOut(.yes, knockOuts: [reason])),
            ("recommendsAgainstRules", recommendsAgainstRules(.yes, score: 2.5, rules: .no)),
        ]
    }
}
