import Panel
import ScoringCore

// The appendix of the debrief pack (`merge --format html --evidence`): the agreement statistics of each requisition,
// and per candidate every rating side by side and every rater's evidence.
extension PanelHTMLReport {
    /// The appendix, statistics first, then a part per candidate, each starting a printed page: handed to `emit` piece
    /// by piece, the candidates' parts a slice at a time (``ReportPieces``), since a campaign's appendix is hundreds of
    /// megabytes and is never held whole.
    func appendix(_ report: PanelMerger.Report, to emit: (String) -> Void) {
        let locale = self.locale
        var out = "<section class=\"appendix\" id=\"appendix\" aria-labelledby=\"appendix-heading\">\n"
        out += "<h2 id=\"appendix-heading\">\(locale.text(DebriefMessages.appendix).html)</h2>\n"
        for (requisition, agreement) in report.agreementAcrossRequisitions {
            let name = requisition.isEmpty ? ReportLocale.none : requisition
            out +=
                "<p>" + locale.text(DebriefMessages.agreementStatistics(name)).html
                + PanelTextReport(language: language).agreementText(agreement).html + "</p>\n"
            if CriterionReliabilityReport.hasValues(agreement.criteria) {
                out += CriterionReliabilityReport(language: language).html(requisition, agreement.criteria)
            }
        }
        emit(out)
        ReportPieces.candidates(report.panels, emit: emit) { number, panel in appendix(panel, number: number) }
        emit("</section>\n")
    }

    /// A candidate's part of the appendix: every rating side by side, then the evidence per criterion.
    func appendix(_ panel: PanelResult, number: Int) -> String {
        let locale = self.locale
        let names = raterNames(panel)
        let anchor = "appendix-\(number)"
        var out = "<section class=\"appendix-candidate\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\">\n"
        out +=
            "<h3 id=\"\(anchor)-heading\"><a href=\"#candidate-\(number)\">"
            + locale.text(DebriefMessages.appendixCandidate(number, panel.candidate)).html + "</a></h3>\n"

        // The table: raters as numbers in the header (the names in the line above and for screen readers).
        out +=
            "<p class=\"raters\">"
            + names.enumerated().map { index, name in "<span>\(index + 1) = \(name.html)</span>" }.joined() + "</p>\n"
        out += ratingsTable(panel, names: names)
        out +=
            "<h4>\(locale.text(DebriefMessages.sectionArithmetic).html)</h4>\n" + sectionLines(panel, arithmetic: true)

        // Evidence: per criterion what each rater wrote, across the page's width.
        out += "<h4>\(locale.text(DebriefMessages.evidence).html)</h4>\n"
        guard panel.hasEvidence else {
            return out + "<p>\(locale.text(DebriefMessages.noEvidence).html)</p>\n</section>\n"
        }
        return out + evidenceList(panel, names: names) + "</section>\n"
    }

    /// Every rating of a candidate side by side, per section: the raters as numbers in the header (`names` in the
    /// line above the table and for screen readers), then median, mean, range, consensus and flags.
    private func ratingsTable(_ panel: PanelResult, names: [String]) -> String {
        let locale = self.locale
        let lang = language.rawValue
        let rubric = panel.rubric
        let header =
            [locale.text(DebriefMessages.criterionColumn).html]
            + names.indices.map { "\($0 + 1)<span class=\"sr-only\"> \(names[$0].html)</span>" }
            + DebriefMessages.ratingsColumns.map { locale.text($0).html }
        var table = HTMLTable(
            caption: locale.text(DebriefMessages.ratingsTableCaption), headerHTML: header,
            numericColumns: Set(1..<(header.count - 1)), class: "criteria")
        for section in rubric.sections {
            table.add(
                [HTMLCell(html: section.title.text(in: lang).html, columnSpan: header.count, isHeader: true)],
                class: "group")
            for row in panel.rows where row.sectionID == section.id {
                let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
                var flags: [String] = []
                if row.needsDiscussion { flags.append(locale.text(ReportMessages.discussFlag)) }
                if row.isGap { flags.append(locale.text(ReportMessages.gapFlag)) }
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
        return table.render()
    }

    /// Per criterion what each rater wrote (`names` in the order of the raters), across the page's width.
    private func evidenceList(_ panel: PanelResult, names: [String]) -> String {
        let locale = self.locale
        let lang = language.rawValue
        let rubric = panel.rubric
        var out = "<dl class=\"evidence\">\n"
        let evidence = panel.raters.map(\.evidence.loaded)
        for row in panel.rows {
            let entries = zip(names, zip(evidence, row.ratings)).compactMap {
                name, pair -> (String, Rating, String)? in
                pair.0[row.criterionID].map { (name, pair.1, $0) }
            }
            guard !entries.isEmpty else { continue }
            let title = rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID
            out +=
                "<dt>\(title.html)"
                + (row.needsDiscussion
                    ? " <span class=\"flag\">\(locale.text(ReportMessages.discussFlag).html)</span>" : "")
                + "</dt>\n"
            for (name, rating, text) in entries {
                out += "<dd><span class=\"who\">\(name.html) · \(rating.description.html)</span> \(text.html)</dd>\n"
            }
        }
        return out + "</dl>\n"
    }
}
