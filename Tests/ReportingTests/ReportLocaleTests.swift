import Foundation
import Panel
import ScoringCore
import Testing

@testable import Reporting

/// Numbers and dates the way each language writes them, in every human format.
@Suite struct ReportLocaleTests {
    @Test func datesAndNumbers() throws {
        let date = try #require(CalendarDate(year: 2026, month: 11, day: 7))
        #expect(ReportLocale(language: .en).date(date) == "7 Nov 2026")
        #expect(ReportLocale(language: .de).date(date) == "07.11.2026")
        #expect(ReportLocale(language: .en).fixed(3.456) == "3.46")
        #expect(ReportLocale(language: .de).fixed(3.456) == "3,46")
        #expect(ReportLocale(language: .de).percent(0.733) == "73 %")
        #expect(ReportLocale(language: .en).percent(0.733) == "73%")
        #expect(ReportLocale(language: .de).signed(0.123) == "+0,12")
        #expect(ReportLocale(language: .de).signed(-0.26) == "-0,26")
        #expect(ReportLocale(language: .en).signed(0.001) == "0.00")
    }

    @Test func everyHumanFormatSpeaksTheLanguageAsked() throws {
        let report = try ReportFixtures.hostileReport()
        let german = ReportRenderer(language: .de, csvDialect: .excelDE)
        let english = ReportRenderer(language: .en)
        for format in [ReportFormat.markdown, .html] {
            let de = german.merge(report, as: format)
            let en = english.merge(report, as: format)
            #expect(de.contains("Panel-Empfehlung") && !de.contains("Panel recommendation"), "\(format)")
            #expect(en.contains("Panel recommendation") && !en.contains("Panel-Empfehlung"), "\(format)")
            #expect(de.contains("09.03.2026") && en.contains("9 Mar 2026"), "\(format): interview dates")
            let score = try #require(report.panels.first?.consensus.overallScore)
            #expect(de.contains(Format.fixed(score, language: .de)) && en.contains(Format.fixed(score)), "\(format)")
        }
        #expect(german.merge(report, as: .html).contains("<html lang=\"de\">"))
        #expect(german.merge(report, as: .csv).hasPrefix("\u{FEFF}Ausschreibung;Kandidat*in;"))
        #expect(english.merge(report, as: .csv).hasPrefix("requisition,candidate,"))
    }

    @Test func jsonKeepsItsSchemas() throws {
        let report = try ReportFixtures.hostileReport()
        let renderer = ReportRenderer(language: .de)
        let documents = [
            ("hirescore/panel-result@3", renderer.merge(report, as: .json)),
            ("hirescore/ranking@2", renderer.ranking(Ranking(report.panels), as: .json)),
            ("hirescore/calibration@1", renderer.calibration(Calibration(report.panels), as: .json)),
        ]
        for (schema, text) in documents {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["schema"] as? String == schema)
            #expect(text.hasSuffix("}\n"))
        }
    }
}
