import Panel
import ScoringCore

/// A ranking as one self-contained HTML page: a bar per candidate by consensus score with knock-outs
/// marked (hatched, "✖"), then the tables of ranked, knocked-out and undecided candidates.
package struct RankingHTMLReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The heading: the requisition when there is one.
    static func title(_ ranking: Ranking, locale: ReportLocale) -> String {
        let requisitions = Set((ranking.ranked + ranking.knockedOut + ranking.noDecision).compactMap(\.requisition))
            .sorted()
        let base = locale.text(ReportMessages.ranking)
        return requisitions.isEmpty ? base : base + ": " + requisitions.joined(separator: ", ")
    }

    /// The page.
    package func render(_ ranking: Ranking) -> String {
        let locale = ReportLocale(language: language)
        let title = Self.title(ranking, locale: locale)
        return HTMLPage(
            language: language, title: "HireScore — " + title, body: body(ranking, chartID: "ranking-chart")
        ).render()
    }

    /// One page with a section per ranking (one per requisition).
    package func render(_ rankings: [Ranking]) -> String {
        let locale = ReportLocale(language: language)
        let body = rankings.enumerated().map { index, ranking in
            "<section class=\"requisition\">\n" + self.body(ranking, chartID: "ranking-chart-\(index + 1)")
                + "</section>\n"
        }.joined()
        return HTMLPage(
            language: language,
            title: "HireScore — " + locale.text(ReportMessages.rankingPerRequisition), body: body
        ).render()
    }

    private func body(_ ranking: Ranking, chartID: String) -> String {
        let locale = ReportLocale(language: language)
        let title = Self.title(ranking, locale: locale)
        let showRequisition = RankingChart.showsRequisition(ranking)
        var body = "<header>\n<h1>\(title.html)</h1>\n"
        let total = ranking.ranked.count + ranking.knockedOut.count + ranking.noDecision.count
        body +=
            "<p class=\"facts\"><span>"
            + locale.text(ReportMessages.rankedCount(ranking.ranked.count)).html + "</span>"
        body +=
            "<span>"
            + locale.text(ReportMessages.knockedOutCount(ranking.knockedOut.count)).html + "</span>"
        body +=
            "<span>"
            + locale.text(ReportMessages.noDecisionCount(ranking.noDecision.count)).html + "</span></p>\n</header>\n"
        guard total > 0 else {
            body += "<p>\(locale.text(ReportMessages.noCandidates).html)</p>\n"
            return body
        }
        body += "<figure>\n" + RankingChart(locale: locale, ranking: ranking).render(id: chartID) + "\n"
        body +=
            "<figcaption>\(locale.text(ReportMessages.rankingCaption).html)</figcaption>\n</figure>\n"
        let requisition = RequisitionColumn(shown: showRequisition, locale: locale)
        if !ranking.ranked.isEmpty { body += rankedTable(ranking, locale: locale, requisition: requisition) }
        if !ranking.knockedOut.isEmpty { body += knockedOutTable(ranking, locale: locale, requisition: requisition) }
        if !ranking.noDecision.isEmpty { body += noDecisionTable(ranking, locale: locale, requisition: requisition) }
        body +=
            "<p class=\"muted\">\(SignatureMessages.heading.text(in: language).html): "
            + "\(ranking.signatures.line.text(in: language).html)</p>\n"
        return body
    }

    /// The requisition column of the tables, shown when the ranking spans requisitions.
    private struct RequisitionColumn {
        /// Whether the column is shown.
        var shown: Bool
        /// The locale of the heading.
        var locale: ReportLocale

        /// The column's heading, when shown.
        var header: [String] { shown ? [locale.text(ReportMessages.requisitionColumn)] : [] }
        /// How far the columns after it move: 1 when shown.
        var shift: Int { shown ? 1 : 0 }

        /// The entry's requisition cell, when shown.
        func cell(_ entry: Ranking.Entry) -> [HTMLCell] {
            shown ? [.text(entry.requisition ?? ReportLocale.none)] : []
        }
    }

    /// The ranked candidates' table, with a note when ranks are tied.
    private func rankedTable(_ ranking: Ranking, locale: ReportLocale, requisition: RequisitionColumn) -> String {
        let shift = requisition.shift
        var body = ""
        body += "<h2>\(locale.text(ReportMessages.rankedHeading))</h2>\n"
        var table = HTMLTable(
            header: [locale.text(ReportMessages.rankColumn), locale.text(ReportMessages.candidateColumn)]
                + requisition.header
                + [
                    locale.text(ReportMessages.scoreColumn), locale.text(ReportMessages.recommendationColumn),
                    locale.text(ReportMessages.ratersColumn),
                    locale.text(ReportMessages.coverageColumn), locale.text(ReportMessages.withinOneLevelColumn),
                ],
            numericColumns: [0, 2 + shift, 4 + shift, 5 + shift, 6 + shift])
        for entry in ranking.ranked {
            table.add(
                [.number(entry.isTied ? "=\(entry.rank)" : String(entry.rank)), .text(entry.candidate)]
                    + requisition.cell(entry)
                    + [
                        .number(locale.fixed(entry.score)),
                        .raw(recommendationBadge(entry.recommendation, locale: locale)),
                        .number(String(entry.raters)), .number(locale.percent(entry.coverage)),
                        .number(entry.withinOneLevel.map(locale.percent) ?? ReportLocale.none),
                    ])
        }
        body += table.render()
        if ranking.ranked.contains(where: \.isTied) {
            body +=
                "<p class=\"muted\">\(locale.text(ReportMessages.tied).html)</p>\n"
        }
        return body
    }

    /// The candidates with a knock-out, never ranked.
    private func knockedOutTable(_ ranking: Ranking, locale: ReportLocale, requisition: RequisitionColumn) -> String {
        let shift = requisition.shift
        var body = ""
        body +=
            "<h2>\(locale.text(ReportMessages.withKnockOut).html)</h2>\n"
        var table = HTMLTable(
            header: [locale.text(ReportMessages.candidateColumn)] + requisition.header
                + [locale.text(ReportMessages.scoreColumn), locale.text(ReportMessages.knockOutsColumn)],
            numericColumns: [1 + shift])
        for entry in ranking.knockedOut {
            table.add(
                [.raw("<span class=\"knock-out\">✖</span> " + entry.candidate.html)] + requisition.cell(entry)
                    + [
                        .number(locale.fixed(entry.score)),
                        .text(entry.knockOuts.map { $0.text(in: language) }.joined(separator: "; ")),
                    ])
        }
        body += table.render()
        return body
    }

    /// The candidates without a decision (too little rated), never ranked.
    private func noDecisionTable(_ ranking: Ranking, locale: ReportLocale, requisition: RequisitionColumn) -> String {
        let shift = requisition.shift
        var body = ""
        body +=
            "<h2>\(locale.text(ReportMessages.noDecisionTooLittleRated).html)</h2>\n"
        var table = HTMLTable(
            header: [locale.text(ReportMessages.candidateColumn)] + requisition.header
                + [locale.text(ReportMessages.scoreColumn), locale.text(ReportMessages.coverageColumn)],
            numericColumns: [1 + shift, 2 + shift])
        for entry in ranking.noDecision {
            table.add(
                [.text("? " + entry.candidate)] + requisition.cell(entry) + [
                    .number(locale.fixed(entry.score)), .number(locale.percent(entry.coverage)),
                ])
        }
        body += table.render()
        return body
    }
}
