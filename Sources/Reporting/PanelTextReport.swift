import Panel
import ScoringCore

/// A merge as readable terminal text: per candidate the panel recommendation with its arithmetic,
/// ratings side by side, discussion flags, gaps, knock-outs with who reported them, who said what,
/// and agreement; then every file accounted for.
package struct PanelTextReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a report renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The whole report.
    package func render(_ report: PanelMerger.Report) -> String {
        var out = ""
        write(report) { out += $0 }
        return out
    }

    /// The whole report piece by piece, in order (see ``ReportPieces``): the candidates a slice at a time, then
    /// the agreement across each requisition and the accounting of the files.
    package func write(_ report: PanelMerger.Report, to emit: (String) -> Void) {
        // Each candidate's text on its own core (a campaign holds thousands), in order.
        ReportPieces.candidates(
            report.panels, separator: "\n" + String(repeating: "═", count: 78) + "\n\n", emit: emit
        ) { _, panel in render(panel) }
        var out = ""
        for (requisition, agreement) in report.agreementAcrossRequisitions {
            out += "\n" + text(PanelReportMessages.agreementAcross(requisition.isEmpty ? "–" : requisition))
            out += agreementText(agreement) + "\n"
            if CriterionReliabilityReport.hasValues(agreement.criteria) {
                out += "\n" + CriterionReliabilityReport(language: language).text(requisition, agreement.criteria)
            }
        }
        out += "\n" + accounting(report)
        emit(out)
    }

    /// The accounting of every file read, and what was refused.
    package func accounting(_ report: PanelMerger.Report) -> String {
        let refused = report.problems.flatMap(\.files)
        let counts = PanelReportMessages.fileCounts(
            read: report.filesRead.count, merged: report.filesMerged.count, refused: Set(refused).count)
        var out = text(PanelReportMessages.files) + ": " + text(counts) + "\n"
        for problem in report.problems {
            out += "  ✖ \(problem.message.text(in: language))\n"
            for file in problem.files { out += "      \(file)\n" }
            for diagnostic in problem.diagnostics { out += "      \(diagnostic.header(in: language))\n" }
        }
        return out
    }

    /// One candidate's panel result.
    package func render(_ panel: PanelResult) -> String {
        var out = header(panel)
        out += "\n" + ratings(panel)
        out += "\n" + sections(panel)
        out += "\n" + knockOuts(panel)
        out += "\n" + views(panel)
        out += "\n" + agreement(panel)
        return out
    }

    /// A catalogue entry in the report's language.
    func text(_ message: LocalizedText) -> String {
        message.text(in: language)
    }

    /// The candidate, rubric, consensus method, raters and signatures, then the panel recommendation.
    func header(_ panel: PanelResult) -> String {
        let rubric = panel.rubric
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line(
            "\(text(ReportMessages.candidateHeading)) \(panel.candidate)"
                + (panel.requisition.map { "  (\(text(PanelReportMessages.requisitionFact($0))))" } ?? "")
                + " — \(rubric.title.text(in: language))")
        line(
            "\(text(PanelReportMessages.rubric)) \(rubric.reference)  \(rubric.hash.prefix(19))…  · "
                + text(PanelReportMessages.consensusFact(methodLabel(panel.method))))
        if let note = panel.whatIfNote { line("!! " + note.text(in: language)) }
        line(
            text(PanelReportMessages.panel) + ": "
                + panel.raters.enumerated().map { index, rater in
                    "\(index + 1) \(rater.interviewer.singleLine)" + (rater.stage.map { " [\($0)]" } ?? "")
                        + (rater.isDraft ? text(PanelReportMessages.draftSuffixUppercased) : "")
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
            "\(text(PanelReportMessages.panelRecommendation).uppercased()): "
                + "\(consensus.recommendation.label.text(in: language).uppercased())   "
                + "\(text(PanelReportMessages.consensusScore)) \(score)   \(text(PanelReportMessages.coverage)) "
                + "\(consensus.ratedCount)/\(consensus.criterionCount) "
                + "(\(Format.percent(consensus.coverage, language: language)))"
        )
        line("  \(consensus.overallArithmetic.text(in: language))")
        for reason in consensus.recommendationReasons { line("  \(reason.text(in: language))") }
        return out
    }

    /// The ratings side by side, criterion by criterion under each section, with the flags.
    func ratings(_ panel: PanelResult) -> String {
        let rubric = panel.rubric
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        let titleWidth = min(44, max(20, rubric.allCriteria.map { $0.title.text(in: language).count }.max() ?? 20))
        let raterHeader = (1...max(1, panel.raters.count)).map { String($0).leftPadded(to: 4) }.joined()
        line(
            text(PanelReportMessages.ratings).padded(to: titleWidth + 2) + raterHeader
                + text(PanelReportMessages.ratingsTextColumns))
        for section in rubric.sections {
            line(section.title.text(in: language))
            for row in panel.rows where row.sectionID == section.id {
                let title = rubric.criterion(row.criterionID)?.title.text(in: language) ?? row.criterionID
                var text = "  " + title.truncated(to: titleWidth).padded(to: titleWidth)
                text += row.ratings.map { $0.description.leftPadded(to: 4) }.joined()
                text += (row.median.map { Format.number($0, language: language) } ?? "–").leftPadded(to: 8)
                text += (row.mean.map { Format.fixed($0, language: language) } ?? "–").leftPadded(to: 7)
                text += (row.range.map { Format.number($0, language: language) } ?? "–").leftPadded(to: 7)
                if row.needsDiscussion { text += "  " + self.text(PanelReportMessages.discussFlag) }
                if row.isGap { text += "  " + self.text(PanelReportMessages.gapFlag) }
                line(text)
            }
        }
        return out
    }

    /// The sections on the consensus ratings with their arithmetic, flags and module outputs, and the panel's
    /// observations.
    func sections(_ panel: PanelResult) -> String {
        let rubric = panel.rubric
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line(text(PanelReportMessages.sections))
        for (section, result) in zip(rubric.sections, panel.consensus.sections) {
            line(
                "  \(section.title.text(in: language)): "
                    + "\(result.score.map { Format.fixed($0, language: language) } ?? "–")"
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
        return out
    }

    /// The knock-out lines, or "none".
    func knockOuts(_ panel: PanelResult) -> String {
        var out = text(PanelReportMessages.knockOuts) + "\n"
        let knockOutLines = panel.knockOutLines
        if knockOutLines.isEmpty { out += "  " + text(PanelReportMessages.none) + "\n" }
        for knockOut in knockOutLines {
            let symbol = knockOut.status.symbol
            out += "  \(symbol) [\(knockOut.id)] \(knockOut.text.text(in: language).singleLine)\n"
        }
        return out
    }

    /// Each interviewer's own recommendation against their own ratings by the rules, with their reason.
    func views(_ panel: PanelResult) -> String {
        var out = text(PanelReportMessages.whoSaidWhat) + "\n"
        for view in panel.views {
            let own = view.ownRecommendation?.label.text(in: language) ?? "–"
            let rules = view.byTheRules.label.text(in: language)
            let ownScore = view.ownScore.map { Format.fixed($0, language: language) } ?? "–"
            var line =
                "  \(view.interviewer.singleLine): \(own)  "
                + "(\(text(PanelReportMessages.ownRatings)) \(ownScore) → \(rules))"
            if let reason = view.reason, !reason.isEmpty {
                line += " — " + text(PanelReportMessages.quoted(reason.singleLine))
            }
            out += line + "\n"
            if let note = view.consistencyNote { out += "    ! \(note.text(in: language))\n" }
        }
        return out
    }

    /// The spread, the criteria to discuss, the gaps, and the stages and criteria nobody covered.
    func agreement(_ panel: PanelResult) -> String {
        let rubric = panel.rubric
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line(text(PanelReportMessages.agreement) + ": " + spreadText(panel))
        let discuss = panel.rows.filter(\.needsDiscussion)
        if !discuss.isEmpty {
            line(text(PanelReportMessages.forTheDebriefLine))
            for row in discuss {
                let title = rubric.criterion(row.criterionID)?.title.text(in: language) ?? row.criterionID
                line(
                    "  - \(title): "
                        + zip(panel.raters, row.ratings).map { "\($0.interviewer.singleLine) \($1)" }.joined(
                            separator: ", "))
            }
        }
        if !panel.gaps.isEmpty {
            line(text(PanelReportMessages.gaps) + panel.gaps.joined(separator: ", "))
        }
        let missingStages = panel.missingStages
        if !missingStages.isEmpty {
            line(
                text(PanelReportMessages.stagesWithoutScorecard)
                    + missingStages.map { "\($0.id) (\($0.title.text(in: language)))" }.joined(separator: ", "))
        }
        let notCovered = panel.criteriaNoStageCovered
        if !notCovered.isEmpty {
            line(text(PanelReportMessages.coveredByNoStage) + notCovered.joined(separator: ", "))
        }
        return out
    }

    /// The spread of one candidate's panel in plain words: on how many criteria every rater is within
    /// one level, and which criteria have a range of two levels or more (with the lowest and highest rating).
    package func spreadText(_ panel: PanelResult) -> String {
        let spread = panel.spread
        guard spread.raterCount >= 2 else { return text(PanelReportMessages.onlyRaters(spread.raterCount)) }
        guard let share = spread.withinOneLevelShare else { return text(PanelReportMessages.noCriterionRatedTwice) }
        var out = text(
            PanelReportMessages.withinOneLevel(spread.withinOneLevelCount, of: spread.comparedCount, share: share))
        if spread.notComparedCount > 0 { out += text(PanelReportMessages.notCompared(spread.notComparedCount)) }
        if spread.wideCriteria.isEmpty {
            out += text(PanelReportMessages.noWideCriterion)
        } else {
            let wide = spread.wideCriteria.map { id -> String in
                let title = panel.rubric.criterion(id)?.title.text(in: language) ?? id
                let values = panel.rows.first { $0.criterionID == id }?.ratings.compactMap(\.value) ?? []
                guard let low = values.min(), let high = values.max() else { return title }
                return "\(title) (\(text(PanelReportMessages.lowToHigh(low, high))))"
            }
            out += text(PanelReportMessages.wideCriteria(wide.count))
            out += wide.joined(separator: ", ")
        }
        return out
    }

    /// The agreement statistics of a requisition in one line: ordinal alpha with its bootstrap 95%
    /// interval and its reading, ICC(2,1) and ICC(2,k), then why a statistic is missing and any value
    /// outside its usual range.
    package func agreementText(_ agreement: PanelResult.Agreement) -> String {
        var parts: [String] = []
        if let ordinal = agreement.alphaOrdinal {
            // "ordinal" is the German word too.
            var line = "α ordinal \(Format.fixed(ordinal, digits: 3, language: language))"
            if let interval = agreement.alphaOrdinal95 { line += text(PanelReportMessages.interval95(interval)) }
            if let reading = agreement.reading { line += " — \(reading.label.text(in: language))" }
            parts.append(line)
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
        let count = characterCount
        return count >= width ? self : self + String.spaces(width - count)
    }

    /// The text with its first letter upper-cased, for a line that stands alone under a heading.
    var sentenceCased: String {
        prefix(1).uppercased() + dropFirst()
    }

    func truncated(to width: Int) -> String {
        characterCount <= width ? self : String(prefix(width - 1)) + "…"
    }

    /// The number of characters: the number of bytes for printable ASCII (the usual report cell), without working
    /// out grapheme boundaries; else `count`.
    var characterCount: Int {
        utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? utf8.count : count
    }

    /// `count` spaces: the padding of a report's columns, made once for the usual widths.
    static func spaces(_ count: Int) -> String {
        count < paddings.count ? paddings[Swift.max(0, count)] : String(repeating: " ", count: count)
    }

    private static let paddings = (0..<100).map { String(repeating: " ", count: $0) }
}
