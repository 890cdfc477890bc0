import Foundation
import Testing

@testable import YAML

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test(arguments: [(2024, 29), (2023, 28), (2000, 29), (1900, 28), (2100, 28), (2400, 29)])
    func februaryLengthFollowsGregorianLeapYears(year: Int, days: Int) {
        #expect(CalendarDate.daysIn(month: 2, year: year) == days)
    }

    @Test func monthLengths() {
        let lengths = (1...12).map { CalendarDate.daysIn(month: $0, year: 2026) }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test(arguments: [
        (0, 1, 1), (10_000, 1, 1), (2026, 0, 1), (2026, 13, 1), (2026, 1, 0), (2026, 2, 29), (2026, 6, 31), (-1, 1, 1),
    ])
    func impossibleDaysAreNil(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test func partsAreKept() throws {
        let date = try #require(CalendarDate(year: 2024, month: 2, day: 29))
        #expect(date.year == 2024)
        #expect(date.month == 2)
        #expect(date.day == 29)
    }

    @Test(arguments: ["2024-02-29", "0001-01-01", "9999-12-31", "0042-07-04"])
    func parsingAndDescriptionRoundTrip(text: String) throws {
        let date = try #require(CalendarDate(parsing: text))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "", "2024-2-29", "2024-02-29 ", " 2024-02-29", "2024_02_29", "+024-02-29", "２０２４-02-29",
        "2024-02-3\u{0661}", "-2024-02-29", "2024-02-30",
    ])
    func malformedTextDoesNotParse(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test func datesOrderChronologically() throws {
        let dates = try ["2026-01-02", "2025-12-31", "2026-01-01", "2026-02-01"].map {
            try #require(CalendarDate(parsing: $0))
        }
        #expect(dates.sorted().map(\.description) == ["2025-12-31", "2026-01-01", "2026-01-02", "2026-02-01"])
        #expect(try #require(CalendarDate(parsing: "2026-01-31")) < #require(CalendarDate(parsing: "2026-02-01")))
    }

    @Test func codableUsesTheStringForm() throws {
        let date = try #require(CalendarDate(year: 2026, month: 3, day: 9))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-03-09\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
    }

    @Test func decodingAnInvalidDateThrows() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2023-02-29\"]".utf8))
        }
    }
}
