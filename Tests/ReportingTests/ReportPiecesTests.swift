import Foundation
import Panel
import ScoringCore
import Testing

@testable import Reporting

/// `merge` writes its report piece by piece (issue 20: a campaign's report is never held whole): the pieces joined
/// must be exactly the report, in every format, also when the candidates span several slices.
@Suite struct ReportPiecesTests {
    /// The hostile report's two candidates repeated to `count` panels (more than one slice of ``ReportPieces``).
    static func report(panels count: Int) throws -> PanelMerger.Report {
        var report = try ReportFixtures.hostileReport()
        let panels = report.panels
        report.panels = (0..<count).map { panels[$0 % panels.count] }
        return report
    }

    /// The pieces `ReportRenderer.merge(_:as:to:)` hands on.
    static func pieces(_ report: PanelMerger.Report, as format: ReportFormat, language: Language = .en) -> [String] {
        var pieces: [String] = []
        ReportRenderer(language: language, evidenceAppendix: format == .html).merge(report, as: format) {
            pieces.append($0)
        }
        return pieces
    }

    @Test(arguments: ReportFormat.allCases)
    func thePiecesJoinedAreTheReport(format: ReportFormat) throws {
        let report = try Self.report(panels: ReportPieces.candidatesPerPiece * 2 + 3)
        let pieces = Self.pieces(report, as: format)
        // At least one piece per slice of candidates: three slices here.
        #expect(pieces.count >= 3)
        let renderer = ReportRenderer(language: .en, evidenceAppendix: format == .html)
        #expect(pieces.joined() == renderer.merge(report, as: format))
    }

    /// The text of one slice is the candidates' texts joined with the separator, between slices too.
    @Test func theTextReportJoinsTheSlicesWithTheCandidateSeparator() throws {
        let report = try Self.report(panels: ReportPieces.candidatesPerPiece + 1)
        let text = PanelTextReport(language: .en)
        let separator = "\n" + String(repeating: "═", count: 78) + "\n\n"
        var expected = report.panels.map { text.render($0) }.joined(separator: separator)
        for (requisition, agreement) in report.agreementAcrossRequisitions {
            expected +=
                "\n" + PanelReportMessages.agreementAcross(requisition.isEmpty ? "–" : requisition).text(in: .en)
            expected += text.agreementText(agreement) + "\n"
            if CriterionReliabilityReport.hasValues(agreement.criteria) {
                expected += "\n" + CriterionReliabilityReport(language: .en).text(requisition, agreement.criteria)
            }
        }
        expected += "\n" + text.accounting(report)
        #expect(text.render(report) == expected)
    }

    /// Each candidate encoded alone and indented to its place gives the same bytes as encoding the whole document
    /// at once (empty arrays and objects inside a candidate included), with no candidates too.
    @Test(arguments: [0, 1, 2, ReportPieces.candidatesPerPiece + 1])
    func theJSONIsTheWholeDocumentEncodedAtOnce(panels: Int) throws {
        let report = try Self.report(panels: max(panels, 1))
        var chosen = report
        chosen.panels = Array(report.panels.prefix(panels))
        let json = PanelJSONReport(language: .de)
        let document = PanelJSONReport.Document(
            candidates: chosen.panels.map(json.candidate),
            requisitions: chosen.requisitionAgreement.sorted { $0.key < $1.key }.map {
                PanelJSONReport.RequisitionAgreement(
                    requisition: $0.key.isEmpty ? nil : $0.key, agreement: json.agreement($0.value))
            },
            files: PanelJSONReport.Files(
                read: chosen.filesRead, merged: chosen.filesMerged,
                refused: chosen.problems.map {
                    PanelJSONReport.Refusal(
                        code: $0.code, message: $0.message.text(in: .de), files: $0.files, candidate: $0.candidate)
                }))
        #expect(json.render(chosen) == JSONOutput.encode(document))
    }

    @Test func indentingLeavesEmptyLinesEmpty() {
        #expect(
            PanelJSONReport.indented("{\n  \"a\" : [\n\n  ]\n}", by: 4) == "    {\n      \"a\" : [\n\n      ]\n    }")
    }
}
