import BuiltInModules
import Foundation
import Panel
import ScoringCore
import Testing

@testable import Reporting

/// The HTML reports are self-contained, printable and accessible: no scripts and nothing loaded from
/// elsewhere, an A4 print stylesheet with a page break before each candidate, a text alternative for
/// every chart, and shapes and words beside every colour.
@Suite struct HTMLReportTests {
    static func pages() throws -> [(String, String)] {
        let report = try ReportFixtures.hostileReport()
        let rubric = try ReportFixtures.rubric()
        let scorecard = ReportFixtures.scorecard("c-1", "Bo Berg", [2, 4, 4, 4, 3, 4], rubric: rubric)
        let result = ScoringHost(registry: BuiltInModules.registry).score(scorecard, rubric: rubric)
        var pages: [(String, String)] = []
        for language in Language.allCases {
            pages.append(("merge \(language)", PanelHTMLReport(language: language).render(report)))
            pages.append(
                (
                    "merge with the appendix \(language)",
                    PanelHTMLReport(language: language, evidenceAppendix: true).render(report)
                ))
            pages.append(("rank \(language)", RankingHTMLReport(language: language).render(Ranking(report.panels))))
            pages.append(
                (
                    "calibrate \(language)",
                    CalibrationHTMLReport(language: language).render(Calibration(report.panels, minimumForName: 1))
                ))
            pages.append(
                (
                    "score \(language)",
                    ScorecardHTMLReport(language: language).render(scorecard, rubric: rubric, result: result)
                ))
        }
        return pages
    }

    @Test func everyPageIsSelfContained() throws {
        for (name, html) in try Self.pages() {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\""), "\(name)")
            #expect(html.hasSuffix("</html>\n"), "\(name)")
            #expect(!html.contains("<script"), "\(name): a script")
            for reference in [
                "src=", "<link", "@import", "@font-face", "url(http", "url(//", "href=\"http", "href=\"//",
            ] {
                #expect(!html.contains(reference), "\(name) refers to something outside the file: \(reference)")
            }
            // The only absolute URL is the SVG namespace, which is a name, not something loaded.
            let urls =
                html.components(separatedBy: "http://").count + html.components(separatedBy: "https://").count - 2
            let namespaces = html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1
            let hostileLinks = html.components(separatedBy: "http://example.invalid").count - 1
            #expect(urls == namespaces + hostileLinks, "\(name)")
            #expect(
                html.contains(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                ))
        }
    }

    @Test func everyChartHasATextAlternative() throws {
        for (name, html) in try Self.pages() {
            let charts = html.components(separatedBy: "<svg ").dropFirst()
            #expect(!charts.isEmpty, "\(name) has no chart")
            for chart in charts {
                let opening = String(chart.prefix { $0 != ">" })
                #expect(opening.contains("role=\"img\""), "\(name)")
                let id = try #require(
                    opening.components(separatedBy: " id=\"").dropFirst().first?.prefix { $0 != "\"" })
                #expect(opening.contains("aria-labelledby=\"\(id)-title \(id)-desc\""), "\(name)")
                #expect(chart.contains("<title id=\"\(id)-title\">"), "\(name)")
                #expect(chart.contains("<desc id=\"\(id)-desc\">"), "\(name)")
                let description =
                    chart.components(separatedBy: "<desc id=\"\(id)-desc\">").dropFirst().first?.prefix { $0 != "<" }
                    ?? ""
                #expect(description.count > 20, "\(name): the text alternative says too little: \(description)")
            }
            // Chart ids are unique in the page.
            let ids = charts.compactMap {
                $0.components(separatedBy: " id=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
            }
            #expect(Set(ids).count == ids.count, "\(name): duplicate chart ids")
        }
    }

    @Test func theMergePrintsOnA4WithAPageBreakBeforeEachCandidate() throws {
        let report = try ReportFixtures.hostileReport()
        let html = PanelHTMLReport(language: .en).render(report)
        #expect(html.contains("@page { size: A4;"))
        #expect(
            html.contains(
                ".overview ~ section.candidate, section.candidate + section.candidate { break-before: page; page-break-before: always; }"
            ))
        #expect(html.contains("<section class=\"overview\""), "several candidates: an overview first, then a page each")
        #expect(html.components(separatedBy: "<section class=\"candidate\"").count - 1 == report.panels.count)
    }

    @Test func theDotPlotShowsEveryRatingAsAShapeTheConsensusAndTheFlags() throws {
        let report = try ReportFixtures.hostileReport()
        let html = PanelHTMLReport(language: .en).render(report)
        let panel = try #require(report.panels.first)
        // Criterion a of c-1 was rated 4, 2 and 3: a range of 2 levels, to discuss.
        #expect(panel.rows[0].needsDiscussion)
        #expect(html.contains("⚑ discuss"))
        #expect(html.contains("A: Ann &lt;b&gt;Lee&lt;/b&gt; | x 4, Bo Berg 2, Cy Chen 3; consensus 3; to discuss."))
        // Cy Chen rated b n/a: not drawn, said in words.
        #expect(html.contains("B: Ann &lt;b&gt;Lee&lt;/b&gt; | x 4, Bo Berg 4, Cy Chen n/a; consensus 4."))
        // Each rater a shape of their own in the legend (circle, square, triangle), not only a colour.
        #expect(html.contains("<circle class=\"mark r0\""))
        #expect(html.contains("<rect class=\"mark r1\""))
        #expect(html.contains("<polygon class=\"mark r2\""))
    }

    @Test func theRankingMarksKnockOutsInWordsAndPattern() throws {
        let rubric = try ReportFixtures.rubric()
        // Skill one is critical with a requirement of 3: rated 1 by everyone, a knock-out.
        let report = try ReportFixtures.merge(
            [
                ReportFixtures.scorecard("c-1", "Ann", [4, 4, 4, 4, 4, 4], rubric: rubric),
                ReportFixtures.scorecard("c-1", "Bo", [4, 5, 4, 4, 4, 4], rubric: rubric),
                ReportFixtures.scorecard("c-2", "Ann", [5, 5, 5, 5, 1, 5], rubric: rubric),
                ReportFixtures.scorecard("c-2", "Bo", [5, 5, 5, 5, 1, 5], rubric: rubric),
            ], rubric: rubric)
        let ranking = Ranking(report.panels)
        #expect(ranking.knockedOut.map(\.candidate) == ["c-2"])
        let html = RankingHTMLReport(language: .de).render(ranking)
        #expect(html.contains("✖ c-2"))
        #expect(html.contains("K.-o.-Kriterium, nicht gereiht"))
        #expect(html.contains("style=\"fill: url(#ranking-chart-hatch)\""))
        #expect(html.contains("<pattern id=\"ranking-chart-hatch\""))
    }

    @Test("the debrief pack leaves the evidence and the full table to the appendix (--evidence)")
    func theEvidenceIsInTheAppendixOnly() throws {
        let report = try ReportFixtures.hostileReport()
        let pack = PanelHTMLReport(language: .en).render(report)
        let withAppendix = PanelHTMLReport(language: .en, evidenceAppendix: true).render(report)
        // Bo Berg's evidence and the table of every rating stand in the appendix only.
        let evidence = "=HYPERLINK(&quot;http://example.invalid&quot;,&quot;click&quot;)"
        #expect(!pack.contains(evidence))
        #expect(!pack.contains("<dl class=\"evidence\">"))
        #expect(!pack.contains("id=\"appendix") && !pack.contains("appendix-link"))
        #expect(withAppendix.contains("<dd><span class=\"who\">Bo Berg · 2</span> \(evidence)</dd>"))
        #expect(withAppendix.components(separatedBy: "<section class=\"appendix-candidate\"").count - 1 == 2)
        #expect(
            withAppendix.contains(
                "<a href=\"#appendix-1\">Every rating side by side and the evidence: appendix A.1.</a>"))
        #expect(
            withAppendix.contains(
                "<h3 id=\"appendix-2-heading\"><a href=\"#candidate-2\">A.2 c-2: ratings and evidence</a></h3>"))
        // The pack is the same with the appendix, up to the link to it and the appendix itself.
        let candidates = { (html: String) in
            html.components(separatedBy: "<section class=\"files\"")[0].replacingOccurrences(
                of: #"<p class="appendix-link">.*</p>\n"#, with: "", options: .regularExpression)
        }
        #expect(candidates(pack) == candidates(withAppendix))
        #expect(withAppendix.contains("section.appendix, section.appendix-candidate { break-before: page;"))
    }

    @Test("the criteria to discuss: raters two levels apart, the widest first, and consensus below the bar")
    func theCriteriaToDiscuss() throws {
        let html = PanelHTMLReport(language: .en).render(try ReportFixtures.hostileReport())
        // c-1: criterion A rated 4, 2 and 3.
        #expect(
            html.contains(
                "<tr><th scope=\"row\">A</th><td>Ann &lt;b&gt;Lee&lt;/b&gt; | x 4, Bo Berg 2, Cy Chen 3</td><td class=\"num\">3</td><td class=\"flagged\">⚑ 2 levels apart (2 to 4)</td></tr>"
            ))
        // c-2: A rated 1 and 2, a consensus of 1.5 below 3 (meets the requirements).
        #expect(
            html.contains(
                "<tr><th scope=\"row\">A</th><td>Ann &lt;b&gt;Lee&lt;/b&gt; | x 1, Bo Berg 2</td><td class=\"num\">1.5</td><td class=\"flagged\">▼ below 3</td></tr>"
            ))
        #expect(
            html.contains("<p class=\"agreement\"><strong>Agreement:</strong> The 3 interviewers are within one level"))
    }

    @Test("a knock-out in the overview: the badge's symbol once, the knock-outs in words")
    func theOverviewNamesAKnockOutOnce() throws {
        let rubric = try ReportFixtures.rubric()
        let report = try ReportFixtures.merge(
            [
                ReportFixtures.scorecard("c-1", "Ann", [4, 4, 4, 4, 4, 4], rubric: rubric),
                ReportFixtures.scorecard("c-1", "Bo", [4, 5, 4, 4, 4, 4], rubric: rubric),
                ReportFixtures.scorecard("c-2", "Ann", [5, 5, 5, 5, 1, 5], rubric: rubric),
                ReportFixtures.scorecard("c-2", "Bo", [5, 5, 5, 5, 1, 5], rubric: rubric),
            ], rubric: rubric)
        for (language, words) in [(Language.en, "1 knock-out"), (.de, "1 K.-o.-Kriterium")] {
            let html = PanelHTMLReport(language: language).render(report)
            let overview = html.components(separatedBy: "<section class=\"candidate\"")[0]
            #expect(overview.contains("</span> <span class=\"knock-out-note\">\(words)</span></td>"), "\(language)")
            #expect(overview.components(separatedBy: "✖").count - 1 == 1, "\(language): one ✖ in the overview")
        }
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Self.pages().map(\.1)
        let second = try Self.pages().map(\.1)
        #expect(first == second)
    }
}
