import ScoringCore

/// One scored scorecard as a self-contained HTML page: the facts, the recommendation by the rubric's
/// rules with its arithmetic, the section scores against the decision thresholds as a chart, and per
/// section each criterion's rating with its evidence, flags, knock-outs and training needs.
package struct ScorecardHTMLReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The facts of a scorecard: candidate, interviewer, requisition, date, status, rubric.
    static func facts(_ scorecard: Scorecard, rubric: Rubric, locale: ReportLocale) -> [String] {
        var facts = [locale.text(ScorecardReportMessages.interviewerFact(scorecard.interviewer))]
        if let requisition = scorecard.requisition {
            facts.append(locale.text(PanelReportMessages.requisitionFact(requisition)))
        }
        if let date = scorecard.interviewDate {
            facts.append(locale.text(ScorecardReportMessages.interviewFact(locale.date(date))))
        }
        facts.append(
            locale.text(scorecard.status == .submitted ? ScorecardReportMessages.submitted : ReportMessages.draft))
        facts.append(rubric.title.text(in: locale.language))
        facts.append(
            locale.text(PanelReportMessages.rubricFact(rubric.reference, hash: String(rubric.hash.prefix(19)))))
        return facts
    }

    /// The page.
    package func render(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let locale = ReportLocale(language: language)
        let title = locale.text(ScorecardReportMessages.titlePrefix) + scorecard.candidate
        var body = decision(scorecard, rubric: rubric, result: result, title: title)
        body += sectionChart(rubric, result: result)
        body += sections(scorecard, rubric: rubric, result: result)
        return HTMLPage(language: language, title: "HireScore — " + title, body: body).render()
    }

    /// The heading and facts, the recommendation by the rules with its arithmetic, and the interviewer's own.
    func decision(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult, title: String) -> String {
        let locale = ReportLocale(language: language)
        var body = "<header>\n<h1>\(title.html)</h1>\n<p class=\"facts\">"
        body +=
            Self.facts(scorecard, rubric: rubric, locale: locale).map { "<span>\($0.html)</span>" }.joined()
            + "</p>\n</header>\n"
        body += "<div class=\"decision \(result.recommendation.cssClass)\">"
        body +=
            "<span class=\"verdict\">\(ReportLocale.symbol(result.recommendation)) "
            + "\(locale.text(ScorecardReportMessages.recommendationByRules)): "
        body += "\(locale.label(result.recommendation).uppercased().html)</span> "
        body +=
            "<span class=\"figure\">\(locale.text(ScorecardReportMessages.score)) <strong>"
            + "\(locale.fixed(result.overallScore))</strong></span> "
        body +=
            "<span class=\"figure\">\(locale.text(PanelReportMessages.coverage)) \(result.ratedCount)/"
            + "\(result.criterionCount) (\(locale.percent(result.coverage).html))</span></div>\n"
        body += "<ul class=\"explain\">\n<li>\(result.overallArithmetic.text(in: language).html)</li>\n"
        for reason in result.recommendationReasons { body += "<li>\(reason.text(in: language).html)</li>\n" }
        for knockOut in result.knockOuts {
            body +=
                "<li class=\"knock-out\">✖ \(locale.text(PanelReportMessages.knockOutMark)) ["
                + "\(knockOut.sectionID.html)]: \(knockOut.finding.message.text(in: language).html)</li>\n"
        }
        if let own = scorecard.recommendation {
            body +=
                "<li>\(locale.text(ScorecardReportMessages.ownRecommendation).html): "
                + "\(recommendationBadge(own.value, locale: locale))"
            if let reason = own.reason, !reason.isEmpty {
                body += " <span class=\"quote\">\(locale.quoted(reason).html)</span>"
            }
            body += "</li>\n"
        }
        return body + "</ul>\n"
    }

    /// The section scores against the decision thresholds as a chart.
    func sectionChart(_ rubric: Rubric, result: ScorecardResult) -> String {
        let locale = ReportLocale(language: language)
        let lang = language.rawValue
        let body =
            "<h2>\(locale.text(ScorecardReportMessages.sectionsAgainstThresholds))</h2>\n<figure>\n"
        let chart = ThresholdChart(
            locale: locale, lowest: rubric.scale.lowest, highest: rubric.scale.highest, decision: rubric.decision,
            rows: zip(rubric.sections, result.sections).map {
                ThresholdChart.Row(title: $0.title.text(in: lang), score: $1.score, isOverall: false)
            }
                + [
                    ThresholdChart.Row(
                        title: locale.text(PanelReportMessages.overallWeighted), score: result.overallScore,
                        isOverall: true)
                ],
            title: locale.text(ScorecardReportMessages.sectionScoresChart))
        return body + chart.render(id: "scorecard-sections") + "\n</figure>\n"
    }

    /// Per section its weight, score and coverage, a table of the ratings with their evidence, and the section's
    /// arithmetic, knock-outs, flags and module outputs; then the recorded observations.
    func sections(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let locale = ReportLocale(language: language)
        let lang = language.rawValue
        var body = ""
        let totalWeight = rubric.sections.reduce(0) { $0 + $1.weight }
        for (section, sectionResult) in zip(rubric.sections, result.sections) {
            let share = totalWeight > 0 ? locale.percent(section.weight / totalWeight) : ReportLocale.none
            body +=
                "<h3>\(section.title.text(in: lang).html) <span class=\"muted\">("
                + "\(locale.text(ScorecardReportMessages.weight)) \(share.html))</span></h3>\n"
            body +=
                "<p>\(locale.text(ScorecardReportMessages.score)) <strong>\(locale.fixed(sectionResult.score))"
                + "</strong> · "
            body +=
                "\(locale.text(PanelReportMessages.coverage)) \(sectionResult.ratedCount)/"
                + "\(sectionResult.criterionCount)</p>\n"
            var table = HTMLTable(
                header: [
                    PanelReportMessages.criterionColumn, PanelReportMessages.ratingColumn,
                    PanelReportMessages.evidenceColumn,
                ].map(locale.text),
                numericColumns: [1], class: "criteria")
            for criterion in section.criteria {
                let entry = scorecard.entries[criterion.id]
                let rating = entry?.rating ?? .notAssessed
                let label = rating.level.flatMap { rubric.scale.label(of: $0)?.text(in: lang) }
                table.add([
                    .rowHeader(criterion.title.text(in: lang)),
                    HTMLCell(
                        html: "<strong>\(rating.description.html)</strong>"
                            + (label.map { "<br><span class=\"muted\">\($0.html)</span>" } ?? ""),
                        numeric: true, className: "rating"),
                    .text(entry?.evidence?.trimmedOfWhitespace ?? ""),
                ])
            }
            body += table.render()
            let notes =
                sectionResult.explanation.map { "= " + $0.text(in: language) }
                + sectionResult.knockOuts.map {
                    "✖ " + locale.text(PanelReportMessages.knockOutMark) + ": " + $0.message.text(in: language)
                }
                + sectionResult.flags.map { "! " + $0.message.text(in: language) }
                + ModuleDataLines.outputs(of: sectionResult, in: language).map { "· " + $0 }
            if !notes.isEmpty {
                body += "<ul class=\"explain\">\n" + notes.map { "<li>\($0.html)</li>\n" }.joined() + "</ul>\n"
            }
        }
        for line in ModuleDataLines.observations(
            scorecard.observations, rubric: rubric, heading: ModuleDataLines.observed, in: language)
        {
            body += "<p>" + line.html + "</p>\n"
        }
        return body
    }
}
