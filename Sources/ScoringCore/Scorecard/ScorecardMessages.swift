/// The messages and hints of reading a scorecard (``ScorecardLoader``, its observations), each with its German and
/// English text.
///
/// They show as diagnostics wherever a scorecard is read: `hirescore score`, `merge`, `verify`, `enter`. Values from
/// the file are shortened (``Swift/String/shortened``) so that a long line cannot flood the message.
enum ScorecardMessages: MessageCatalogue {
    /// The context of the scorecard's top-level keys.
    static let theScorecard = LocalizedText(en: "the scorecard", de: "dem Bewertungsbogen")

    /// A `format` this version does not read.
    static func unsupportedFormat(_ format: String) -> LocalizedText {
        .init(
            en: "unsupported format '\(format.shortened)'; this version of HireScore reads 'hirescore/scorecard@1'",
            de:
                "nicht unterstütztes Format '\(format.shortened)'; diese Version von HireScore liest 'hirescore/scorecard@1'"
        )
    }

    /// A `rubric.hash` that is not a SHA-256 hash.
    static let invalidHash = LocalizedText(
        en: "'hash' must be 'sha256:' followed by 64 hex digits",
        de: "'hash' muss 'sha256:' und 64 Hexadezimalziffern sein")

    /// A `status` other than draft or submitted.
    static func invalidStatus(_ status: String) -> LocalizedText {
        .init(
            en: "'status' must be draft or submitted, found '\(status.shortened)'",
            de: "'status' muss draft oder submitted sein, gefunden: '\(status.shortened)'")
    }

    /// A rubric reference that matches no known rubric.
    static func unknownRubric(_ id: String, version: Int) -> LocalizedText {
        .init(
            en: "no rubric '\(id)' version \(version) is known",
            de: "keine Bewertungsvorlage '\(id)' in Version \(version) bekannt")
    }

    /// The hint for an unknown rubric that exists in other versions.
    static func rubricInOtherVersions(_ id: String, versions: String, wanted: Int) -> LocalizedText {
        .init(
            en: "rubric '\(id)' exists in version \(versions); this scorecard was made for version \(wanted)",
            de:
                "Bewertungsvorlage '\(id)' gibt es in Version \(versions); dieser Bogen wurde für Version \(wanted) erstellt"
        )
    }

    /// The hint for an unknown rubric with no close id: the rubrics known.
    static func knownRubrics(_ known: [String]) -> LocalizedText {
        .init(
            en:
                "known rubrics: \(known.isEmpty ? "none" : known.joined(separator: ", ")); pass --rubrics DIR to look elsewhere",
            de:
                "bekannte Bewertungsvorlagen: \(known.isEmpty ? "keine" : known.joined(separator: ", ")); mit --rubrics DIR woanders suchen"
        )
    }

    /// A rubric changed since the scorecard was made for it; the hashes are shortened to their first 19 characters.
    static func rubricHashMismatch(_ reference: String, cardHash: String, rubricHash: String) -> LocalizedText {
        .init(
            en:
                "the scorecard was made for rubric '\(reference)' with hash \(cardHash.prefix(19))…, but that rubric now has hash \(rubricHash.prefix(19))…",
            de:
                "der Bogen wurde für Bewertungsvorlage '\(reference)' mit Hash \(cardHash.prefix(19))… erstellt, die Vorlage hat jetzt Hash \(rubricHash.prefix(19))…"
        )
    }

    /// The hint for a changed rubric.
    static let restoreRubricOrRaiseVersion = LocalizedText(
        en: "the rubric changed without a new version; restore it or raise its version",
        de: "die Vorlage wurde ohne neue Version geändert; stellen Sie sie wieder her oder erhöhen Sie die Version")

    /// A `stage` the rubric's plan does not have.
    static func unknownStage(_ stage: String, rubric: String, stages: [String]) -> LocalizedText {
        .init(
            en: "'\(stage)' is not a stage of rubric '\(rubric)'; its stages: \(stages.joined(separator: ", "))",
            de:
                "'\(stage)' ist keine Stufe der Bewertungsvorlage '\(rubric)'; ihre Stufen: \(stages.joined(separator: ", "))"
        )
    }

    /// A rating of a criterion the rubric does not have.
    static func unknownCriterion(_ id: String, rubric: String) -> LocalizedText {
        .init(
            en: "'\(id.shortened)' is not a criterion of rubric '\(rubric)'",
            de: "'\(id.shortened)' ist kein Kriterium der Bewertungsvorlage '\(rubric)'")
    }

    /// A rating of a criterion that another stage rates.
    static func criterionOutsideStage(_ id: String, stage: String) -> LocalizedText {
        .init(
            en: "'\(id.shortened)' is not rated in stage '\(stage)'; another stage's interviewer rates it",
            de:
                "'\(id.shortened)' wird nicht in der Stufe '\(stage)' bewertet; das übernimmt die Interviewerin bzw. der Interviewer einer anderen Stufe"
        )
    }

    /// The hint for a rating outside the stage.
    static let removeRatingOrChangeStage = LocalizedText(
        en: "remove the rating, or change 'stage'", de: "entfernen Sie die Bewertung oder ändern Sie 'stage'")

    /// A `recommendation.value` that is not a recommendation.
    static func invalidRecommendation(_ value: String) -> LocalizedText {
        .init(
            en: "'value' must be strong-no, no, yes, strong-yes or no-decision, found '\(value.shortened)'",
            de: "'value' muss strong-no, no, yes, strong-yes oder no-decision sein, gefunden: '\(value.shortened)'")
    }

    /// A `question-variants` entry naming a variant the criterion does not have.
    static func invalidQuestionVariant(_ variant: Int, criterion: String) -> LocalizedText {
        .init(
            en:
                "'question-variants' names variant \(variant) of '\(criterion.shortened)', which the rubric does not have",
            de:
                "'question-variants' nennt Variante \(variant) von '\(criterion.shortened)', die es in der Bewertungsvorlage nicht gibt"
        )
    }

    /// A `seal` that is not a SHA-256 hash.
    static let invalidSeal = LocalizedText(
        en: "'seal' must be 'sha256:' followed by 64 hex digits",
        de: "'seal' muss 'sha256:' und 64 Hexadezimalziffern sein")

    /// The context of one criterion's rating.
    static func ratingContext(_ criterion: String) -> LocalizedText {
        .init(en: "the rating of '\(criterion)'", de: "der Bewertung von '\(criterion)'")
    }

    /// A level off the rubric's scale; `scale` is its range ("1..5").
    static func ratingOffScale(_ level: Int, criterion: String, scale: String) -> LocalizedText {
        .init(
            en: "the rating \(level) of '\(criterion)' is outside the scale \(scale)",
            de: "die Bewertung \(level) von '\(criterion)' liegt außerhalb der Skala \(scale)")
    }

    /// The hint for a level off the scale.
    static func rateOnScale(_ scale: String) -> LocalizedText {
        .init(
            en: "rate \(scale), or n/a when not assessed",
            de: "bewerten Sie mit \(scale) oder n/a, wenn nicht beurteilt")
    }

    /// A candidate or requisition id that cannot be a file name in the store.
    static func invalidStoreID(_ key: String, id: String) -> LocalizedText {
        .init(
            en:
                "'\(key)' '\(id.shortened)' is not a valid id: use letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters",
            de:
                "'\(key)' '\(id.shortened)' ist keine gültige Kennung: Buchstaben, Ziffern, '-', '_' und '.', nicht mit '.' beginnend, höchstens 64 Zeichen"
        )
    }

    /// The hint for an observation a section does not declare: the ones it does.
    static func sectionObservations(_ ids: [String]) -> LocalizedText {
        .init(
            en: "its observations: \(ids.joined(separator: ", "))",
            de: "seine Beobachtungen: \(ids.joined(separator: ", "))")
    }

    static var entries: [(name: String, text: LocalizedText)] { readingEntries + placementEntries + evidenceEntries }

    static let readingEntries: [(name: String, text: LocalizedText)] = [
        ("theScorecard", theScorecard), ("unsupportedFormat", unsupportedFormat("hirescore/scorecard@2")),
        ("invalidHash", invalidHash), ("invalidStatus", invalidStatus("sent")),
        ("unknownRubric", unknownRubric("claims-handler", version: 3)),
        ("rubricInOtherVersions", rubricInOtherVersions("claims-handler", versions: "1, 2", wanted: 3)),
        ("knownRubrics", knownRubrics(["claims-handler"])),
        ("rubricHashMismatch", rubricHashMismatch("claims-handler@1", cardHash: "sha256:01", rubricHash: "sha256:02")),
        ("restoreRubricOrRaiseVersion", restoreRubricOrRaiseVersion),
        ("unknownStage", unknownStage("final", rubric: "claims-handler@1", stages: ["phone", "onsite"])),
        ("unknownCriterion", unknownCriterion("ownershp", rubric: "claims-handler@1")),
        ("criterionOutsideStage", criterionOutsideStage("ownership", stage: "phone")),
        ("removeRatingOrChangeStage", removeRatingOrChangeStage),
        ("invalidRecommendation", invalidRecommendation("maybe")),
        ("invalidQuestionVariant", invalidQuestionVariant(3, criterion: "ownership")), ("invalidSeal", invalidSeal),
        ("ratingContext", ratingContext("ownership")),
        ("ratingOffScale", ratingOffScale(7, criterion: "ownership", scale: "1..5")),
        ("rateOnScale", rateOnScale("1..5")), ("invalidStoreID", invalidStoreID("candidate", id: "../c-1")),
        ("sectionObservations", sectionObservations(["languages"])),
    ]
}
