import Panel
import ScoringCore

/// A ranking as GitHub-flavoured Markdown: the ranked candidates in a table, then the candidates with a
/// knock-out and those without a decision, each apart and never ranked.
package struct RankingMarkdownReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The document.
    package func render(_ ranking: Ranking) -> String {
        let locale = ReportLocale(language: language)
        let showRequisition = RankingChart.showsRequisition(ranking)
        var out = "# \(RankingHTMLReport.title(ranking, locale: locale).markdown)\n\n"
        var header = [
            locale.text(ReportMessages.rankColumn), locale.markdownText(ReportMessages.candidateColumn),
            locale.text(ReportMessages.scoreColumn),
            locale.text(ReportMessages.recommendationColumn), locale.text(ReportMessages.ratersColumn),
            locale.text(ReportMessages.coverageColumn), locale.text(ReportMessages.withinOneLevelColumn),
        ]
        if showRequisition { header.insert(locale.text(ReportMessages.requisitionColumn), at: 2) }
        var numeric: Set<Int> = [0, 4, 5, 6]
        if showRequisition { numeric = [0, 5, 6, 7] }
        numeric.insert(showRequisition ? 3 : 2)
        func cells(_ entry: Ranking.Entry, rank: String) -> [String] {
            var cells = [
                rank, entry.candidate.markdown, locale.fixed(entry.score),
                "\(ReportLocale.symbol(entry.recommendation)) \(locale.label(entry.recommendation).markdown)",
                String(entry.raters), locale.percent(entry.coverage).markdown,
                entry.withinOneLevel.map { locale.percent($0).markdown } ?? ReportLocale.none,
            ]
            if showRequisition { cells.insert((entry.requisition ?? ReportLocale.none).markdown, at: 2) }
            return cells
        }
        if ranking.ranked.isEmpty && ranking.knockedOut.isEmpty && ranking.noDecision.isEmpty {
            return out + locale.markdownText(ReportMessages.noCandidates) + "\n"
        }
        if !ranking.ranked.isEmpty {
            var table = MarkdownTable(header: header, numericColumns: numeric)
            for entry in ranking.ranked {
                table.add(cells(entry, rank: entry.isTied ? "=\(entry.rank)" : String(entry.rank)))
            }
            out += table.render() + "\n"
            if ranking.ranked.contains(where: \.isTied) {
                out +=
                    locale.text(ReportMessages.tied)
                    + "\n\n"
            }
        }
        if !ranking.knockedOut.isEmpty { out += knockedOut(ranking, locale: locale, showRequisition: showRequisition) }
        if !ranking.noDecision.isEmpty { out += noDecision(ranking, locale: locale, showRequisition: showRequisition) }
        out +=
            "**\(SignatureMessages.heading.text(in: language))**: "
            + ranking.signatures.line.text(in: language).markdown + "\n"
        return out
    }

    /// The candidates with a knock-out, never ranked.
    private func knockedOut(_ ranking: Ranking, locale: ReportLocale, showRequisition: Bool) -> String {
        var out = ""
        out += "## \(locale.text(ReportMessages.withKnockOut))\n\n"
        var table = MarkdownTable(
            header: [locale.markdownText(ReportMessages.candidateColumn)]
                + (showRequisition ? [locale.text(ReportMessages.requisitionColumn)] : [])
                + [locale.text(ReportMessages.scoreColumn), locale.text(ReportMessages.knockOutsColumn)],
            numericColumns: [showRequisition ? 2 : 1])
        for entry in ranking.knockedOut {
            table.add(
                ["✖ " + entry.candidate.markdown]
                    + (showRequisition ? [(entry.requisition ?? ReportLocale.none).markdown] : [])
                    + [
                        locale.fixed(entry.score),
                        entry.knockOuts.map { $0.text(in: language) }.joined(separator: "; ").markdown,
                    ])
        }
        out += table.render() + "\n"
        return out
    }

    /// The candidates without a decision (too little rated), never ranked.
    private func noDecision(_ ranking: Ranking, locale: ReportLocale, showRequisition: Bool) -> String {
        var out = ""
        out += "## \(locale.text(ReportMessages.noDecisionTooLittleRated))\n\n"
        var table = MarkdownTable(
            header: [locale.markdownText(ReportMessages.candidateColumn)]
                + (showRequisition ? [locale.text(ReportMessages.requisitionColumn)] : [])
                + [locale.text(ReportMessages.scoreColumn), locale.text(ReportMessages.coverageColumn)],
            numericColumns: showRequisition ? [2, 3] : [1, 2])
        for entry in ranking.noDecision {
            table.add(
                ["? " + entry.candidate.markdown]
                    + (showRequisition ? [(entry.requisition ?? ReportLocale.none).markdown] : [])
                    + [locale.fixed(entry.score), locale.percent(entry.coverage).markdown])
        }
        out += table.render() + "\n"
        return out
    }
}
