import Foundation
import Panel
import ScoringCore
import TestSupport
import Testing

@testable import Reporting

/// CSV: formula injection neutralised in text cells only, numbers in each dialect, quoting, the byte
/// order mark, and a German Excel round trip through a parser.
@Suite struct CSVWriterTests {
    @Test(
        "text beginning with a formula starter gets a leading apostrophe",
        arguments: [
            "=1+1", "+49 30 1234", "-2 points", "@SUM(A1)", "\tindented", "\rreturn", "=HYPERLINK(\"http://x\",\"y\")",
        ])
    func formulaStartersAreNeutralised(text: String) {
        #expect(CSVWriter.neutralised(text) == "'" + text)
        let field = CSVWriter(dialect: .rfc4180).field(.text(text))
        // Whether quoted or not, the cell's content as a spreadsheet reads it starts with the apostrophe.
        let content =
            field.hasPrefix("\"")
            ? String(field.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : field
        #expect(content == "'" + text)
    }

    @Test(
        "other text is left as it is",
        arguments: ["Anna Schmidt", "c-102", "3 = three", " =leading space", "'quoted", "", "Ölprüfung"])
    func ordinaryTextIsUnchanged(text: String) {
        #expect(CSVWriter.neutralised(text) == text)
    }

    @Test func negativeNumbersStayNumbers() {
        #expect(CSVWriter(dialect: .rfc4180).field(.number(-0.264, digits: 2)) == "-0.26")
        #expect(CSVWriter(dialect: .excelDE).field(.number(-0.264, digits: 2)) == "-0,26")
        #expect(CSVWriter(dialect: .rfc4180).field(.integer(-3)) == "-3")
        // A value that rounds to zero loses its sign rather than showing "-0.00".
        #expect(CSVWriter(dialect: .rfc4180).field(.number(-0.001, digits: 2)) == "0.00")
        #expect(CSVWriter(dialect: .rfc4180).field(.number(.nan, digits: 2)) == "")
    }

    @Test func numbersFollowTheDialect() {
        #expect(CSVWriter(dialect: .rfc4180).field(.number(3.4567, digits: 2)) == "3.46")
        #expect(CSVWriter(dialect: .excelDE).field(.number(3.4567, digits: 2)) == "3,46")
        #expect(CSVWriter(dialect: .excelDE).field(.number(3.675, digits: 2)) == "3,68")
        #expect(CSVWriter(dialect: .rfc4180).field(.date(CalendarDate(year: 2026, month: 3, day: 9)!)) == "2026-03-09")
        #expect(CSVWriter(dialect: .excelDE).field(.date(CalendarDate(year: 2026, month: 3, day: 9)!)) == "09.03.2026")
    }

    @Test func cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        let comma = CSVWriter(dialect: .rfc4180)
        #expect(comma.field(.text("a, b")) == "\"a, b\"")
        #expect(comma.field(.text("a; b")) == "a; b")
        #expect(comma.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(comma.field(.text("one\r\ntwo")) == "\"one\r\ntwo\"")
        #expect(comma.field(.text("one\ntwo")) == "\"one\ntwo\"")
        let semicolon = CSVWriter(dialect: .excelDE)
        #expect(semicolon.field(.text("a; b")) == "\"a; b\"")
        #expect(semicolon.field(.text("a, b")) == "a, b")
    }

    @Test func dialectsDifferInSeparatorMarkAndByteOrderMark() {
        let rows: [[CSVCell]] = [[.text("c-1"), .number(3.5, digits: 2), .empty]]
        #expect(
            CSVWriter(dialect: .rfc4180).table(header: ["candidate", "score", "alpha"], rows: rows)
                == "candidate,score,alpha\r\nc-1,3.50,\r\n")
        let german = CSVWriter(dialect: .excelDE).table(header: ["Kandidat*in", "Wert", "Alpha"], rows: rows)
        #expect(german == "\u{FEFF}Kandidat*in;Wert;Alpha\r\nc-1;3,50;\r\n")
        #expect(Array(german.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    /// The merge CSV in the German Excel dialect, read back by a parser as German Excel reads it: the byte
    /// order mark, `;` between cells, every row as long as the header, numbers with a decimal comma equal to
    /// the result's, user text back as written (apart from the apostrophe before a formula).
    @Test func germanExcelRoundTrip() throws {
        let report = try ReportFixtures.hostileReport()
        let csv = PanelCSVReport(language: .de, dialect: .excelDE).render(report)
        let parsed = CSVTable.parse(csv, separator: ";")
        #expect(parsed.byteOrderMark)
        let header = try #require(parsed.rows.first)
        #expect(header.prefix(5) == ["Ausschreibung", "Kandidat*in", "Vorlage", "Panel-Empfehlung", "Konsenswert"])
        let rows = Array(parsed.rows.dropFirst())
        #expect(rows.count == report.panels.reduce(0) { $0 + $1.rows.count }, "one row per candidate and criterion")
        for row in rows { #expect(row.count == header.count) }
        let column = { (name: String) throws -> Int in try #require(header.firstIndex(of: name)) }
        for (row, expected) in zip(rows, report.panels.flatMap { panel in panel.rows.map { (panel, $0) } }) {
            let (panel, criterion) = expected
            #expect(row[try column("Kandidat*in")] == panel.candidate)
            #expect(row[try column("Kriterium")] == criterion.criterionID)
            #expect(
                CSVTable.germanNumber(row[try column("Konsenswert")])
                    == panel.consensus.overallScore.map { ($0 * 100).rounded() / 100 })
            #expect(
                CSVTable.germanNumber(row[try column("Mittelwert")])
                    == criterion.mean.map { ($0 * 100).rounded() / 100 })
            for (index, rater) in panel.raters.enumerated() {
                #expect(row[try column("Interviewer*in \(index + 1)")] == rater.interviewer)
                let rating = row[try column("Bewertung \(index + 1)")]
                #expect(rating == criterion.ratings[index].description, "n/a stays n/a, levels stay numbers")
            }
        }
        // User text comes back as written: the line break inside a quoted cell, the formula behind an apostrophe.
        let first = try column("Beleg 1")
        let second = try column("Beleg 2")
        let third = try column("Beleg 3")
        let evidence = rows.map { $0[first] } + rows.map { $0[second] }
        #expect(evidence.contains(ReportFixtures.hostile))
        #expect(evidence.contains("'=HYPERLINK(\"http://example.invalid\",\"click\")"))
        #expect(!evidence.contains { $0.hasPrefix("=") || $0.hasPrefix("-") || $0.hasPrefix("@") || $0.hasPrefix("+") })
        #expect(rows.map { $0[third] }.contains("'-2 points; @SUM(A1)"))
    }

    @Test func everyTextCellOfEveryCSVReportIsSafe() throws {
        let report = try ReportFixtures.hostileReport()
        let ranking = Ranking(report.panels)
        let calibration = Calibration(report.panels, minimumForName: 1)
        for dialect in CSVDialect.allCases {
            let separator = dialect.separator.unicodeScalars.first ?? ","
            for csv in [
                PanelCSVReport(language: .en, dialect: dialect).render(report),
                RankingCSVReport(language: .en, dialect: dialect).render(ranking),
                CalibrationCSVReport(language: .en, dialect: dialect).render(calibration),
            ] {
                let rows = CSVTable.parse(csv, separator: separator).rows
                for cell in rows.joined()
                where cell.hasPrefix("=") || cell.hasPrefix("+") || cell.hasPrefix("@") || cell.hasPrefix("\t") {
                    Issue.record("unsafe cell \(cell)")
                }
                // A leading '-' is allowed only on numbers HireScore computed.
                for cell in rows.joined() where cell.hasPrefix("-") {
                    #expect(
                        Double(cell.replacingOccurrences(of: ",", with: ".")) != nil,
                        "a text cell starts with '-': \(cell)")
                }
            }
        }
    }
}
