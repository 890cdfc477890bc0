import Panel
import Testing

@testable import Reporting

/// A merge keeps the interviewers' evidence only for a report that shows it (issue 20: it is most of a campaign's
/// memory). The rule is checked against the renderers themselves: where `mergeShowsEvidence(as:)` says no, the report
/// without evidence is byte for byte the report with it; where it says yes, the evidence is in the report.
@Suite struct EvidenceKeptTests {
    /// The format, whether HTML has its appendix, and whether the report shows evidence.
    static let scenarios: [(ReportFormat, appendix: Bool, shows: Bool)] = [
        (.text, false, false),
        (.json, false, false),
        (.html, false, false),
        (.html, true, true),
        (.markdown, false, true),
        (.csv, false, true),
    ]

    @Test(arguments: scenarios)
    func theRuleMatchesTheRenderers(format: ReportFormat, appendix: Bool, shows: Bool) throws {
        let report = try ReportFixtures.hostileReport()
        #expect(report.panels.contains { $0.hasEvidence })
        var without = report
        for panel in without.panels.indices {
            for rater in without.panels[panel].raters.indices {
                without.panels[panel].raters[rater].evidence = RaterEvidence()
            }
        }
        let renderer = ReportRenderer(language: .en, evidenceAppendix: appendix)
        #expect(renderer.mergeShowsEvidence(as: format) == shows)
        let full = renderer.merge(report, as: format)
        if shows {
            #expect(full != renderer.merge(without, as: format))
        } else {
            #expect(full == renderer.merge(without, as: format))
        }
    }
}
