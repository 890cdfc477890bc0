import Panel
import ScoringCore

/// A merge as readable terminal text: per candidate the panel recommendation with its arithmetic,
/// ratings side by side, discussion flags, gaps, knock-outs with who reported them, who said what,
/// and agreement; then every file accounted for.
public struct PanelTextReport: Sendable {
    /// The language of the report.
    public var language: Language

    /// Creates a report renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The whole report.
    public func render(_ report: PanelMerger.Report) -> String {
        // Each candidate's text on its own core (a campaign holds thousands), joined in order.
        let panels = report.panels
        var out = ParallelMap.map(panels.count) { render(panels[$0]) }.joined(
            separator: "\n" + String(repeating: "═", count: 78) + "\n\n")
        let de = language == .de
        for (requisition, agreement) in report.agreementAcrossRequisitions {
            out +=
                "\n"
                + (de
                    ? "Übereinstimmung über die Ausschreibung \(requisition.isEmpty ? "–" : requisition): "
                    : "Agreement across requisition \(requisition.isEmpty ? "–" : requisition): ")
            out += agreementText(agreement) + "\n"
            if CriterionReliabilityReport.hasValues(agreement.criteria) {
                out += "\n" + CriterionReliabilityReport(language: language).text(requisition, agreement.criteria)
            }
        }
        out += "\n" + accounting(report)
        return out
    }

    /// The accounting of every file read, and what was refused.
    public func accounting(_ report: PanelMerger.Report) -> String {
        let de = language == .de
        let refused = report.problems.flatMap(\.files)
        var out =
            de
            ? "Dateien: \(report.filesRead.count) gelesen, \(report.filesMerged.count) zusammengeführt, \(Set(refused).count) abgelehnt\n"
            : "Files: \(report.filesRead.count) read, \(report.filesMerged.count) merged, \(Set(refused).count) refused\n"
        for problem in report.problems {
            out += "  ✖ \(problem.message.text(in: language))\n"
            for file in problem.files { out += "      \(file)\n" }
            for diagnostic in problem.diagnostics { out += "      \(diagnostic.header(in: language))\n" }
        }
        return out
    }

    /// One candidate's panel result.
    public func render(_ panel: PanelResult) -> String {
        let de = language == .de
        let lang = language.rawValue
        let rubric = panel.rubric
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line(
            "\(de ? "Kandidat*in" : "Candidate") \(panel.candidate)"
                + (panel.requisition.map { "  (\(de ? "Ausschreibung" : "requisition") \($0))" } ?? "")
                + " — \(rubric.title.text(in: lang))")
        line(
            "\(de ? "Vorlage" : "Rubric") \(rubric.reference)  \(rubric.hash.prefix(19))…  · \(de ? "Konsens" : "consensus"): \(methodLabel(panel.method))"
        )
        if let note = panel.whatIfNote { line("!! " + note.text(in: language)) }
        line(
            (de ? "Panel: " : "Panel: ")
                + panel.raters.enumerated().map { index, rater in
                    "\(index + 1) \(rater.interviewer.singleLine)" + (rater.stage.map { " [\($0)]" } ?? "")
                        + (rater.isDraft ? (de ? " (ENTWURF)" : " (DRAFT)") : "")
                }.joined(separator: ", "))
        line(
            SignatureMessages.heading.text(in: language) + ": "
                + panel.raters.enumerated().map { index, rater in
                    "\(index + 1) "
                        + (rater.signature.map { $0.label.text(in: language) }
                        ?? SignatureMessages.draftNotSealed.text(in: language)).singleLine
                }.joined(separator: ", "))
        line()
        let consensus = panel.consensus
        let score = consensus.overallScore.map { Format.fixed($0, language: language) } ?? "–"
        line(
            "\(de ? "PANEL-EMPFEHLUNG" : "PANEL RECOMMENDATION"): \(consensus.recommendation.label.text(in: language).uppercased())   "
                + "\(de ? "Konsenswert" : "consensus score") \(score)   \(de ? "Abdeckung" : "coverage") \(consensus.ratedCount)/\(consensus.criterionCount) (\(Format.percent(consensus.coverage, language: language)))"
        )
        line("  \(consensus.overallArithmetic.text(in: language))")
        for reason in consensus.recommendationReasons { line("  \(reason.text(in: language))") }
        line()
        // Ratings side by side.
        let titleWidth = min(44, max(20, rubric.allCriteria.map { $0.title.text(in: lang).count }.max() ?? 20))
        let raterHeader = (1...max(1, panel.raters.count)).map { String($0).leftPadded(to: 4) }.joined()
        line(
            (de ? "Bewertungen" : "Ratings").padded(to: titleWidth + 2) + raterHeader
                + (de ? "  Median Mittel Spanne" : "  median   mean  range"))
        for section in rubric.sections {
            line(section.title.text(in: lang))
            for row in panel.rows where row.sectionID == section.id {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                var text = "  " + title.truncated(to: titleWidth).padded(to: titleWidth)
                text += row.ratings.map { $0.description.leftPadded(to: 4) }.joined()
                text += (row.median.map { Format.number($0, language: language) } ?? "–").leftPadded(to: 8)
                text += (row.mean.map { Format.fixed($0, language: language) } ?? "–").leftPadded(to: 7)
                text += (row.range.map { Format.number($0, language: language) } ?? "–").leftPadded(to: 7)
                if row.needsDiscussion { text += de ? "  ⚑ besprechen" : "  ⚑ discuss" }
                if row.isGap { text += de ? "  ○ Lücke" : "  ○ gap" }
                line(text)
            }
        }
        line()
        line(de ? "Abschnitte (auf den Konsensbewertungen)" : "Sections (on the consensus ratings)")
        for (section, result) in zip(rubric.sections, consensus.sections) {
            line(
                "  \(section.title.text(in: lang)): \(result.score.map { Format.fixed($0, language: language) } ?? "–")"
            )
            for explanation in result.explanation { line("    = \(explanation.text(in: language))") }
            for flag in result.flags { line("    ! \(flag.message.text(in: language))") }
            for output in ModuleDataLines.outputs(of: result, in: language) { line("    · " + output) }
        }
        for observed in ModuleDataLines.observations(
            panel.consensusObservations, rubric: rubric, heading: ModuleDataLines.observedByPanel, in: language)
        {
            line("  " + observed)
        }
        line()
        line(de ? "K.-o.-Kriterien" : "Knock-outs")
        let knockOutLines = panel.knockOutLines
        if knockOutLines.isEmpty { line(de ? "  keine" : "  none") }
        for knockOut in knockOutLines {
            let symbol = knockOut.status.symbol
            line("  \(symbol) [\(knockOut.id)] \(knockOut.text.text(in: language).singleLine)")
        }
        line()
        line(de ? "Wer hat was gesagt" : "Who said what")
        for view in panel.views {
            let own = view.ownRecommendation?.label.text(in: language) ?? "–"
            let rules = view.result.recommendation.label.text(in: language)
            let ownScore = view.result.overallScore.map { Format.fixed($0, language: language) } ?? "–"
            var text =
                "  \(view.interviewer.singleLine): \(own)  (\(de ? "eigene Bewertungen" : "own ratings") \(ownScore) → \(rules))"
            if let reason = view.reason, !reason.isEmpty {
                text += de ? " — „\(reason.singleLine)“" : " — “\(reason.singleLine)”"
            }
            line(text)
            if let note = view.consistencyNote { line("    ! \(note.text(in: language))") }
        }
        line()
        line((de ? "Übereinstimmung: " : "Agreement: ") + spreadText(panel))
        let discuss = panel.rows.filter(\.needsDiscussion)
        if !discuss.isEmpty {
            line(de ? "Für die Nachbesprechung (Spanne ≥ 2 Stufen):" : "For the debrief (range ≥ 2 levels):")
            for row in discuss {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                line(
                    "  - \(title): "
                        + zip(panel.raters, row.ratings).map { "\($0.interviewer.singleLine) \($1)" }.joined(
                            separator: ", "))
            }
        }
        if !panel.gaps.isEmpty {
            line(
                (de ? "Lücken (von niemandem bewertet): " : "Gaps (rated by nobody): ")
                    + panel.gaps.joined(separator: ", "))
        }
        let missingStages = panel.missingStages
        if !missingStages.isEmpty {
            line(
                (de ? "Stufen ohne Bewertungsbogen: " : "Stages without a scorecard: ")
                    + missingStages.map { "\($0.id) (\($0.title.text(in: lang)))" }.joined(separator: ", "))
        }
        let notCovered = panel.criteriaNoStageCovered
        if !notCovered.isEmpty {
            line(
                (de ? "Von keiner Stufe des Panels abgedeckt: " : "Covered by no stage of the panel: ")
                    + notCovered.joined(separator: ", "))
        }
        return out
    }

    /// The spread of one candidate's panel in plain words: on how many criteria every rater is within
    /// one level, and which criteria have a range of two levels or more (with the lowest and highest rating).
    public func spreadText(_ panel: PanelResult) -> String {
        let de = language == .de
        let spread = panel.spread
        guard spread.raterCount >= 2 else {
            return de
                ? "nur \(spread.raterCount) Person\(spread.raterCount == 1 ? " hat" : "en haben") bewertet: keine Spanne zu vergleichen"
                : "only \(spread.raterCount) rater\(spread.raterCount == 1 ? "" : "s") rated anything: no spread to compare"
        }
        guard let share = spread.withinOneLevelShare else {
            return de
                ? "kein Kriterium wurde von mindestens zwei Personen bewertet: keine Spanne zu vergleichen"
                : "no criterion was rated by two raters or more: no spread to compare"
        }
        let lang = language.rawValue
        var text =
            de
            ? "alle Bewertenden höchstens eine Stufe auseinander bei \(spread.withinOneLevelCount) von \(spread.comparedCount) Kriterien (\(Format.percent(share, language: language)))"
            : "all raters within one level on \(spread.withinOneLevelCount) of \(spread.comparedCount) criteria (\(Format.percent(share, language: language)))"
        if spread.notComparedCount > 0 {
            let count = spread.notComparedCount
            text +=
                de
                ? " (\(count) \(count == 1 ? "Kriterium" : "Kriterien") mit weniger als zwei Bewertungen nicht gezählt)"
                : " (\(count) \(count == 1 ? "criterion" : "criteria") rated by fewer than two raters not counted)"
        }
        if spread.wideCriteria.isEmpty {
            text +=
                de
                ? "; kein Kriterium mit einer Spanne von zwei Stufen oder mehr"
                : "; no criterion with a range of two levels or more"
        } else {
            let wide = spread.wideCriteria.map { id -> String in
                let title = panel.rubric.criterion(id)?.title.text(in: lang) ?? id
                let values = panel.rows.first { $0.criterionID == id }?.ratings.compactMap(\.value) ?? []
                guard let low = values.min(), let high = values.max() else { return title }
                return
                    "\(title) (\(Format.number(low, language: language)) \(de ? "bis" : "to") \(Format.number(high, language: language)))"
            }
            text +=
                de
                ? "; Spanne von zwei Stufen oder mehr bei \(wide.count): "
                : "; a range of two levels or more on \(wide.count): "
            text += wide.joined(separator: ", ")
        }
        return text
    }

    /// The agreement statistics of a requisition in one line: ordinal alpha with its bootstrap 95%
    /// interval and its reading, ICC(2,1) and ICC(2,k), then why a statistic is missing and any value
    /// outside its usual range.
    public func agreementText(_ agreement: PanelResult.Agreement) -> String {
        let de = language == .de
        var parts: [String] = []
        if let ordinal = agreement.alphaOrdinal {
            var text = "α \(de ? "ordinal" : "ordinal") \(Format.fixed(ordinal, digits: 3, language: language))"
            if let interval = agreement.alphaOrdinal95 {
                let low = Format.fixed(interval.lowerBound, digits: 3, language: language)
                let high = Format.fixed(interval.upperBound, digits: 3, language: language)
                text +=
                    de
                    ? " (95-%-Intervall \(low) bis \(high), Bootstrap)" : " (95% interval \(low) to \(high), bootstrap)"
            }
            if let reading = agreement.reading { text += " — \(reading.label.text(in: language))" }
            parts.append(text)
        }
        if let icc = agreement.icc {
            parts.append(
                "ICC(2,1) \(Format.fixed(icc.single, digits: 3, language: language)), "
                    + "ICC(2,\(agreement.iccRaterCount)) \(Format.fixed(icc.average, digits: 3, language: language))")
        }
        parts += agreement.notes.map { $0.text(in: language) }
        return parts.joined(separator: "; ")
    }

    func methodLabel(_ method: ConsensusMethod) -> String {
        method.label.text(in: language)
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The text with its first letter upper-cased, for a line that stands alone under a heading.
    var sentenceCased: String {
        prefix(1).uppercased() + dropFirst()
    }

    func truncated(to width: Int) -> String {
        count <= width ? self : String(prefix(width - 1)) + "…"
    }
}
