import Panel
import ScoringCore

/// A merge as one self-contained HTML page for the debrief room: an overview of the candidates, then
/// per candidate (a new printed page each) the panel recommendation with its arithmetic, the sections
/// against the decision thresholds, each criterion's ratings as a dot plot with the consensus and the
/// criteria to discuss, knock-outs with who reported them, who said what, agreement and the evidence;
/// at the end every file accounted for.
///
/// Interviewer names, candidate ids, reasons and evidence are escaped (``HTMLEscaping``): a note
/// containing `<script>` shows as text. Charts have text alternatives; colour is never the only signal.
///
/// ```swift
/// let html = PanelHTMLReport(language: .de).render(report)
/// try AtomicFile.write(html, to: "debrief.html")
/// ```
public struct PanelHTMLReport: Sendable {
    /// The language of the report.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    var locale: ReportLocale { ReportLocale(language: language) }

    /// The whole page.
    public func render(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        var body = "<header>\n"
        let title = Self.title(report, locale: locale)
        body += "<h1>\(title.html)</h1>\n"
        body +=
            "<p class=\"facts\">" + Self.facts(report, locale: locale).map { "<span>\($0.html)</span>" }.joined()
            + "</p>\n"
        body += "</header>\n"
        if report.panels.count > 1 { body += overview(report) }
        for (index, panel) in report.panels.enumerated() {
            body += candidate(panel, number: index + 1)
        }
        body += files(report)
        return HTMLPage(language: language, title: "HireScore — " + title, body: body).render()
    }

    /// The page's heading: the candidate for one, the requisitions for several.
    static func title(_ report: PanelMerger.Report, locale: ReportLocale) -> String {
        if report.panels.count == 1, let panel = report.panels.first {
            return locale.pick(
                "Panel result: candidate \(panel.candidate)", "Panelergebnis: Kandidat*in \(panel.candidate)")
        }
        let requisitions = Set(report.panels.compactMap(\.requisition)).sorted()
        let base = locale.pick("Panel results", "Panelergebnisse")
        return requisitions.isEmpty ? base : base + ": " + requisitions.joined(separator: ", ")
    }

    /// The facts under the heading: candidates, scorecards, consensus method.
    static func facts(_ report: PanelMerger.Report, locale: ReportLocale) -> [String] {
        var facts: [String] = []
        if report.panels.count == 1, let requisition = report.panels.first?.requisition {
            facts.append(locale.pick("requisition \(requisition)", "Ausschreibung \(requisition)"))
        }
        facts.append(
            locale.pick(
                report.panels.count == 1 ? "1 candidate" : "\(report.panels.count) candidates",
                report.panels.count == 1 ? "1 Kandidat*in" : "\(report.panels.count) Kandidat*innen"))
        facts.append(
            locale.pick(
                "\(report.filesMerged.count) scorecards merged",
                "\(report.filesMerged.count) Bewertungsbögen zusammengeführt"))
        let methods = Set(report.panels.map(\.method.rawValue)).sorted()
        if !methods.isEmpty {
            facts.append(locale.pick("consensus: ", "Konsens: ") + methods.map(locale.method).joined(separator: ", "))
        }
        return facts
    }

    func overview(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        var out =
            "<section class=\"overview\" aria-labelledby=\"overview\">\n<h2 id=\"overview\">\(locale.pick("Overview", "Übersicht"))</h2>\n"
        var table = HTMLTable(
            header: [
                locale.pick("candidate", "Kandidat*in"), locale.pick("requisition", "Ausschreibung"),
                locale.pick("panel recommendation", "Panel-Empfehlung"), locale.pick("consensus score", "Konsenswert"),
                locale.pick("coverage", "Abdeckung"), locale.pick("raters", "Bewertende"),
                locale.pick("within 1 level", "≤ 1 Stufe auseinander"),
                locale.pick("to discuss", "zu besprechen"),
            ],
            numericColumns: [3, 4, 5, 6, 7])
        for (index, panel) in report.panels.enumerated() {
            let consensus = panel.consensus
            table.add([
                .raw("<a href=\"#candidate-\(index + 1)\">\(panel.candidate.html)</a>"),
                .text(panel.requisition ?? ReportLocale.none),
                .raw(
                    recommendationBadge(consensus.recommendation, locale: locale)
                        + (consensus.knockOuts.isEmpty
                            ? "" : " <span class=\"knock-out\">✖ \(locale.pick("knock-out", "K.-o.").html)</span>")),
                .number(locale.fixed(consensus.overallScore)), .number(locale.percent(consensus.coverage)),
                .number(String(panel.raters.count)),
                .number(panel.spread.withinOneLevelShare.map(locale.percent) ?? ReportLocale.none),
                .number(String(panel.discussion.count)),
            ])
        }
        out += table.render()
        for (requisition, agreement) in report.agreementAcrossRequisitions {
            out +=
                "<p>"
                + locale.pick(
                    "Agreement across requisition \(requisition.isEmpty ? ReportLocale.none : requisition): ",
                    "Übereinstimmung über die Ausschreibung \(requisition.isEmpty ? ReportLocale.none : requisition): "
                ).html
            out += PanelTextReport(language: language).agreementText(agreement).html + "</p>\n"
            if CriterionReliabilityReport.hasValues(agreement.criteria) {
                out += CriterionReliabilityReport(language: language).html(requisition, agreement.criteria)
            }
        }
        return out + "</section>\n"
    }

    func candidate(_ panel: PanelResult, number: Int) -> String {
        let locale = self.locale
        let de = locale.isGerman
        let lang = language.rawValue
        let rubric = panel.rubric
        let consensus = panel.consensus
        let anchor = "candidate-\(number)"
        var out = "<section class=\"candidate\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\">\n"
        out += "<h2 id=\"\(anchor)-heading\">\(locale.pick("Candidate", "Kandidat*in")) \(panel.candidate.html)</h2>\n"
        var facts: [String] = []
        if let requisition = panel.requisition {
            facts.append(locale.pick("requisition ", "Ausschreibung ") + requisition)
        }
        facts.append(rubric.title.text(in: lang))
        facts.append(locale.pick("rubric ", "Vorlage ") + rubric.reference + " " + rubric.hash.prefix(19) + "…")
        facts.append(locale.pick("consensus: ", "Konsens: ") + locale.method(panel.method.rawValue))
        out += "<p class=\"facts\">" + facts.map { "<span>\($0.html)</span>" }.joined() + "</p>\n"
        if let note = panel.whatIfNote {
            out += "<p class=\"what-if\"><strong>\(note.text(in: language).html)</strong></p>\n"
        }

        // The decision.
        out += "<div class=\"decision \(consensus.recommendation.cssClass)\">"
        out +=
            "<span class=\"verdict\">\(ReportLocale.symbol(consensus.recommendation)) \(locale.pick("Panel recommendation", "Panel-Empfehlung")): "
        out += "\(locale.label(consensus.recommendation).uppercased().html)</span> "
        out +=
            "<span class=\"figure\">\(locale.pick("consensus score", "Konsenswert")) <strong>\(locale.fixed(consensus.overallScore))</strong></span> "
        out +=
            "<span class=\"figure\">\(locale.pick("coverage", "Abdeckung")) \(consensus.ratedCount)/\(consensus.criterionCount) (\(locale.percent(consensus.coverage).html))</span>"
        out += "</div>\n<ul class=\"explain\">\n<li>\(consensus.overallArithmetic.text(in: language).html)</li>\n"
        for reason in consensus.recommendationReasons { out += "<li>\(reason.text(in: language).html)</li>\n" }
        out += "</ul>\n"

        // Sections against the thresholds.
        out +=
            "<h3>\(locale.pick("Sections against the decision thresholds", "Abschnitte und Entscheidungsschwellen"))</h3>\n<figure>\n"
        let chart = ThresholdChart(
            locale: locale, lowest: rubric.scale.lowest, highest: rubric.scale.highest, decision: rubric.decision,
            rows: zip(rubric.sections, consensus.sections).map {
                ThresholdChart.Row(title: $0.title.text(in: lang), score: $1.score, isOverall: false)
            }
                + [
                    ThresholdChart.Row(
                        title: locale.pick("Overall (weighted)", "Gesamt (gewichtet)"), score: consensus.overallScore,
                        isOverall: true)
                ],
            title: locale.pick(
                "Consensus per section against the decision thresholds",
                "Konsens je Abschnitt und Entscheidungsschwellen"))
        out += chart.render(id: "\(anchor)-sections") + "\n"
        out +=
            "<figcaption>\(locale.pick("The thresholds decide on the overall score; knock-outs and coverage can cap the recommendation.", "Die Schwellen gelten für den Gesamtwert; K.-o.-Kriterien und Abdeckung können die Empfehlung begrenzen.").html)</figcaption>\n</figure>\n"
        out += "<ul class=\"explain\">\n"
        for (section, result) in zip(rubric.sections, consensus.sections) {
            out += "<li><strong>\(section.title.text(in: lang).html)</strong>: \(locale.fixed(result.score).html)"
            let details =
                result.explanation.map { $0.text(in: language) }
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
        out += "</ul>\n"

        // Ratings.
        let raterNames = panel.raters.map { $0.interviewer + ($0.isDraft ? locale.pick(" (draft)", " (Entwurf)") : "") }
        out += "<h3>\(locale.pick("Ratings", "Bewertungen"))</h3>\n"
        for section in rubric.sections {
            let rows = panel.rows.filter { $0.sectionID == section.id }
            guard !rows.isEmpty else { continue }
            let plot = RatingDotPlot(
                locale: locale, lowest: rubric.scale.lowest, highest: rubric.scale.highest, raters: raterNames,
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
        // The table: raters as numbers in the header (the names in the line above and for screen readers).
        out +=
            "<p class=\"raters\">"
            + panel.raters.enumerated().map { index, rater in
                "<span>\(index + 1) = \(raterNames[index].html)</span>"
            }.joined() + "</p>\n"
        var header =
            [locale.pick("criterion", "Kriterium").html]
            + panel.raters.indices.map { "\($0 + 1)<span class=\"sr-only\"> \(raterNames[$0].html)</span>" }
        header += [
            locale.pick("median", "Median"), locale.pick("mean", "Mittel"), locale.pick("range", "Spanne"),
            locale.pick("consensus", "Konsens"),
            locale.pick("flag", "Hinweis"),
        ].map(\.html)
        var table = HTMLTable(
            caption: locale.pick(
                "Ratings side by side (n/a: not assessed, left out of every average)",
                "Bewertungen nebeneinander (n/a: nicht beurteilt, in keinem Mittel enthalten)"),
            headerHTML: header, numericColumns: Set(1..<(header.count - 1)), class: "criteria")
        for section in rubric.sections {
            table.add(
                [HTMLCell(html: section.title.text(in: lang).html, columnSpan: header.count, isHeader: true)],
                class: "group")
            for row in panel.rows where row.sectionID == section.id {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                var flags: [String] = []
                if row.needsDiscussion { flags.append(de ? "⚑ besprechen" : "⚑ discuss") }
                if row.isGap { flags.append(de ? "○ Lücke" : "○ gap") }
                table.add(
                    [.rowHeader(title)] + row.ratings.map { .number($0.description) }
                        + [
                            .number(row.median.map { locale.number($0) } ?? ReportLocale.none),
                            .number(locale.fixed(row.mean)),
                            .number(row.range.map { locale.number($0) } ?? ReportLocale.none),
                            .number(row.consensus.map { locale.number($0) } ?? ReportLocale.none),
                            .text(flags.joined(separator: " "), class: flags.isEmpty ? nil : "flagged"),
                        ],
                    class: row.needsDiscussion ? "discuss" : nil)
            }
        }
        out += table.render()

        // Knock-outs.
        out += "<h3>\(locale.pick("Knock-outs", "K.-o.-Kriterien"))</h3>\n<ul>\n"
        let knockOutLines = panel.knockOutLines
        if knockOutLines.isEmpty { out += "<li>\(locale.pick("none", "keine"))</li>\n" }
        for knockOut in knockOutLines {
            let symbol = knockOut.status.symbol
            let css = knockOut.status == .stands ? " class=\"knock-out\"" : ""
            out += "<li\(css)>\(symbol) [\(knockOut.id.html)] \(knockOut.text.text(in: language).html)</li>\n"
        }
        out += "</ul>\n"

        // Who said what.
        out += "<h3>\(locale.pick("Who said what", "Wer hat was gesagt"))</h3>\n"
        var views = HTMLTable(header: [
            locale.pick("interviewer", "Interviewer*in"), locale.pick("interview", "Interview"),
            locale.pick("own recommendation", "eigene Empfehlung"),
            locale.pick("own ratings → by the rules", "eigene Bewertungen → nach den Regeln"),
            locale.pick("reason", "Begründung"), SignatureMessages.signedByHeading.text(in: language),
        ])
        for (rater, view) in zip(panel.raters, panel.views) {
            var reason = view.reason.map { "<span class=\"quote\">\(locale.quoted($0).html)</span>" } ?? ""
            if let note = view.consistencyNote {
                reason += (reason.isEmpty ? "" : "<br>") + "<strong>! \(note.text(in: language).html)</strong>"
            }
            views.add([
                .text(view.interviewer + (rater.isDraft ? locale.pick(" (draft)", " (Entwurf)") : "")),
                .text(rater.interviewDate.map(locale.date) ?? ReportLocale.none, class: "date"),
                .raw(view.ownRecommendation.map { recommendationBadge($0, locale: locale) } ?? ReportLocale.none),
                .text("\(locale.fixed(view.result.overallScore)) → \(locale.label(view.result.recommendation))"),
                .raw(reason),
                .text(
                    (rater.signature.map(SignatureMessages.cell) ?? SignatureMessages.draftNotSealed).text(in: language)
                ),
            ])
        }
        out += views.render()

        // Agreement and the debrief.
        out += "<h3>\(locale.pick("Agreement", "Übereinstimmung"))</h3>\n"
        out += "<p>\(PanelTextReport(language: language).spreadText(panel).sentenceCased.html)</p>\n"
        let discuss = panel.rows.filter(\.needsDiscussion)
        if !discuss.isEmpty {
            out +=
                "<h3>\(locale.pick("For the debrief (range of 2 levels or more)", "Für die Nachbesprechung (Spanne ab 2 Stufen)"))</h3>\n<ul>\n"
            for row in discuss {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                out +=
                    "<li>⚑ <strong>\(title.html)</strong>: "
                    + zip(panel.raters, row.ratings).map { "\($0.interviewer.html) \($1.description)" }.joined(
                        separator: ", ") + "</li>\n"
            }
            out += "</ul>\n"
        }
        if !panel.gaps.isEmpty {
            out +=
                "<p>\(locale.pick("Gaps (rated by nobody): ", "Lücken (von niemandem bewertet): ").html)"
                + panel.gaps.map { (rubric.criterion($0)?.title.text(in: lang) ?? $0).html }.joined(separator: ", ")
                + "</p>\n"
        }

        // Evidence: per criterion what each rater wrote, across the page's width.
        if panel.hasEvidence {
            out += "<h3>\(locale.pick("Evidence", "Belege"))</h3>\n<dl class=\"evidence\">\n"
            for row in panel.rows {
                let entries = zip(panel.raters, row.ratings).compactMap { rater, rating -> (String, Rating, String)? in
                    rater.evidence[row.criterionID].map { (rater.interviewer, rating, $0) }
                }
                guard !entries.isEmpty else { continue }
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                out +=
                    "<dt>\(title.html)"
                    + (row.needsDiscussion ? " <span class=\"flag\">\(de ? "⚑ besprechen" : "⚑ discuss")</span>" : "")
                    + "</dt>\n"
                for (name, rating, text) in entries {
                    out +=
                        "<dd><span class=\"who\">\(name.html) · \(rating.description.html)</span> \(text.html)</dd>\n"
                }
            }
            out += "</dl>\n"
        }
        return out + "</section>\n"
    }

    func files(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        let accounting = FileAccounting(report)
        var out =
            "<section class=\"files\" aria-labelledby=\"files\">\n<h2 id=\"files\">\(locale.pick("Files", "Dateien"))</h2>\n"
        out +=
            "<p>"
            + locale.pick(
                "\(report.filesRead.count) read, \(report.filesMerged.count) merged, \(accounting.refusedCount) refused",
                "\(report.filesRead.count) gelesen, \(report.filesMerged.count) zusammengeführt, \(accounting.refusedCount) abgelehnt"
            ).html + "</p>\n"
        if !report.problems.isEmpty || !accounting.withheld.isEmpty {
            out += "<ul>\n"
            for problem in report.problems {
                out +=
                    "<li class=\"knock-out\">✖ \(problem.message.text(in: language).html)<ul>"
                    + problem.files.map { "<li><code>\($0.html)</code></li>" }.joined()
                    + problem.diagnostics.map { "<li>\($0.header(in: language).html)</li>" }.joined() + "</ul></li>\n"
            }
            if !accounting.withheld.isEmpty {
                out +=
                    "<li class=\"knock-out\">✖ \(locale.pick("not merged because another scorecard of the same candidate is refused above", "nicht zusammengeführt, weil ein anderer Bewertungsbogen derselben Kandidat*in oben abgelehnt ist").html)<ul>"
                    + accounting.withheld.map { "<li><code>\($0.html)</code></li>" }.joined() + "</ul></li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }
}

/// The files of a merge that went into no result: refused ones and the other scorecards of a refused candidate.
struct FileAccounting {
    /// Files read that went into no result and are named by no problem.
    var withheld: [String]
    /// Every file not merged.
    var refusedCount: Int

    init(_ report: PanelMerger.Report) {
        let refused = report.problems.flatMap(\.files)
        let accounted = Set(report.filesMerged + refused)
        withheld = report.filesRead.filter { !accounted.contains($0) }
        refusedCount = Set(refused + withheld).count
    }
}
