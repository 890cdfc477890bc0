import Panel
import ScoringCore

/// A merge as GitHub-flavoured Markdown for a wiki page or a pull request: per candidate the panel
/// recommendation with its arithmetic, the ratings side by side in a table with the criteria to discuss
/// flagged, the sections, knock-outs, who said what, agreement and the evidence; then every file.
///
/// Interviewer names, candidate ids, reasons and evidence are escaped (``MarkdownEscaping``): a `|` or
/// a line break in a note cannot break a table, and `<script>` shows as text.
public struct PanelMarkdownReport: Sendable {
    /// The language of the report.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    var locale: ReportLocale { ReportLocale(language: language) }

    /// The whole document.
    public func render(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        var out = "# \(PanelHTMLReport.title(report, locale: locale).markdown)\n\n"
        out += PanelHTMLReport.facts(report, locale: locale).map(\.markdown).joined(separator: " · ") + "\n\n"
        if report.panels.count > 1 {
            var table = MarkdownTable(
                header: [
                    locale.pick("candidate", "Kandidat*in"), locale.pick("requisition", "Ausschreibung"),
                    locale.pick("panel recommendation", "Panel-Empfehlung"),
                    locale.pick("consensus score", "Konsenswert"),
                    locale.pick("coverage", "Abdeckung"), locale.pick("raters", "Bewertende"),
                    locale.pick("within 1 level", "≤ 1 Stufe auseinander"),
                    locale.pick("to discuss", "zu besprechen"),
                ].map(\.markdown),
                numericColumns: [3, 4, 5, 6, 7])
            for panel in report.panels {
                let consensus = panel.consensus
                table.add([
                    panel.candidate.markdown, (panel.requisition ?? ReportLocale.none).markdown,
                    recommendation(consensus.recommendation)
                        + (consensus.knockOuts.isEmpty ? "" : " (✖ \(locale.pick("knock-out", "K.-o.")))"),
                    locale.fixed(consensus.overallScore), locale.percent(consensus.coverage).markdown,
                    String(panel.raters.count),
                    panel.spread.withinOneLevelShare.map { locale.percent($0).markdown } ?? ReportLocale.none,
                    String(panel.discussion.count),
                ])
            }
            out += table.render() + "\n"
            for (requisition, agreement) in report.agreementAcrossRequisitions {
                out +=
                    (locale.pick(
                        "Agreement across requisition \(requisition.isEmpty ? ReportLocale.none : requisition): ",
                        "Übereinstimmung über die Ausschreibung \(requisition.isEmpty ? ReportLocale.none : requisition): "
                    )
                    + PanelTextReport(language: language).agreementText(agreement)).markdown + "\n\n"
                if CriterionReliabilityReport.hasValues(agreement.criteria) {
                    out += CriterionReliabilityReport(language: language).markdown(requisition, agreement.criteria)
                }
            }
        }
        for panel in report.panels {
            out += candidate(panel)
        }
        out += files(report)
        return out
    }

    /// A recommendation with its symbol, in bold.
    func recommendation(_ value: Recommendation) -> String {
        "**\(ReportLocale.symbol(value)) \(locale.label(value).markdown)**"
    }

    func candidate(_ panel: PanelResult) -> String {
        let locale = self.locale
        let de = locale.isGerman
        let lang = language.rawValue
        let rubric = panel.rubric
        let consensus = panel.consensus
        var out = "## \(locale.pick("Candidate", "Kandidat\\*in")) \(panel.candidate.markdown)\n\n"
        var facts: [String] = []
        if let requisition = panel.requisition {
            facts.append(locale.pick("requisition ", "Ausschreibung ") + requisition)
        }
        facts.append(rubric.title.text(in: lang))
        facts.append(locale.pick("rubric ", "Vorlage ") + rubric.reference + " " + rubric.hash.prefix(19) + "…")
        facts.append(locale.pick("consensus: ", "Konsens: ") + locale.method(panel.method.rawValue))
        out += facts.map(\.markdown).joined(separator: " · ") + "\n\n"
        if let note = panel.whatIfNote { out += "> **\(note.text(in: language).markdown)**\n\n" }
        out +=
            "\(locale.pick("Panel recommendation", "Panel-Empfehlung")): \(recommendation(consensus.recommendation)) · "
        out += "\(locale.pick("consensus score", "Konsenswert")) **\(locale.fixed(consensus.overallScore))** · "
        out +=
            "\(locale.pick("coverage", "Abdeckung")) \(consensus.ratedCount)/\(consensus.criterionCount) (\(locale.percent(consensus.coverage).markdown))\n\n"
        out += "- \(consensus.overallArithmetic.text(in: language).markdown)\n"
        for reason in consensus.recommendationReasons { out += "- \(reason.text(in: language).markdown)\n" }
        out += "\n"

        // Ratings side by side.
        out += "### \(locale.pick("Ratings", "Bewertungen"))\n\n"
        out +=
            panel.raters.enumerated().map { index, rater in
                "\(index + 1) = \(rater.interviewer.markdown)"
                    + (rater.isDraft ? locale.pick(" (draft)", " (Entwurf)") : "")
            }.joined(separator: " · ") + "\n\n"
        let raterColumns = panel.raters.indices.map { String($0 + 1) }
        var table = MarkdownTable(
            header: [locale.pick("criterion", "Kriterium")] + raterColumns
                + [
                    locale.pick("median", "Median"), locale.pick("mean", "Mittel"), locale.pick("range", "Spanne"),
                    locale.pick("consensus", "Konsens"), " ",
                ],
            numericColumns: Set(1...(raterColumns.count + 4)))
        for section in rubric.sections {
            table.add(["**\(section.title.text(in: lang).markdown)**"])
            for row in panel.rows where row.sectionID == section.id {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                var flags: [String] = []
                if row.needsDiscussion { flags.append(de ? "⚑ besprechen" : "⚑ discuss") }
                if row.isGap { flags.append(de ? "○ Lücke" : "○ gap") }
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
        out +=
            locale.pick(
                "n/a: not assessed, left out of every average.", "n/a: nicht beurteilt, in keinem Mittel enthalten.")
            + "\n\n"

        // Sections.
        out +=
            "### \(locale.pick("Sections (on the consensus ratings)", "Abschnitte (auf den Konsensbewertungen)"))\n\n"
        let decision = rubric.decision
        out +=
            locale.pick("Thresholds on the overall score: ", "Schwellen für den Gesamtwert: ").markdown
            + "\(locale.label(.no).markdown) ≥ \(locale.number(decision.noFrom)) · \(locale.label(.yes).markdown) ≥ \(locale.number(decision.yesFrom)) · "
            + "\(locale.label(.strongYes).markdown) ≥ \(locale.number(decision.strongYesFrom))\n\n"
        var sections = MarkdownTable(
            header: [
                locale.pick("section", "Abschnitt"), locale.pick("score", "Wert"), locale.pick("zone", "Bereich"),
            ],
            numericColumns: [1])
        for (section, result) in zip(rubric.sections, consensus.sections) {
            sections.add([
                section.title.text(in: lang).markdown, locale.fixed(result.score),
                result.score.map { locale.label(decision.recommendation(forScore: $0)).markdown } ?? ReportLocale.none,
            ])
        }
        sections.add([
            "**\(locale.pick("Overall (weighted)", "Gesamt (gewichtet)"))**",
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
            out += "- **\(section.title.text(in: lang).markdown)**\n" + details.map { "  - \($0.markdown)\n" }.joined()
        }
        for line in ModuleDataLines.observations(
            panel.consensusObservations, rubric: rubric, heading: ModuleDataLines.observedByPanel, in: language)
        {
            out += "- " + line.markdown + "\n"
        }
        out += "\n"

        // Knock-outs.
        out += "### \(locale.pick("Knock-outs", "K.-o.-Kriterien"))\n\n"
        let knockOutLines = panel.knockOutLines
        if knockOutLines.isEmpty { out += "- \(locale.pick("none", "keine"))\n" }
        for knockOut in knockOutLines {
            let symbol = knockOut.status.symbol
            out += "- \(symbol) \\[\(knockOut.id.markdown)\\] \(knockOut.text.text(in: language).markdown)\n"
        }
        out += "\n"

        // Who said what.
        out += "### \(locale.pick("Who said what", "Wer hat was gesagt"))\n\n"
        var views = MarkdownTable(header: [
            locale.pick("interviewer", "Interviewer\\*in"), locale.pick("interview", "Interview"),
            locale.pick("own recommendation", "eigene Empfehlung"),
            locale.pick("own ratings → by the rules", "eigene Bewertungen → nach den Regeln"),
            locale.pick("reason", "Begründung"), SignatureMessages.signedByHeading.text(in: language),
        ])
        for (rater, view) in zip(panel.raters, panel.views) {
            var reason = view.reason.map { locale.quoted($0).markdown } ?? ""
            if let note = view.consistencyNote {
                reason += (reason.isEmpty ? "" : " ") + "**! \(note.text(in: language).markdown)**"
            }
            views.add([
                view.interviewer.markdown + (rater.isDraft ? locale.pick(" (draft)", " (Entwurf)") : ""),
                rater.interviewDate.map(locale.date) ?? ReportLocale.none,
                view.ownRecommendation.map(recommendation) ?? ReportLocale.none,
                "\(locale.fixed(view.result.overallScore)) → \(locale.label(view.result.recommendation).markdown)",
                reason,
                (rater.signature.map(SignatureMessages.cell) ?? SignatureMessages.draftNotSealed).text(in: language)
                    .markdown,
            ])
        }
        out += views.render() + "\n"

        // Agreement, the debrief, gaps.
        out += "### \(locale.pick("Agreement", "Übereinstimmung"))\n\n"
        out += PanelTextReport(language: language).spreadText(panel).sentenceCased.markdown + "\n\n"
        let discuss = panel.rows.filter(\.needsDiscussion)
        if !discuss.isEmpty {
            out +=
                "### \(locale.pick("For the debrief (range of 2 levels or more)", "Für die Nachbesprechung (Spanne ab 2 Stufen)"))\n\n"
            for row in discuss {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                out +=
                    "- ⚑ **\(title.markdown)**: "
                    + zip(panel.raters, row.ratings).map { "\($0.interviewer.markdown) \($1.description.markdown)" }
                    .joined(separator: ", ") + "\n"
            }
            out += "\n"
        }
        if !panel.gaps.isEmpty {
            out +=
                locale.pick("Gaps (rated by nobody): ", "Lücken (von niemandem bewertet): ").markdown
                + panel.gaps.map { (rubric.criterion($0)?.title.text(in: lang) ?? $0).markdown }.joined(separator: ", ")
                + "\n\n"
        }

        // Evidence.
        if panel.hasEvidence {
            out += "### \(locale.pick("Evidence", "Belege"))\n\n"
            var table = MarkdownTable(
                header: [
                    locale.pick("criterion", "Kriterium"), locale.pick("interviewer", "Interviewer\\*in"),
                    locale.pick("rating", "Bewertung"), locale.pick("evidence", "Beleg"),
                ],
                numericColumns: [2])
            for row in panel.rows {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                var first = true
                for (rater, rating) in zip(panel.raters, row.ratings) {
                    guard let text = rater.evidence[row.criterionID] else { continue }
                    table.add([
                        first ? title.markdown : "", rater.interviewer.markdown, rating.description.markdown,
                        text.markdown,
                    ])
                    first = false
                }
            }
            out += table.render() + "\n"
        }
        return out
    }

    func files(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        let accounting = FileAccounting(report)
        var out = "## \(locale.pick("Files", "Dateien"))\n\n"
        out +=
            locale.pick(
                "\(report.filesRead.count) read, \(report.filesMerged.count) merged, \(accounting.refusedCount) refused",
                "\(report.filesRead.count) gelesen, \(report.filesMerged.count) zusammengeführt, \(accounting.refusedCount) abgelehnt"
            ) + "\n"
        if !report.problems.isEmpty || !accounting.withheld.isEmpty {
            out += "\n"
            for problem in report.problems {
                out += "- ✖ \(problem.message.text(in: language).markdown)\n"
                for file in problem.files { out += "  - \(file.markdown)\n" }
                for diagnostic in problem.diagnostics { out += "  - \(diagnostic.header(in: language).markdown)\n" }
            }
            if !accounting.withheld.isEmpty {
                out +=
                    "- ✖ "
                    + locale.pick(
                        "not merged because another scorecard of the same candidate is refused above",
                        "nicht zusammengeführt, weil ein anderer Bewertungsbogen derselben Kandidat*in oben abgelehnt ist"
                    ).markdown + "\n"
                for file in accounting.withheld { out += "  - \(file.markdown)\n" }
            }
        }
        return out
    }
}
