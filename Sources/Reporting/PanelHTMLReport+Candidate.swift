import Panel
import ScoringCore

// One candidate's pack: one to two printed A4 pages.
extension PanelHTMLReport {
    /// The candidate's pack: decision, knock-outs, agreement, criteria to discuss, sections, ratings, who said what.
    func candidate(_ panel: PanelResult, number: Int) -> String {
        let locale = self.locale
        let lang = language.rawValue
        let rubric = panel.rubric
        let anchor = "candidate-\(number)"
        var out = "<section class=\"candidate\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\">\n"
        out +=
            "<h2 id=\"\(anchor)-heading\">\(locale.text(DebriefMessages.candidateHeading).html) "
            + "\(panel.candidate.html)</h2>\n"
        var facts: [String] = []
        if let requisition = panel.requisition {
            facts.append(locale.text(DebriefMessages.requisitionFact(requisition)))
        }
        facts.append(rubric.title.text(in: lang))
        facts.append(locale.text(DebriefMessages.rubricFact(rubric.reference, hash: String(rubric.hash.prefix(19)))))
        facts.append(locale.text(DebriefMessages.consensusFact(locale.method(panel.method.rawValue))))
        out += self.facts(facts)
        if let note = panel.whatIfNote {
            out += "<p class=\"what-if\"><strong>\(note.text(in: language).html)</strong></p>\n"
        }
        out += decision(panel)
        out += knockOuts(panel)
        out +=
            "<p class=\"agreement\"><strong>\(locale.text(DebriefMessages.agreement).html):</strong> "
            + locale.text(DebriefMessages.candidateAgreement(panel.spread)).html + "</p>\n"
        out += criteriaToDiscuss(panel)
        out += whoSaidWhat(panel)
        out += sections(panel, anchor: anchor)
        out += ratings(panel, anchor: anchor)
        if evidenceAppendix {
            out +=
                "<p class=\"appendix-link\"><a href=\"#appendix-\(number)\">"
                + locale.text(DebriefMessages.seeAppendix(number)).html + "</a></p>\n"
        }
        return out + "</section>\n"
    }

    /// The raters' names, a draft marked as such.
    func raterNames(_ panel: PanelResult) -> [String] {
        panel.raters.map { $0.interviewer + ($0.isDraft ? locale.text(DebriefMessages.draftSuffix) : "") }
    }

    /// The panel recommendation with score and coverage, then its arithmetic and reasons.
    func decision(_ panel: PanelResult) -> String {
        let locale = self.locale
        let consensus = panel.consensus
        var out = "<div class=\"decision \(consensus.recommendation.cssClass)\">"
        out +=
            "<span class=\"verdict\">\(ReportLocale.symbol(consensus.recommendation)) "
            + "\(locale.text(DebriefMessages.panelRecommendation).html): "
            + "\(locale.label(consensus.recommendation).uppercased().html)</span> "
        out +=
            "<span class=\"figure\">\(locale.text(DebriefMessages.consensusScore).html) "
            + "<strong>\(locale.fixed(consensus.overallScore))</strong></span> "
        out +=
            "<span class=\"figure\">"
            + locale.text(
                DebriefMessages.coverage(
                    consensus.ratedCount, of: consensus.criterionCount, percent: locale.percent(consensus.coverage))
            ).html + "</span>"
        out += "</div>\n<ul class=\"explain\">\n<li>\(consensus.overallArithmetic.text(in: language).html)</li>\n"
        for reason in consensus.recommendationReasons { out += "<li>\(reason.text(in: language).html)</li>\n" }
        return out + "</ul>\n"
    }

    /// The knock-outs, each once with its status mark; one line when there are none.
    func knockOuts(_ panel: PanelResult) -> String {
        let lines = panel.knockOutLines
        guard !lines.isEmpty else {
            return "<p class=\"knock-outs\">\(locale.text(DebriefMessages.noKnockOuts).html)</p>\n"
        }
        var out = "<h3>\(locale.text(DebriefMessages.knockOuts).html)</h3>\n<ul class=\"knock-outs\">\n"
        for line in lines {
            let css = line.status == .stands ? " class=\"knock-out\"" : ""
            out += "<li\(css)>\(line.status.symbol) [\(line.id.html)] \(line.text.text(in: language).html)</li>\n"
        }
        return out + "</ul>\n"
    }

    /// Why a criterion is on the agenda of the debrief, or nothing when it is not.
    func reasonsToDiscuss(_ row: PanelResult.CriterionRow, bar: Int?) -> [LocalizedText] {
        if row.isGap { return [DebriefMessages.ratedByNobody] }
        var reasons: [LocalizedText] = []
        if row.needsDiscussion, let range = row.range {
            let values = row.ratings.compactMap(\.value)
            reasons.append(
                DebriefMessages.levelsApart(
                    locale.number(range), low: values.min().map { locale.number($0) } ?? ReportLocale.none,
                    high: values.max().map { locale.number($0) } ?? ReportLocale.none))
        }
        if let bar, let consensus = row.consensus, consensus < Double(bar) {
            reasons.append(DebriefMessages.belowTheBar(bar))
        }
        return reasons
    }

    /// The criteria to discuss: the widest apart first, then below the bar, then rated by nobody, each with every
    /// rater's rating, the consensus and why.
    func criteriaToDiscuss(_ panel: PanelResult) -> String {
        let locale = self.locale
        let rubric = panel.rubric
        let bar = rubric.scale.meetsRequirementsLevel
        let names = raterNames(panel)
        let agenda = panel.rows.enumerated().compactMap {
            index, row -> (Int, PanelResult.CriterionRow, [LocalizedText])? in
            let reasons = reasonsToDiscuss(row, bar: bar)
            return reasons.isEmpty ? nil : (index, row, reasons)
        }.sorted { first, second in
            let (a, b) = (first.1.range ?? -1, second.1.range ?? -1)
            return a != b ? a > b : first.0 < second.0
        }
        let out = "<h3>\(locale.text(DebriefMessages.criteriaToDiscuss).html)</h3>\n"
        guard !agenda.isEmpty else {
            return out + "<p>\(locale.text(DebriefMessages.noCriteriaToDiscuss(bar: bar)).html)</p>\n"
        }
        let columns = DebriefMessages.discussColumns
        var table = HTMLTable(
            caption: locale.text(DebriefMessages.criteriaToDiscussCaption(bar: bar)),
            header: [
                locale.text(columns.criterion), locale.text(DebriefMessages.ratingsHeading),
                locale.text(columns.consensus), locale.text(columns.why),
            ], numericColumns: [2], class: "criteria discuss-list")
        for (_, row, reasons) in agenda {
            let title = rubric.criterion(row.criterionID)?.title.text(in: language) ?? row.criterionID
            let ratings = zip(names, row.ratings).map { "\($0) \($1.description)" }.joined(separator: ", ")
            table.add([
                .rowHeader(title), .text(ratings),
                .number(row.consensus.map { locale.number($0) } ?? ReportLocale.none),
                .text(reasons.map(locale.text).joined(separator: "; "), class: "flagged"),
            ])
        }
        return out + table.render()
    }

    /// The sections against the decision thresholds: the chart, then each section's score with what its module
    /// flags and adds (the arithmetic is in the appendix).
    func sections(_ panel: PanelResult, anchor: String) -> String {
        let locale = self.locale
        let lang = language.rawValue
        let rubric = panel.rubric
        let consensus = panel.consensus
        var out = "<h3>\(locale.text(DebriefMessages.sectionsHeading).html)</h3>\n<figure>\n"
        let chart = ThresholdChart(
            locale: locale, lowest: rubric.scale.lowest, highest: rubric.scale.highest, decision: rubric.decision,
            rows: zip(rubric.sections, consensus.sections).map {
                ThresholdChart.Row(title: $0.title.text(in: lang), score: $1.score, isOverall: false)
            }
                + [
                    ThresholdChart.Row(
                        title: locale.text(DebriefMessages.overallWeighted), score: consensus.overallScore,
                        isOverall: true)
                ],
            title: locale.text(DebriefMessages.sectionsChartTitle))
        out += chart.render(id: "\(anchor)-sections") + "\n"
        out += "<figcaption>\(locale.text(DebriefMessages.sectionsCaption).html)</figcaption>\n</figure>\n"
        return out + sectionLines(panel, arithmetic: false)
    }

    /// Each section's score with its flags and module outputs, and with `arithmetic` how it is computed; then what
    /// the panel observed.
    func sectionLines(_ panel: PanelResult, arithmetic: Bool) -> String {
        let lang = language.rawValue
        let rubric = panel.rubric
        var out = "<ul class=\"explain sections\">\n"
        for (section, result) in zip(rubric.sections, panel.consensus.sections) {
            out += "<li><strong>\(section.title.text(in: lang).html)</strong>: \(locale.fixed(result.score).html)"
            let details =
                (arithmetic ? result.explanation.map { $0.text(in: language) } : [])
                + result.flags.map { "! " + $0.message.text(in: language) }
                + ModuleDataLines.outputs(of: result, in: language)
            if !details.isEmpty { out += "<ul>" + details.map { "<li>\($0.html)</li>" }.joined() + "</ul>" }
            out += "</li>\n"
        }
        for line in ModuleDataLines.observations(
            panel.consensusObservations, rubric: rubric, heading: ModuleDataLines.observedByPanel, in: language)
        {
            out += "<li>" + line.html + "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// Each section's ratings as a dot plot: every rater a shape and a colour, the consensus, the flags.
    func ratings(_ panel: PanelResult, anchor: String) -> String {
        let locale = self.locale
        let lang = language.rawValue
        let rubric = panel.rubric
        let names = raterNames(panel)
        var out = "<h3>\(locale.text(DebriefMessages.ratingsHeading).html)</h3>\n"
        for section in rubric.sections {
            let rows = panel.rows.filter { $0.sectionID == section.id }
            guard !rows.isEmpty else { continue }
            let plot = RatingDotPlot(
                locale: locale, lowest: rubric.scale.lowest, highest: rubric.scale.highest, raters: names,
                rows: rows.map { row in
                    RatingDotPlot.Row(
                        title: rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID,
                        ratings: row.ratings.map(\.value), consensus: row.consensus, discuss: row.needsDiscussion,
                        gap: row.isGap)
                },
                title: section.title.text(in: lang), method: locale.method(panel.method.rawValue))
            out += "<figure class=\"section-chart\">\n<figcaption>\(section.title.text(in: lang).html)</figcaption>\n"
            out += plot.render(id: SVGChart.identifier(anchor, "ratings", section.id)) + "\n</figure>\n"
        }
        return out
    }

    /// Each interviewer's own recommendation, what their ratings give by the rules, their reason and signature.
    func whoSaidWhat(_ panel: PanelResult) -> String {
        let locale = self.locale
        let names = raterNames(panel)
        let out = "<h3>\(locale.text(DebriefMessages.whoSaidWhat).html)</h3>\n"
        var table = HTMLTable(
            header: DebriefMessages.whoSaidWhatColumns.map(locale.text)
                + [SignatureMessages.signedByHeading.text(in: language)], class: "views")
        for (index, (rater, view)) in zip(panel.raters, panel.views).enumerated() {
            var reason = view.reason.map { "<span class=\"quote\">\(locale.quoted($0).html)</span>" } ?? ""
            if let note = view.consistencyNote {
                reason += (reason.isEmpty ? "" : "<br>") + "<strong>! \(note.text(in: language).html)</strong>"
            }
            table.add([
                .text(names[index]),
                .text(rater.interviewDate.map(locale.date) ?? ReportLocale.none, class: "date"),
                .raw(view.ownRecommendation.map { recommendationBadge($0, locale: locale) } ?? ReportLocale.none),
                .text("\(locale.fixed(view.ownScore)) → \(locale.label(view.byTheRules))"),
                .raw(reason),
                .text(
                    (rater.signature.map(SignatureMessages.cell) ?? SignatureMessages.draftNotSealed).text(
                        in: language),
                    class: "signature"),
            ])
        }
        return out + table.render()
    }
}
