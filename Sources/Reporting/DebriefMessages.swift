import Panel
import ScoringCore

/// The labels and sentences of the debrief pack (`hirescore merge --format html`, ``PanelHTMLReport``), each with its
/// German and English text.
///
/// ``entries`` lists them all (entries with arguments with sample arguments) for the test that every entry has both
/// languages.
package enum DebriefMessages: MessageCatalogue {
    // MARK: The page

    /// The page's title for one candidate: "Panel result: candidate c-101".
    package static func titleOneCandidate(_ candidate: String) -> LocalizedText {
        .init(en: "Panel result: candidate \(candidate)", de: "Panelergebnis: Kandidat*in \(candidate)")
    }
    /// The page's title for several candidates.
    package static let titleSeveralCandidates = LocalizedText(en: "Panel results", de: "Panelergebnisse")
    /// A fact under a heading: "requisition claims-2026-01".
    package static func requisitionFact(_ requisition: String) -> LocalizedText {
        .init(en: "requisition \(requisition)", de: "Ausschreibung \(requisition)")
    }
    /// How many candidates a page shows: "3 candidates".
    package static func candidateCount(_ count: Int) -> LocalizedText {
        count == 1
            ? .init(en: "1 candidate", de: "1 Kandidat*in")
            : .init(en: "\(count) candidates", de: "\(count) Kandidat*innen")
    }
    /// How many scorecards went into the page: "10 scorecards merged".
    package static func scorecardsMerged(_ count: Int) -> LocalizedText {
        .init(
            en: "\(count) scorecard\(count == 1 ? "" : "s") merged",
            de: "\(count) Bewertungsb\(count == 1 ? "ogen" : "ögen") zusammengeführt")
    }
    /// The consensus method as a fact: "consensus: median".
    package static func consensusFact(_ methods: String) -> LocalizedText {
        .init(en: "consensus: \(methods)", de: "Konsens: \(methods)")
    }
    /// The rubric as a fact: "rubric claims-handler@3 sha256:27ade695814f…".
    package static func rubricFact(_ reference: String, hash: String) -> LocalizedText {
        .init(en: "rubric \(reference) \(hash)…", de: "Vorlage \(reference) \(hash)…")
    }
    /// Said after a rater's name on a draft scorecard: " (draft)".
    package static let draftSuffix = LocalizedText(en: " (draft)", de: " (Entwurf)")

    // MARK: The overview

    /// The heading of the overview of several candidates.
    package static let overview = LocalizedText(en: "Overview", de: "Übersicht")
    /// The columns of the overview.
    package static let overviewColumns: [LocalizedText] = [
        .init(en: "candidate", de: "Kandidat*in"), .init(en: "requisition", de: "Ausschreibung"),
        .init(en: "panel recommendation", de: "Panel-Empfehlung"), .init(en: "consensus score", de: "Konsenswert"),
        .init(en: "coverage", de: "Abdeckung"), .init(en: "raters", de: "Bewertende"),
        .init(en: "within 1 level", de: "≤ 1 Stufe auseinander"), .init(en: "to discuss", de: "zu besprechen"),
    ]
    /// Beside a recommendation capped by knock-outs (the recommendation's badge carries the symbol): "2 knock-outs".
    package static func knockOutCount(_ count: Int) -> LocalizedText {
        count == 1
            ? .init(en: "1 knock-out", de: "1 K.-o.-Kriterium")
            : .init(en: "\(count) knock-outs", de: "\(count) K.-o.-Kriterien")
    }
    /// The heading of the agreement across each requisition.
    package static let agreementAcrossRequisitions = LocalizedText(
        en: "Agreement between the interviewers", de: "Übereinstimmung der Interviewer*innen")

    // MARK: Agreement in one sentence

    /// What α means, said with every α: "1 = full agreement, 0 = no better than chance".
    static let alphaScale = LocalizedText(
        en: "1 = full agreement, 0 = no better than chance",
        de: "1 = volle Übereinstimmung, 0 = nicht besser als Zufall")

    /// How far the interviewers agree across a requisition's candidates, in one sentence with α explained.
    ///
    /// `alpha` is the ordinal α as shown (three decimals); `withinOneLevelEverywhere` says that no two raters are
    /// more than one level apart on any criterion of any candidate (a low α then means that the ratings barely
    /// vary, not that the raters disagree).
    package static func requisitionAgreement(
        _ requisition: String, candidates: Int, alpha: String, reading: AgreementReading, belowZero: Bool,
        withinOneLevelEverywhere: Bool
    ) -> LocalizedText {
        let scaleEN = alphaScale.text(in: "en")
        let scaleDE = alphaScale.text(in: "de")
        let across = LocalizedText(
            en: "Across the \(candidates) candidates of \(requisition)",
            de: "Über die \(candidates) Kandidat*innen der Ausschreibung \(requisition)")
        let (en, de): (String, String)
        if belowZero {
            en =
                "the interviewers agree less than chance would (α = \(alpha); \(scaleEN)): do not rely on the scores before the panel has talked the ratings through."
            de =
                "stimmen die Interviewer*innen weniger überein als der Zufall (α = \(alpha); \(scaleDE)): verlassen Sie sich erst auf die Werte, wenn das Panel die Bewertungen besprochen hat."
        } else {
            switch (reading, withinOneLevelEverywhere) {
            case (.reliable, _):
                en = "the interviewers agree well (α = \(alpha); \(scaleEN))."
                de = "stimmen die Interviewer*innen gut überein (α = \(alpha); \(scaleDE))."
            case (.tentative, _):
                en =
                    "the interviewers agree moderately (α = \(alpha); \(scaleEN)): treat close calls as tentative."
                de =
                    "stimmen die Interviewer*innen mäßig überein (α = \(alpha); \(scaleDE)): knappe Ergebnisse nur als vorläufig lesen."
            case (.unreliable, true):
                en =
                    "the interviewers are never more than one level apart, but their ratings barely vary, so α is low (α = \(alpha); \(scaleEN)) and says little: go by each candidate's spread."
                de =
                    "liegen die Interviewer*innen nie mehr als eine Stufe auseinander, aber ihre Bewertungen variieren kaum; deshalb ist α niedrig (α = \(alpha); \(scaleDE)) und sagt wenig: maßgeblich ist die Spanne je Kandidat*in."
            case (.unreliable, false):
                en =
                    "the interviewers agree poorly (α = \(alpha); \(scaleEN)): discuss the flagged criteria before relying on the scores."
                de =
                    "stimmen die Interviewer*innen schlecht überein (α = \(alpha); \(scaleDE)): besprechen Sie die markierten Kriterien, bevor Sie sich auf die Werte verlassen."
            }
        }
        return .init(en: across.text(in: "en") + " " + en, de: across.text(in: "de") + " " + de)
    }

    /// Why a requisition has no agreement figure, in one sentence.
    package static func requisitionAgreementMissing(
        _ requisition: String, reason: PanelResult.Agreement.MissingReason?, candidates: Int?, raters: Int
    ) -> LocalizedText {
        let start = LocalizedText(
            en: "No agreement figure (α) for \(requisition): ",
            de: "Keine Übereinstimmungszahl (α) für \(requisition): ")
        let minimum = PanelResult.Agreement.minimumCandidates
        let why: LocalizedText
        switch reason {
        case .tooFewCandidates:
            let count = candidates ?? 0
            why = .init(
                en: "it needs at least \(minimum) candidates, there \(count == 1 ? "is" : "are") \(count).",
                de: "dafür braucht es mindestens \(minimum) Kandidat*innen, es \(count == 1 ? "ist" : "sind") \(count)."
            )
        case .tooFewRaters:
            why = .init(
                en: "only \(raters) interviewer\(raters == 1 ? "" : "s") rated.",
                de: "nur \(raters) Interviewer*in\(raters == 1 ? " hat" : "nen haben") bewertet.")
        case .noVariance:
            why = .init(
                en: "every rating is the same level, so there is nothing to measure agreement against.",
                de:
                    "alle Bewertungen liegen auf derselben Stufe, es gibt nichts, woran sich Übereinstimmung messen ließe."
            )
        case .tooFewUnits, .notAssessed, .panelsDiffer, nil:
            why = .init(
                en: "too few criteria were rated by two interviewers or more.",
                de: "zu wenige Kriterien wurden von mindestens zwei Interviewer*innen bewertet.")
        }
        return .joined([start, why])
    }

    /// How far one candidate's interviewers agree, in one sentence.
    package static func candidateAgreement(_ spread: PanelResult.Spread) -> LocalizedText {
        let raters = spread.raterCount
        guard raters >= 2 else {
            return .init(
                en: "Only \(raters) interviewer rated: there is no agreement to compare.",
                de: "Nur \(raters) Interviewer*in hat bewertet: es gibt keine Übereinstimmung zu vergleichen.")
        }
        guard let share = spread.withinOneLevelShare else {
            return .init(
                en: "No criterion was rated by two interviewers or more: there is no agreement to compare.",
                de:
                    "Kein Kriterium wurde von mindestens zwei Interviewer*innen bewertet: es gibt keine Übereinstimmung zu vergleichen."
            )
        }
        let within = spread.withinOneLevelCount
        let compared = spread.comparedCount
        let notCompared =
            spread.notComparedCount == 0
            ? LocalizedText(en: "", de: "")
            : LocalizedText(
                en: " rated by two or more (\(spread.notComparedCount) rated by fewer)",
                de: " mit mindestens zwei Bewertungen (\(spread.notComparedCount) mit weniger)")
        let wide = spread.wideCriteria.count
        if wide == 0 {
            return .init(
                en:
                    "The \(raters) interviewers agree: no two of them are more than one level apart on any of the \(compared) criteria\(notCompared.text(in: "en")).",
                de:
                    "Die \(raters) Interviewer*innen sind sich einig: bei keinem der \(compared) Kriterien\(notCompared.text(in: "de")) liegen zwei von ihnen mehr als eine Stufe auseinander."
            )
        }
        let percentEN = Format.percent(share, language: .en)
        let percentDE = Format.percent(share, language: .de)
        return .init(
            en:
                "The \(raters) interviewers are within one level of each other on \(within) of \(compared) criteria\(notCompared.text(in: "en")) (\(percentEN)) and two levels or more apart on \(wide): see the criteria to discuss.",
            de:
                "Die \(raters) Interviewer*innen liegen bei \(within) von \(compared) Kriterien\(notCompared.text(in: "de")) (\(percentDE)) höchstens eine Stufe auseinander und bei \(wide) zwei Stufen oder mehr: siehe die zu besprechenden Kriterien."
        )
    }

    // MARK: A candidate's pack

    /// The word before a candidate's id in the heading of their pack: "Candidate".
    package static let candidateHeading = LocalizedText(en: "Candidate", de: "Kandidat*in")
    /// The words before the panel's recommendation: "Panel recommendation".
    package static let panelRecommendation = LocalizedText(en: "Panel recommendation", de: "Panel-Empfehlung")
    /// The label of the consensus score in the decision box.
    package static let consensusScore = LocalizedText(en: "consensus score", de: "Konsenswert")
    /// The coverage in the decision box: "coverage 15/15 (100%)".
    package static func coverage(_ rated: Int, of total: Int, percent: String) -> LocalizedText {
        .init(en: "coverage \(rated)/\(total) (\(percent))", de: "Abdeckung \(rated)/\(total) (\(percent))")
    }
    /// The heading of the knock-outs.
    package static let knockOuts = LocalizedText(en: "Knock-outs", de: "K.-o.-Kriterien")
    /// Said when no knock-out was reported: "Knock-outs: none."
    package static let noKnockOuts = LocalizedText(en: "Knock-outs: none.", de: "K.-o.-Kriterien: keine.")
    /// The heading of the agreement sentence of a candidate.
    package static let agreement = LocalizedText(en: "Agreement", de: "Übereinstimmung")

    /// The heading of the criteria to discuss.
    package static let criteriaToDiscuss = LocalizedText(en: "Criteria to discuss", de: "Zu besprechende Kriterien")
    /// The caption of the table of criteria to discuss, with the bar (the level that meets the requirements).
    package static func criteriaToDiscussCaption(bar: Int?) -> LocalizedText {
        guard let bar else {
            return .init(
                en: "Criteria the raters are two levels or more apart on, and criteria nobody rated.",
                de:
                    "Kriterien, bei denen die Bewertenden zwei Stufen oder mehr auseinanderliegen, und Kriterien, die niemand bewertet hat."
            )
        }
        return .init(
            en:
                "Criteria the raters are two levels or more apart on, whose consensus is below \(bar) (meets the requirements), or that nobody rated; the widest apart first.",
            de:
                "Kriterien, bei denen die Bewertenden zwei Stufen oder mehr auseinanderliegen, deren Konsens unter \(bar) (erfüllt die Anforderungen) liegt oder die niemand bewertet hat; die größte Spanne zuerst."
        )
    }
    /// Said when no criterion needs discussing.
    package static func noCriteriaToDiscuss(bar: Int?) -> LocalizedText {
        guard let bar else {
            return .init(
                en:
                    "None: the raters are within one level of each other on every criterion, and every criterion was rated.",
                de:
                    "Keine: die Bewertenden liegen bei jedem Kriterium höchstens eine Stufe auseinander, und jedes Kriterium wurde bewertet."
            )
        }
        return .init(
            en:
                "None: the raters are within one level of each other on every criterion, and every consensus reaches \(bar) (meets the requirements).",
            de:
                "Keine: die Bewertenden liegen bei jedem Kriterium höchstens eine Stufe auseinander, und jeder Konsens erreicht \(bar) (erfüllt die Anforderungen)."
        )
    }
    /// The columns of the table of criteria to discuss, after the criterion and before the raters' ratings.
    package static let discussColumns: (criterion: LocalizedText, consensus: LocalizedText, why: LocalizedText) = (
        .init(en: "criterion", de: "Kriterium"), .init(en: "consensus", de: "Konsens"), .init(en: "why", de: "warum")
    )
    /// Why a criterion is to discuss: the raters' range ("2 levels apart (2 to 4)").
    package static func levelsApart(_ range: String, low: String, high: String) -> LocalizedText {
        .init(
            en: "⚑ \(range) levels apart (\(low) to \(high))", de: "⚑ \(range) Stufen auseinander (\(low) bis \(high))")
    }
    /// Why a criterion is to discuss: its consensus is below the bar ("▼ below 3"; the caption says what 3 means).
    package static func belowTheBar(_ bar: Int) -> LocalizedText {
        .init(en: "▼ below \(bar)", de: "▼ unter \(bar)")
    }
    /// Why a criterion is to discuss: nobody rated it.
    package static let ratedByNobody = LocalizedText(en: "○ rated by nobody", de: "○ von niemandem bewertet")

    /// The heading of the sections against the thresholds.
    package static let sectionsHeading = LocalizedText(
        en: "Sections against the decision thresholds", de: "Abschnitte und Entscheidungsschwellen")
    /// The title of the chart of the sections.
    package static let sectionsChartTitle = LocalizedText(
        en: "Consensus per section against the decision thresholds",
        de: "Konsens je Abschnitt und Entscheidungsschwellen")
    /// The row of the overall score in the chart of the sections.
    package static let overallWeighted = LocalizedText(en: "Overall (weighted)", de: "Gesamt (gewichtet)")
    /// The caption of the chart of the sections.
    package static let sectionsCaption = LocalizedText(
        en: "The thresholds decide on the overall score; knock-outs and coverage can cap the recommendation.",
        de: "Die Schwellen gelten für den Gesamtwert; K.-o.-Kriterien und Abdeckung können die Empfehlung begrenzen.")

    /// The heading of the dot plots of the ratings.
    package static let ratingsHeading = LocalizedText(en: "Ratings", de: "Bewertungen")
    /// The heading of the table of what each interviewer said.
    package static let whoSaidWhat = LocalizedText(en: "Who said what", de: "Wer hat was gesagt")
    /// The columns of the table of what each interviewer said (the signature column is ``SignatureMessages``').
    package static let whoSaidWhatColumns: [LocalizedText] = [
        .init(en: "interviewer", de: "Interviewer*in"), .init(en: "interview", de: "Interview"),
        .init(en: "own recommendation", de: "eigene Empfehlung"),
        .init(en: "own ratings → by the rules", de: "eigene Bewertungen → nach den Regeln"),
        .init(en: "reason", de: "Begründung"),
    ]
    /// Where a candidate's appendix is: "Every rating side by side and the evidence: appendix A.1.".
    package static func seeAppendix(_ number: Int) -> LocalizedText {
        .init(
            en: "Every rating side by side and the evidence: appendix A.\(number).",
            de: "Alle Bewertungen nebeneinander und die Belege: Anhang A.\(number).")
    }

    // MARK: The appendix

    /// The heading of the appendix.
    package static let appendix = LocalizedText(
        en: "Appendix: agreement statistics, ratings and evidence",
        de: "Anhang: Übereinstimmungsstatistik, Bewertungen und Belege")
    /// The heading of a candidate's part of the appendix: "A.1 c-101: ratings and evidence".
    package static func appendixCandidate(_ number: Int, _ candidate: String) -> LocalizedText {
        .init(
            en: "A.\(number) \(candidate): ratings and evidence", de: "A.\(number) \(candidate): Bewertungen und Belege"
        )
    }
    /// The line before the statistics of a requisition: "Agreement across requisition claims-2026-01: ".
    package static func agreementStatistics(_ requisition: String) -> LocalizedText {
        .init(
            en: "Agreement across requisition \(requisition): ",
            de: "Übereinstimmung über die Ausschreibung \(requisition): ")
    }
    /// The caption of the table of every rating.
    package static let ratingsTableCaption = LocalizedText(
        en: "Ratings side by side (n/a: not assessed, left out of every average)",
        de: "Bewertungen nebeneinander (n/a: nicht beurteilt, in keinem Mittel enthalten)")
    /// The columns of the table of every rating after the raters.
    package static let ratingsColumns: [LocalizedText] = [
        .init(en: "median", de: "Median"), .init(en: "mean", de: "Mittel"), .init(en: "range", de: "Spanne"),
        .init(en: "consensus", de: "Konsens"), .init(en: "flag", de: "Hinweis"),
    ]
    /// The first column of the table of every rating.
    package static let criterionColumn = LocalizedText(en: "criterion", de: "Kriterium")
    /// The heading of the sections' arithmetic in the appendix.
    package static let sectionArithmetic = LocalizedText(
        en: "How the section scores are computed", de: "Wie die Abschnittswerte berechnet werden")
    /// The heading of the evidence.
    package static let evidence = LocalizedText(en: "Evidence", de: "Belege")
    /// Said when no rater wrote evidence for a candidate.
    package static let noEvidence = LocalizedText(en: "No evidence was written.", de: "Es wurden keine Belege notiert.")

    // MARK: The files

    /// The heading of the files.
    package static let files = LocalizedText(en: "Files", de: "Dateien")
    /// How the files read were used: "10 read, 10 merged, 0 refused".
    package static func filesCount(read: Int, merged: Int, refused: Int) -> LocalizedText {
        .init(
            en: "\(read) read, \(merged) merged, \(refused) refused",
            de: "\(read) gelesen, \(merged) zusammengeführt, \(refused) abgelehnt")
    }
    /// Said of files not merged because another scorecard of the same candidate is refused.
    package static let withheld = LocalizedText(
        en: "not merged because another scorecard of the same candidate is refused above",
        de: "nicht zusammengeführt, weil ein anderer Bewertungsbogen derselben Kandidat*in oben abgelehnt ist")

    /// Every entry, entries with arguments with sample arguments.
    package static var entries: [(name: String, text: LocalizedText)] {
        var entries: [(name: String, text: LocalizedText)] = [
            ("titleOneCandidate", titleOneCandidate("c-1")), ("titleSeveralCandidates", titleSeveralCandidates),
            ("requisitionFact", requisitionFact("r")), ("candidateCount(1)", candidateCount(1)),
            ("candidateCount(3)", candidateCount(3)), ("scorecardsMerged(1)", scorecardsMerged(1)),
            ("scorecardsMerged(3)", scorecardsMerged(3)), ("consensusFact", consensusFact("median")),
            ("rubricFact", rubricFact("r@1", hash: "sha256:0")), ("draftSuffix", draftSuffix),
            ("overview", overview), ("knockOutCount(1)", knockOutCount(1)), ("knockOutCount(2)", knockOutCount(2)),
            ("agreementAcrossRequisitions", agreementAcrossRequisitions), ("alphaScale", alphaScale),
            ("candidateHeading", candidateHeading), ("panelRecommendation", panelRecommendation),
            ("consensusScore", consensusScore), ("coverage", coverage(1, of: 2, percent: "50%")),
            ("knockOuts", knockOuts), ("noKnockOuts", noKnockOuts), ("agreement", agreement),
            ("criteriaToDiscuss", criteriaToDiscuss), ("criteriaToDiscussCaption(3)", criteriaToDiscussCaption(bar: 3)),
            ("criteriaToDiscussCaption(nil)", criteriaToDiscussCaption(bar: nil)),
            ("noCriteriaToDiscuss(3)", noCriteriaToDiscuss(bar: 3)),
            ("noCriteriaToDiscuss(nil)", noCriteriaToDiscuss(bar: nil)),
            ("discussColumns.criterion", discussColumns.criterion),
            ("discussColumns.consensus", discussColumns.consensus), ("discussColumns.why", discussColumns.why),
            ("levelsApart", levelsApart("2", low: "2", high: "4")), ("belowTheBar", belowTheBar(3)),
            ("ratedByNobody", ratedByNobody), ("sectionsHeading", sectionsHeading),
            ("sectionsChartTitle", sectionsChartTitle), ("overallWeighted", overallWeighted),
            ("sectionsCaption", sectionsCaption), ("ratingsHeading", ratingsHeading), ("whoSaidWhat", whoSaidWhat),
            ("seeAppendix", seeAppendix(1)), ("appendix", appendix), ("appendixCandidate", appendixCandidate(1, "c")),
            ("agreementStatistics", agreementStatistics("r")), ("ratingsTableCaption", ratingsTableCaption),
            ("criterionColumn", criterionColumn), ("sectionArithmetic", sectionArithmetic), ("evidence", evidence),
            ("noEvidence", noEvidence),
            ("files", files), ("filesCount", filesCount(read: 3, merged: 2, refused: 1)), ("withheld", withheld),
        ]
        entries += overviewColumns.enumerated().map { ("overviewColumns[\($0)]", $1) }
        entries += whoSaidWhatColumns.enumerated().map { ("whoSaidWhatColumns[\($0)]", $1) }
        entries += ratingsColumns.enumerated().map { ("ratingsColumns[\($0)]", $1) }
        for reading in [AgreementReading.reliable, .tentative, .unreliable] {
            for within in [false, true] {
                entries.append(
                    (
                        "requisitionAgreement(\(reading), \(within))",
                        requisitionAgreement(
                            "r", candidates: 3, alpha: "0.5", reading: reading, belowZero: false,
                            withinOneLevelEverywhere: within)
                    ))
            }
        }
        entries.append(
            (
                "requisitionAgreement(below zero)",
                requisitionAgreement(
                    "r", candidates: 3, alpha: "-0.1", reading: .unreliable, belowZero: true,
                    withinOneLevelEverywhere: false)
            ))
        let reasons: [PanelResult.Agreement.MissingReason?] = [
            .tooFewCandidates, .tooFewRaters, .noVariance, .tooFewUnits, nil,
        ]
        for reason in reasons {
            entries.append(
                (
                    "requisitionAgreementMissing(\(reason?.rawValue ?? "nil"))",
                    requisitionAgreementMissing("r", reason: reason, candidates: 2, raters: 1)
                ))
        }
        let spreads: [(String, PanelResult.Spread)] = [
            ("one rater", .init([[3], [4]], criteria: ["a", "b"])),
            ("none compared", .init([[3, nil], [nil, 4]], criteria: ["a", "b"])),
            ("all within one", .init([[3, 4], [4, 4], [2, nil]], criteria: ["a", "b", "c"])),
            ("some apart", .init([[2, 4], [4, 4]], criteria: ["a", "b"])),
        ]
        for (name, spread) in spreads { entries.append(("candidateAgreement(\(name))", candidateAgreement(spread))) }
        return entries
    }
}
