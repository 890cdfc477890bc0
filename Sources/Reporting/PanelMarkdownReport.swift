import Panel
import ScoringCore

/// A merge as GitHub-flavoured Markdown for a wiki page or a pull request: per candidate the panel
/// recommendation with its arithmetic, the ratings side by side in a table with the criteria to discuss
/// flagged, the sections, knock-outs, who said what, agreement and the evidence; then every file.
///
/// Interviewer names, candidate ids, reasons and evidence are escaped (``MarkdownEscaping``): a `|` or
/// a line break in a note cannot break a table, and `<script>` shows as text.
package struct PanelMarkdownReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    var locale: ReportLocale { ReportLocale(language: language) }

    /// The whole document.
    package func render(_ report: PanelMerger.Report) -> String {
        var out = ""
        write(report) { out += $0 }
        return out
    }

    /// The whole document piece by piece, in order (see ``ReportPieces``): title, facts and overview, the
    /// candidates a slice at a time, then the files.
    package func write(_ report: PanelMerger.Report, to emit: (String) -> Void) {
        let locale = self.locale
        var out = "# \(PanelHTMLReport.title(report, locale: locale).markdown)\n\n"
        out += PanelHTMLReport.facts(report, locale: locale).map(\.markdown).joined(separator: " · ") + "\n\n"
        if report.panels.count > 1 { out += overview(report) }
        emit(out)
        ReportPieces.candidates(report.panels, emit: emit) { _, panel in candidate(panel) }
        emit(files(report))
    }

    /// The table of the candidates and the agreement across each requisition, for a merge of several candidates.
    func overview(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        var table = MarkdownTable(
            header: [
                ReportMessages.candidateColumn, ReportMessages.requisitionColumn,
                PanelReportMessages.panelRecommendationColumn, PanelReportMessages.consensusScore,
                PanelReportMessages.coverage, ReportMessages.ratersColumn, PanelReportMessages.withinOneLevelColumn,
                PanelReportMessages.toDiscussColumn,
            ].map { locale.text($0).markdown },
            numericColumns: [3, 4, 5, 6, 7])
        for panel in report.panels {
            let consensus = panel.consensus
            table.add([
                panel.candidate.markdown, (panel.requisition ?? ReportLocale.none).markdown,
                recommendation(consensus.recommendation)
                    + (consensus.knockOuts.isEmpty ? "" : " (✖ \(locale.text(PanelReportMessages.knockOutMark)))"),
                locale.fixed(consensus.overallScore), locale.percent(consensus.coverage).markdown,
                String(panel.raters.count),
                panel.spread.withinOneLevelShare.map { locale.percent($0).markdown } ?? ReportLocale.none,
                String(panel.discussion.count),
            ])
        }
        var out = table.render() + "\n"
        for (requisition, agreement) in report.agreementAcrossRequisitions {
            out +=
                (locale.text(PanelReportMessages.agreementAcross(requisition.isEmpty ? ReportLocale.none : requisition))
                + PanelTextReport(language: language).agreementText(agreement)).markdown + "\n\n"
            if CriterionReliabilityReport.hasValues(agreement.criteria) {
                out += CriterionReliabilityReport(language: language).markdown(requisition, agreement.criteria)
            }
        }
        return out
    }

    /// A recommendation with its symbol, in bold.
    func recommendation(_ value: Recommendation) -> String {
        "**\(ReportLocale.symbol(value)) \(locale.label(value).markdown)**"
    }

    /// One candidate: the facts and the recommendation, then the ratings, sections, knock-outs, who said what,
    /// agreement and evidence.
    func candidate(_ panel: PanelResult) -> String {
        decision(panel) + ratings(panel) + sections(panel) + knockOuts(panel) + views(panel) + agreement(panel)
            + evidence(panel)
    }

    /// The candidate's heading and facts, and the panel recommendation with its arithmetic.
    func decision(_ panel: PanelResult) -> String {
        let locale = self.locale
        let rubric = panel.rubric
        let consensus = panel.consensus
        var out = "## \(locale.markdownText(ReportMessages.candidateHeading)) \(panel.candidate.markdown)\n\n"
        var facts: [String] = []
        if let requisition = panel.requisition {
            facts.append(locale.text(PanelReportMessages.requisitionFact(requisition)))
        }
        facts.append(rubric.title.text(in: language))
        facts.append(
            locale.text(PanelReportMessages.rubricFact(rubric.reference, hash: String(rubric.hash.prefix(19)))))
        facts.append(locale.text(PanelReportMessages.consensusFact(locale.method(panel.method.rawValue))))
        out += facts.map(\.markdown).joined(separator: " · ") + "\n\n"
        if let note = panel.whatIfNote { out += "> **\(note.text(in: language).markdown)**\n\n" }
        out +=
            "\(locale.text(PanelReportMessages.panelRecommendation)): \(recommendation(consensus.recommendation)) · "
        out += "\(locale.text(PanelReportMessages.consensusScore)) **\(locale.fixed(consensus.overallScore))** · "
        out +=
            "\(locale.text(PanelReportMessages.coverage)) \(consensus.ratedCount)/\(consensus.criterionCount) "
            + "(\(locale.percent(consensus.coverage).markdown))\n\n"
        out += "- \(consensus.overallArithmetic.text(in: language).markdown)\n"
        for reason in consensus.recommendationReasons { out += "- \(reason.text(in: language).markdown)\n" }
        return out + "\n"
    }

    /// The ratings side by side: raters as numbers, with the flags.
    func ratings(_ panel: PanelResult) -> String {
        let locale = self.locale
        let rubric = panel.rubric
        var out = "### \(locale.text(PanelReportMessages.ratings))\n\n"
        out +=
            panel.raters.enumerated().map { index, rater in
                "\(index + 1) = \(rater.interviewer.markdown)"
                    + (rater.isDraft ? locale.text(PanelReportMessages.draftSuffix) : "")
            }.joined(separator: " · ") + "\n\n"
        let raterColumns = panel.raters.indices.map { String($0 + 1) }
        var table = MarkdownTable(
            header: [locale.text(PanelReportMessages.criterionColumn)] + raterColumns
                + [
                    PanelReportMessages.medianColumn, PanelReportMessages.meanColumn, PanelReportMessages.rangeColumn,
                    PanelReportMessages.consensusColumn,
                ].map(locale.text) + [" "],
            numericColumns: Set(1...(raterColumns.count + 4)))
        for section in rubric.sections {
            table.add(["**\(section.title.text(in: language).markdown)**"])
            for row in panel.rows where row.sectionID == section.id {
                let title = rubric.criterion(row.criterionID)?.title.text(in: language) ?? row.criterionID
                var flags: [String] = []
                if row.needsDiscussion { flags.append(locale.text(PanelReportMessages.discussFlag)) }
                if row.isGap { flags.append(locale.text(PanelReportMessages.gapFlag)) }
                table.add(
                    [title.markdown] + row.ratings.map { $0.description.markdown }
                        + [
                            row.median.map { locale.number($0) } ?? ReportLocale.none, locale.fixed(row.mean),
                            row.range.map { locale.number($0) } ?? ReportLocale.none,
                            row.consensus.map { locale.number($0) } ?? ReportLocale.none,
                            flags.joined(separator: " "),
                        ])
            }
        }
        out += table.render() + "\n"
        return out + locale.text(PanelReportMessages.notAssessedNote) + "\n\n"
    }

    /// The sections on the consensus ratings against the thresholds, with their arithmetic and module data.
    func sections(_ panel: PanelResult) -> String {
        let locale = self.locale
        let rubric = panel.rubric
        let consensus = panel.consensus
        var out = "### \(locale.text(PanelReportMessages.sections))\n\n"
        let decision = rubric.decision
        out +=
            locale.text(PanelReportMessages.thresholds).markdown
            + "\(locale.label(.no).markdown) ≥ \(locale.number(decision.noFrom)) · \(locale.label(.yes).markdown) ≥ "
            + "\(locale.number(decision.yesFrom)) · "
            + "\(locale.label(.strongYes).markdown) ≥ \(locale.number(decision.strongYesFrom))\n\n"
        var sections = MarkdownTable(
            header: [PanelReportMessages.sectionColumn, ReportMessages.scoreColumn, PanelReportMessages.zoneColumn].map(
                locale.text),
            numericColumns: [1])
        for (section, result) in zip(rubric.sections, consensus.sections) {
            sections.add([
                section.title.text(in: language).markdown, locale.fixed(result.score),
                result.score.map { locale.label(decision.recommendation(forScore: $0)).markdown } ?? ReportLocale.none,
            ])
        }
        sections.add([
            "**\(locale.text(PanelReportMessages.overallWeighted))**",
            "**\(locale.fixed(consensus.overallScore))**",
            consensus.overallScore.map { locale.label(decision.recommendation(forScore: $0)).markdown }
                ?? ReportLocale.none,
        ])
        out += sections.render() + "\n"
        for (section, result) in zip(rubric.sections, consensus.sections) {
            let details =
                result.explanation.map { $0.text(in: language) }
                + result.flags.map { "! " + $0.message.text(in: language) }
                + ModuleDataLines.outputs(of: result, in: language)
            guard !details.isEmpty else { continue }
            out +=
                "- **\(section.title.text(in: language).markdown)**\n"
                + details.map { "  - \($0.markdown)\n" }.joined()
        }
        for line in ModuleDataLines.observations(
            panel.consensusObservations, rubric: rubric, heading: ModuleDataLines.observedByPanel, in: language)
        {
            out += "- " + line.markdown + "\n"
        }
        return out + "\n"
    }

    /// The knock-out lines, or "none".
    func knockOuts(_ panel: PanelResult) -> String {
        var out = "### \(locale.text(PanelReportMessages.knockOuts))\n\n"
        let knockOutLines = panel.knockOutLines
        if knockOutLines.isEmpty { out += "- \(locale.text(PanelReportMessages.none))\n" }
        for knockOut in knockOutLines {
            let symbol = knockOut.status.symbol
            out += "- \(symbol) \\[\(knockOut.id.markdown)\\] \(knockOut.text.text(in: language).markdown)\n"
        }
        return out + "\n"
    }

    /// Each interviewer's own recommendation against their own ratings by the rules, their reason and signature.
    func views(_ panel: PanelResult) -> String {
        let locale = self.locale
        let out = "### \(locale.text(PanelReportMessages.whoSaidWhat))\n\n"
        var views = MarkdownTable(header: [
            locale.markdownText(PanelReportMessages.interviewerColumn),
            locale.text(PanelReportMessages.interviewColumn), locale.text(PanelReportMessages.ownRecommendationColumn),
            locale.text(PanelReportMessages.ownRatingsByRulesColumn), locale.text(PanelReportMessages.reasonColumn),
            SignatureMessages.signedByHeading.text(in: language),
        ])
        for (rater, view) in zip(panel.raters, panel.views) {
            var reason = view.reason.map { locale.quoted($0).markdown } ?? ""
            if let note = view.consistencyNote {
                reason += (reason.isEmpty ? "" : " ") + "**! \(note.text(in: language).markdown)**"
            }
            views.add([
                view.interviewer.markdown + (rater.isDraft ? locale.text(PanelReportMessages.draftSuffix) : ""),
                rater.interviewDate.map(locale.date) ?? ReportLocale.none,
                view.ownRecommendation.map(recommendation) ?? ReportLocale.none,
                "\(locale.fixed(view.ownScore)) → \(locale.label(view.byTheRules).markdown)",
                reason,
                (rater.signature.map(SignatureMessages.cell) ?? SignatureMessages.draftNotSealed).text(in: language)
                    .markdown,
            ])
        }
        return out + views.render() + "\n"
    }

    /// The spread in words, the criteria for the debrief and the gaps.
    func agreement(_ panel: PanelResult) -> String {
        let locale = self.locale
        let rubric = panel.rubric
        var out = "### \(locale.text(PanelReportMessages.agreement))\n\n"
        out += PanelTextReport(language: language).spreadText(panel).sentenceCased.markdown + "\n\n"
        let discuss = panel.rows.filter(\.needsDiscussion)
        if !discuss.isEmpty {
            out += "### \(locale.text(PanelReportMessages.forTheDebrief))\n\n"
            for row in discuss {
                let title = rubric.criterion(row.criterionID)?.title.text(in: language) ?? row.criterionID
                out +=
                    "- ⚑ **\(title.markdown)**: "
                    + zip(panel.raters, row.ratings).map { "\($0.interviewer.markdown) \($1.description.markdown)" }
                    .joined(separator: ", ") + "\n"
            }
            out += "\n"
        }
        if !panel.gaps.isEmpty {
            out +=
                locale.text(PanelReportMessages.gaps).markdown
                + panel.gaps.map { (rubric.criterion($0)?.title.text(in: language) ?? $0).markdown }.joined(
                    separator: ", ") + "\n\n"
        }
        return out
    }

    /// What each interviewer wrote per criterion, when anyone wrote anything.
    func evidence(_ panel: PanelResult) -> String {
        guard panel.hasEvidence else { return "" }
        let locale = self.locale
        let rubric = panel.rubric
        var table = MarkdownTable(
            header: [
                locale.text(PanelReportMessages.criterionColumn),
                locale.markdownText(PanelReportMessages.interviewerColumn),
                locale.text(PanelReportMessages.ratingColumn), locale.text(PanelReportMessages.evidenceColumn),
            ],
            numericColumns: [2])
        let evidence = panel.raters.map(\.evidence.loaded)
        for row in panel.rows {
            let title = rubric.criterion(row.criterionID)?.title.text(in: language) ?? row.criterionID
            var first = true
            for ((rater, rating), written) in zip(zip(panel.raters, row.ratings), evidence) {
                guard let text = written[row.criterionID] else { continue }
                table.add([
                    first ? title.markdown : "", rater.interviewer.markdown, rating.description.markdown,
                    text.markdown,
                ])
                first = false
            }
        }
        return "### \(locale.text(PanelReportMessages.evidence))\n\n" + table.render() + "\n"
    }

    /// Every file accounted for: read, merged, refused and why.
    func files(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        let accounting = FileAccounting(report)
        var out = "## \(locale.text(PanelReportMessages.files))\n\n"
        out +=
            locale.text(
                PanelReportMessages.fileCounts(
                    read: report.filesRead.count, merged: report.filesMerged.count, refused: accounting.refusedCount))
            + "\n"
        if !report.problems.isEmpty || !accounting.withheld.isEmpty {
            out += "\n"
            for problem in report.problems {
                out += "- ✖ \(problem.message.text(in: language).markdown)\n"
                for file in problem.files { out += "  - \(file.markdown)\n" }
                for diagnostic in problem.diagnostics { out += "  - \(diagnostic.header(in: language).markdown)\n" }
            }
            if !accounting.withheld.isEmpty {
                out += "- ✖ " + locale.text(PanelReportMessages.withheld).markdown + "\n"
                for file in accounting.withheld { out += "  - \(file.markdown)\n" }
            }
        }
        return out
    }
}
