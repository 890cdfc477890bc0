import Panel
import ScoringCore

/// A merge as the debrief pack: one self-contained HTML page that prints one to two A4 pages per candidate.
///
/// With several candidates the page opens with an overview (one row per candidate, and per requisition the
/// interviewers' agreement in one sentence with α explained). Each candidate then starts a printed page of their
/// own with the panel recommendation and its arithmetic, the knock-outs, the agreement in one sentence, the
/// criteria to discuss (raters two levels or more apart, consensus below the level that meets the requirements,
/// or rated by nobody), the sections against the decision thresholds, each section's ratings as a dot plot, and
/// who recommended what. Every file read is accounted for at the end.
///
/// With ``evidenceAppendix`` an appendix follows: the agreement statistics of each requisition (α with its
/// interval, ICC, reliability per criterion), and per candidate every rating side by side and every rater's
/// evidence, each candidate on a new page.
///
/// Interviewer names, candidate ids, reasons and evidence are escaped (``HTMLEscaping``): a note
/// containing `<script>` shows as text. Charts have text alternatives; colour is never the only signal.
///
/// ```swift
/// let html = PanelHTMLReport(language: .de, evidenceAppendix: true).render(report)
/// try AtomicFile.write(html, to: "debrief.html")
/// ```
package struct PanelHTMLReport: Sendable {
    /// The language of the report.
    package var language: Language
    /// Whether the page ends with the appendix of agreement statistics, every rating and the evidence.
    package var evidenceAppendix: Bool

    /// Creates a renderer; `evidenceAppendix` adds the appendix of statistics, ratings and evidence.
    package init(language: Language, evidenceAppendix: Bool = false) {
        self.language = language
        self.evidenceAppendix = evidenceAppendix
    }

    var locale: ReportLocale { ReportLocale(language: language) }

    /// The whole page.
    package func render(_ report: PanelMerger.Report) -> String {
        var out = ""
        write(report) { out += $0 }
        return out
    }

    /// The whole page piece by piece, in order (see ``ReportPieces``): the page's head, header and overview, the
    /// candidates a slice at a time, the files, the appendix, the page's end.
    package func write(_ report: PanelMerger.Report, to emit: (String) -> Void) {
        let title = Self.title(report, locale: locale)
        let page = HTMLPage(language: language, title: "HireScore — " + title, body: "")
        var body = "<header>\n"
        body += "<h1>\(title.html)</h1>\n"
        body += facts(Self.facts(report, locale: locale))
        body += "</header>\n"
        if report.panels.count > 1 { body += overview(report) }
        emit(page.head + body)
        ReportPieces.candidates(report.panels, emit: emit) { number, panel in candidate(panel, number: number) }
        emit(files(report))
        if evidenceAppendix { appendix(report, to: emit) }
        emit(page.tail)
    }

    /// The page's heading: the candidate for one, the requisitions for several.
    static func title(_ report: PanelMerger.Report, locale: ReportLocale) -> String {
        if report.panels.count == 1, let panel = report.panels.first {
            return locale.text(DebriefMessages.titleOneCandidate(panel.candidate))
        }
        let requisitions = Set(report.panels.compactMap(\.requisition)).sorted()
        let base = locale.text(DebriefMessages.titleSeveralCandidates)
        return requisitions.isEmpty ? base : base + ": " + requisitions.joined(separator: ", ")
    }

    /// The facts under the heading: candidates, scorecards, consensus method.
    static func facts(_ report: PanelMerger.Report, locale: ReportLocale) -> [String] {
        var facts: [String] = []
        if report.panels.count == 1, let requisition = report.panels.first?.requisition {
            facts.append(locale.text(DebriefMessages.requisitionFact(requisition)))
        }
        facts.append(locale.text(DebriefMessages.candidateCount(report.panels.count)))
        facts.append(locale.text(DebriefMessages.scorecardsMerged(report.filesMerged.count)))
        let methods = Set(report.panels.map(\.method.rawValue)).sorted()
        if !methods.isEmpty {
            facts.append(locale.text(DebriefMessages.consensusFact(methods.map(locale.method).joined(separator: ", "))))
        }
        return facts
    }

    /// A line of facts, each escaped, separated by the stylesheet.
    func facts(_ facts: [String]) -> String {
        "<p class=\"facts\">" + facts.map { "<span>\($0.html)</span>" }.joined() + "</p>\n"
    }

    /// The overview of several candidates: a row each, and per requisition the agreement in one sentence.
    func overview(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        var out = "<section class=\"overview\" aria-labelledby=\"overview\">\n"
        out += "<h2 id=\"overview\">\(locale.text(DebriefMessages.overview).html)</h2>\n"
        var table = HTMLTable(
            header: DebriefMessages.overviewColumns.map(locale.text), numericColumns: [3, 4, 5, 6, 7])
        for (index, panel) in report.panels.enumerated() {
            let consensus = panel.consensus
            // The badge carries the recommendation's symbol; the knock-outs are named in words beside it.
            let knockOuts = panel.knockOutLines.filter { $0.status == .stands }.count
            table.add([
                .raw("<a href=\"#candidate-\(index + 1)\">\(panel.candidate.html)</a>"),
                .text(panel.requisition ?? ReportLocale.none),
                .raw(
                    recommendationBadge(consensus.recommendation, locale: locale)
                        + (knockOuts == 0
                            ? ""
                            : " <span class=\"knock-out-note\">"
                                + locale.text(DebriefMessages.knockOutCount(knockOuts)).html + "</span>")
                ),
                .number(locale.fixed(consensus.overallScore)), .number(locale.percent(consensus.coverage)),
                .number(String(panel.raters.count)),
                .number(panel.spread.withinOneLevelShare.map(locale.percent) ?? ReportLocale.none),
                .number(String(panel.discussion.count)),
            ])
        }
        out += table.render()
        if !report.agreementAcrossRequisitions.isEmpty {
            out += "<h3>\(locale.text(DebriefMessages.agreementAcrossRequisitions).html)</h3>\n"
            for (requisition, agreement) in report.agreementAcrossRequisitions {
                let panels = report.panels.filter { ($0.requisition ?? "") == requisition }
                out +=
                    "<p class=\"agreement\">"
                    + agreementSentence(requisition, agreement, panels: panels).html + "</p>\n"
            }
        }
        return out + "</section>\n"
    }

    /// The agreement across a requisition in one sentence, with α and what its values mean.
    func agreementSentence(_ requisition: String, _ agreement: PanelResult.Agreement, panels: [PanelResult])
        -> String
    {
        let name = requisition.isEmpty ? ReportLocale.none : requisition
        let candidates = agreement.candidateCount ?? panels.count
        guard let alpha = agreement.alphaOrdinal, let reading = agreement.reading else {
            return locale.text(
                DebriefMessages.requisitionAgreementMissing(
                    name, reason: agreement.alphaMissing, candidates: candidates, raters: agreement.raterCount))
        }
        // Below zero as shown to three decimals, so that a rounded -0.000 is not news.
        let belowZero = (alpha * 1000).rounded() < 0
        return locale.text(
            DebriefMessages.requisitionAgreement(
                name, candidates: candidates, alpha: locale.fixed(alpha, digits: 3), reading: reading,
                belowZero: belowZero, withinOneLevelEverywhere: panels.allSatisfy { $0.spread.wideCriteria.isEmpty }))
    }

    /// Every file read: merged, refused with the reason, or withheld because another card of the candidate is refused.
    func files(_ report: PanelMerger.Report) -> String {
        let locale = self.locale
        let accounting = FileAccounting(report)
        var out = "<section class=\"files\" aria-labelledby=\"files\">\n"
        out += "<h2 id=\"files\">\(locale.text(DebriefMessages.files).html)</h2>\n"
        out +=
            "<p>"
            + locale.text(
                DebriefMessages.filesCount(
                    read: report.filesRead.count, merged: report.filesMerged.count, refused: accounting.refusedCount)
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
                    "<li class=\"knock-out\">✖ \(locale.text(DebriefMessages.withheld).html)<ul>"
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
