import ScoringCore

/// One scored scorecard as GitHub-flavoured Markdown: the facts, the recommendation by the rubric's
/// rules with its arithmetic, and per section a table of ratings with their evidence.
package struct ScorecardMarkdownReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The document.
    package func render(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let locale = ReportLocale(language: language)
        var out =
            "# " + locale.markdownText(ScorecardReportMessages.titlePrefix)
            + scorecard.candidate.markdown + "\n\n"
        out +=
            ScorecardHTMLReport.facts(scorecard, rubric: rubric, locale: locale).map(\.markdown).joined(
                separator: " · ") + "\n\n"
        out +=
            "\(locale.text(ScorecardReportMessages.recommendationByRules)): **"
            + "\(ReportLocale.symbol(result.recommendation)) \(locale.label(result.recommendation).markdown)** · "
        out += "\(locale.text(ScorecardReportMessages.score)) **\(locale.fixed(result.overallScore))** · "
        out +=
            "\(locale.text(PanelReportMessages.coverage)) \(result.ratedCount)/\(result.criterionCount) "
            + "(\(locale.percent(result.coverage).markdown))\n\n"
        out += "- \(result.overallArithmetic.text(in: language).markdown)\n"
        for reason in result.recommendationReasons { out += "- \(reason.text(in: language).markdown)\n" }
        for knockOut in result.knockOuts {
            out +=
                "- ✖ **\(locale.text(PanelReportMessages.knockOutMark))** \\[\(knockOut.sectionID.markdown)\\]: "
                + "\(knockOut.finding.message.text(in: language).markdown)\n"
        }
        if let own = scorecard.recommendation {
            out +=
                "- \(locale.markdownText(ScorecardReportMessages.ownRecommendation)): **"
                + "\(ReportLocale.symbol(own.value)) \(locale.label(own.value).markdown)**"
            if let reason = own.reason, !reason.isEmpty { out += " — \(locale.quoted(reason).markdown)" }
            out += "\n"
        }
        out += "\n"
        let totalWeight = rubric.sections.reduce(0) { $0 + $1.weight }
        for (section, sectionResult) in zip(rubric.sections, result.sections) {
            let share = totalWeight > 0 ? locale.percent(section.weight / totalWeight) : ReportLocale.none
            out += markdown(of: section, result: sectionResult, share: share, scorecard: scorecard, locale: locale)
        }
        for line in ModuleDataLines.observations(
            scorecard.observations, rubric: rubric, heading: ModuleDataLines.observed, in: language)
        {
            out += line.markdown + "\n"
        }
        return out
    }

    /// One section: its heading with its weight as `share`, score and coverage, the table of ratings with their
    /// evidence, then the arithmetic, knock-outs, flags and the module's outputs.
    private func markdown(
        of section: RubricSection, result sectionResult: SectionResult, share: String, scorecard: Scorecard,
        locale: ReportLocale
    ) -> String {
        let lang = language.rawValue
        var out =
            "## \(section.title.text(in: lang).markdown) (\(locale.text(ScorecardReportMessages.weight)) "
            + "\(share.markdown))\n\n"
        out +=
            "\(locale.text(ScorecardReportMessages.score)) **\(locale.fixed(sectionResult.score))** · "
            + "\(locale.text(PanelReportMessages.coverage)) \(sectionResult.ratedCount)/"
            + "\(sectionResult.criterionCount)\n\n"
        var table = MarkdownTable(
            header: [
                PanelReportMessages.criterionColumn, PanelReportMessages.ratingColumn,
                PanelReportMessages.evidenceColumn,
            ].map(locale.text),
            numericColumns: [1])
        for criterion in section.criteria {
            let entry = scorecard.entries[criterion.id]
            table.add([
                criterion.title.text(in: lang).markdown, (entry?.rating ?? .notAssessed).description.markdown,
                (entry?.evidence?.trimmedOfWhitespace ?? "").markdown,
            ])
        }
        out += table.render() + "\n"
        let notes =
            sectionResult.explanation.map { "= " + $0.text(in: language) }
            + sectionResult.knockOuts.map {
                "✖ " + locale.text(PanelReportMessages.knockOutMark) + ": " + $0.message.text(in: language)
            }
            + sectionResult.flags.map { "! " + $0.message.text(in: language) }
            + ModuleDataLines.outputs(of: sectionResult, in: language).map { "· " + $0 }
        if !notes.isEmpty { out += notes.map { "- " + $0.markdown + "\n" }.joined() + "\n" }
        return out
    }
}
