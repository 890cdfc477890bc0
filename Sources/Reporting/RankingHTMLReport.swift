import Panel
import ScoringCore

/// A ranking as one self-contained HTML page: a bar per candidate by consensus score with knock-outs
/// marked (hatched, "✖"), then the tables of ranked, knocked-out and undecided candidates.
public struct RankingHTMLReport: Sendable {
    /// The language of the report.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The heading: the requisition when there is one.
    static func title(_ ranking: Ranking, locale: ReportLocale) -> String {
        let requisitions = Set((ranking.ranked + ranking.knockedOut + ranking.noDecision).compactMap(\.requisition))
            .sorted()
        let base = locale.pick("Ranking", "Rangfolge")
        return requisitions.isEmpty ? base : base + ": " + requisitions.joined(separator: ", ")
    }

    /// The page.
    public func render(_ ranking: Ranking) -> String {
        let locale = ReportLocale(language: language)
        let title = Self.title(ranking, locale: locale)
        return HTMLPage(
            language: language, title: "HireScore — " + title, body: body(ranking, chartID: "ranking-chart")
        ).render()
    }

    /// One page with a section per ranking (one per requisition).
    public func render(_ rankings: [Ranking]) -> String {
        let locale = ReportLocale(language: language)
        let body = rankings.enumerated().map { index, ranking in
            "<section class=\"requisition\">\n" + self.body(ranking, chartID: "ranking-chart-\(index + 1)")
                + "</section>\n"
        }.joined()
        return HTMLPage(
            language: language,
            title: "HireScore — " + locale.pick("Ranking per requisition", "Rangfolge je Ausschreibung"), body: body
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
            + locale.pick("\(ranking.ranked.count) ranked", "\(ranking.ranked.count) gereiht").html + "</span>"
        body +=
            "<span>"
            + locale.pick(
                "\(ranking.knockedOut.count) with a knock-out", "\(ranking.knockedOut.count) mit K.-o.-Kriterium"
            ).html + "</span>"
        body +=
            "<span>"
            + locale.pick(
                "\(ranking.noDecision.count) without a decision", "\(ranking.noDecision.count) ohne Entscheidung"
            ).html + "</span></p>\n</header>\n"
        guard total > 0 else {
            body += "<p>\(locale.pick("No candidates.", "Keine Kandidat*innen.").html)</p>\n"
            return body
        }
        body += "<figure>\n" + RankingChart(locale: locale, ranking: ranking).render(id: chartID) + "\n"
        body +=
            "<figcaption>\(locale.pick("Consensus score per candidate. Candidates with a knock-out or without a decision are not ranked, whatever their score.", "Konsenswert je Kandidat*in. Kandidat*innen mit K.-o.-Kriterium oder ohne Entscheidung werden unabhängig vom Wert nicht gereiht.").html)</figcaption>\n</figure>\n"
        func requisitionCell(_ entry: Ranking.Entry) -> [HTMLCell] {
            showRequisition ? [.text(entry.requisition ?? ReportLocale.none)] : []
        }
        let requisitionHeader = showRequisition ? [locale.pick("requisition", "Ausschreibung")] : []
        let shift = showRequisition ? 1 : 0
        if !ranking.ranked.isEmpty {
            body += "<h2>\(locale.pick("Ranked", "Gereiht"))</h2>\n"
            var table = HTMLTable(
                header: [locale.pick("rank", "Rang"), locale.pick("candidate", "Kandidat*in")] + requisitionHeader
                    + [
                        locale.pick("score", "Wert"), locale.pick("recommendation", "Empfehlung"),
                        locale.pick("raters", "Bewertende"),
                        locale.pick("coverage", "Abdeckung"), locale.pick("within 1 level", "≤ 1 Stufe"),
                    ],
                numericColumns: [0, 2 + shift, 4 + shift, 5 + shift, 6 + shift])
            for entry in ranking.ranked {
                table.add(
                    [.number(entry.isTied ? "=\(entry.rank)" : String(entry.rank)), .text(entry.candidate)]
                        + requisitionCell(entry)
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
                    "<p class=\"muted\">\(locale.pick("= tied (same score to two decimals)", "= gleichauf (gleicher Wert auf zwei Stellen)").html)</p>\n"
            }
        }
        if !ranking.knockedOut.isEmpty {
            body +=
                "<h2>\(locale.pick("With a knock-out (not ranked)", "Mit K.-o.-Kriterium (nicht gereiht)").html)</h2>\n"
            var table = HTMLTable(
                header: [locale.pick("candidate", "Kandidat*in")] + requisitionHeader
                    + [locale.pick("score", "Wert"), locale.pick("knock-outs", "K.-o.-Kriterien")],
                numericColumns: [1 + shift])
            for entry in ranking.knockedOut {
                table.add(
                    [.raw("<span class=\"knock-out\">✖</span> " + entry.candidate.html)] + requisitionCell(entry)
                        + [
                            .number(locale.fixed(entry.score)),
                            .text(entry.knockOuts.map { $0.text(in: language) }.joined(separator: "; ")),
                        ])
            }
            body += table.render()
        }
        if !ranking.noDecision.isEmpty {
            body +=
                "<h2>\(locale.pick("No decision (too little rated)", "Keine Entscheidung (zu wenig bewertet)").html)</h2>\n"
            var table = HTMLTable(
                header: [locale.pick("candidate", "Kandidat*in")] + requisitionHeader
                    + [locale.pick("score", "Wert"), locale.pick("coverage", "Abdeckung")],
                numericColumns: [1 + shift, 2 + shift])
            for entry in ranking.noDecision {
                table.add(
                    [.text("? " + entry.candidate)] + requisitionCell(entry) + [
                        .number(locale.fixed(entry.score)), .number(locale.percent(entry.coverage)),
                    ])
            }
            body += table.render()
        }
        body +=
            "<p class=\"muted\">\(SignatureMessages.heading.text(in: language).html): \(ranking.signatures.line.text(in: language).html)</p>\n"
        return body
    }
}
