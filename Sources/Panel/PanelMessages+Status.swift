import ScoringCore

// Why a candidate cannot be merged yet (`hirescore status`).
extension PanelMessages {
    /// A stage with scorecards missing.
    package static func scorecardsMissing(stage: String, count: Int) -> LocalizedText {
        .init(
            en: "stage '\(stage)': \(count) scorecard\(count == 1 ? "" : "s") missing",
            de: "Stufe '\(stage)': \(count) Bewertungsb\(count == 1 ? "ogen fehlt" : "ögen fehlen")")
    }

    /// An interviewer's scorecard whose seal does not match its content.
    package static func sealDoesNotMatch(_ interviewer: String) -> LocalizedText {
        .init(
            en: "\(interviewer): the seal does not match the content",
            de: "\(interviewer): das Siegel passt nicht zum Inhalt")
    }

    /// An interviewer's scorecard that is still a draft.
    package static func draftNotSubmitted(_ interviewer: String) -> LocalizedText {
        .init(en: "\(interviewer): draft not yet submitted", de: "\(interviewer): Entwurf noch nicht abgegeben")
    }

    /// Scorecards for another rubric version or a stage the rubric does not plan.
    package static func strayScorecards(_ count: Int) -> LocalizedText {
        .init(
            en: "\(count) scorecard(s) for another rubric version or an unplanned stage",
            de: "\(count) Bewertungsbogen/-bögen für eine andere Vorlagenversion oder eine nicht geplante Stufe")
    }

    static var statusEntries: [(name: String, text: LocalizedText)] {
        [
            ("scorecardsMissing", scorecardsMissing(stage: "interview", count: 1)),
            ("scorecardsMissing(2)", scorecardsMissing(stage: "interview", count: 2)),
            ("sealDoesNotMatch", sealDoesNotMatch("a-schmidt")), ("draftNotSubmitted", draftNotSubmitted("a-schmidt")),
            ("strayScorecards", strayScorecards(2)),
        ]
    }
}
