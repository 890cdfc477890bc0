import Testing

@testable import YAML

@Suite("YAMLNode resolution: integer()")
struct YAMLNodeIntegerTests {
    @Test(arguments: [
        ("0", 0), ("42", 42), ("-7", -7), ("+5", 5), ("-0", 0), ("007", 7),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func plainIntegersResolve(text: String, expected: Int) throws {
        #expect(try value("v: \(text)\n").integer() == expected)
    }

    @Test(arguments: ["1.5", "1e3", "-2.0", ".5"])
    func decimalsAreRefusedWithAHint(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").integer() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "expected an integer, found '\(text)'")
        #expect(error?.hint == "write a whole number such as 3")
    }

    @Test(arguments: ["1_000", "0x1F", "0o17", "0b101", "ten", "1,000", "+", "true", "3 apples"])
    func nonNumbersAreRefusedWithoutAHint(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").integer() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "expected an integer, found '\(text)'")
        #expect(error?.hint == nil)
    }

    @Test(arguments: ["9223372036854775808", "-9223372036854775809", "100000000000000000000000"])
    func integersOutOfRangeAreRefused(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").integer() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "the integer '\(text)' is out of range")
    }

    @Test(arguments: [
        ("v: \"3\"\n", "expected an integer, found '3'"),
        ("v: '3'\n", "expected an integer, found '3'"),
        ("v: |\n  3\n", "expected an integer, found '3⏎'"),
        ("v:\n", "expected an integer, found nothing (null)"),
        ("v: ~\n", "expected an integer, found nothing (null)"),
        ("v: [3]\n", "expected an integer, found a sequence"),
        ("v: {a: 3}\n", "expected an integer, found a mapping"),
    ])
    func nonPlainScalarsAndCollectionsAreNotIntegers(text: String, message: String) throws {
        let node = try value(text)
        let error = #expect(throws: YAMLError.self) { try node.integer() }
        #expect(error?.code == .syntax)
        #expect(error?.message == message)
        #expect(error?.location == node.location)
        #expect(node.location.line == 1)
    }
}

@Suite("YAMLNode resolution: decimal()")
struct YAMLNodeDecimalTests {
    @Test(arguments: [
        ("1.5", 1.5), ("-2.25", -2.25), ("3", 3.0), ("1e3", 1000.0), ("2.5E-3", 0.0025),
        (".5", 0.5), ("+1.0", 1.0), ("5.", 5.0), ("1.7976931348623157e308", Double.greatestFiniteMagnitude),
    ])
    func plainNumbersResolve(text: String, expected: Double) throws {
        #expect(try value("v: \(text)\n").decimal() == expected)
    }

    @Test(arguments: ["-0", "-0.0", "-0e5", "0", "+0.000"])
    func negativeZeroReadsAsPositiveZero(text: String) throws {
        let number = try value("v: \(text)\n").decimal()
        #expect(number == 0)
        #expect(number.sign == .plus)
        #expect("\(number)" == "0.0")
    }

    @Test(arguments: ["1e400", "-1e400", "2e308"])
    func numbersOutOfRangeAreRefused(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").decimal() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "the number '\(text)' is out of range")
    }

    @Test(arguments: [".nan", ".NaN", ".NAN", ".inf", ".Inf", "+.inf", "-.inf", "-.INF"])
    func nanAndInfinityAreRefused(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").decimal() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "expected a finite number, found '\(text)'")
    }

    @Test(arguments: [
        "nan", "inf", "infinity", "NaN", "1_000.5", "0x10", "1.2.3", "e5", "1e", "1e+", ".", "-.", "1.5 kg",
    ])
    func otherTextIsNotANumber(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").decimal() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "expected a number, found '\(text)'")
    }

    @Test func quotedNumbersAreText() throws {
        let node = try value("v: \"1.5\"\n")
        let error = #expect(throws: YAMLError.self) { try node.decimal() }
        #expect(error?.message == "expected a number, found '1.5'")
        #expect(try node.text() == "1.5")
    }

    @Test func nullIsNotANumber() throws {
        let error = #expect(throws: YAMLError.self) { try value("v: null\n").decimal() }
        #expect(error?.message == "expected a number, found nothing (null)")
        #expect(error?.location == at(1, 4))
    }
}

@Suite("YAMLNode resolution: boolean()")
struct YAMLNodeBooleanTests {
    @Test(arguments: [
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
    ])
    func trueAndFalseResolve(text: String, expected: Bool) throws {
        #expect(try value("v: \(text)\n").boolean() == expected)
    }

    @Test(arguments: ["yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "n", "Y", "N"])
    func yaml11BooleansAreRefusedWithAHint(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").boolean() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "expected true or false, found '\(text)'")
        #expect(error?.hint == "write true or false")
    }

    @Test(arguments: ["1", "0", "tRUE", "truee", "t", "f"])
    func otherPlainTextIsRefusedWithoutAHint(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").boolean() }
        #expect(error?.message == "expected true or false, found '\(text)'")
        #expect(error?.hint == nil)
    }

    @Test(arguments: ["v: \"true\"\n", "v: 'false'\n", "v:\n", "v: [true]\n"])
    func quotedNullAndCollectionsAreNotBooleans(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value(text).boolean() }
        #expect(error?.code == .syntax)
        #expect(error?.hint == nil)
        #expect(error?.location?.line == 1)
    }
}

@Suite("YAMLNode resolution: date()")
struct YAMLNodeDateTests {
    @Test(arguments: [
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
        ("2000-02-29", CalendarDate(year: 2000, month: 2, day: 29)),
        ("2026-01-31", CalendarDate(year: 2026, month: 1, day: 31)),
        ("0001-01-01", CalendarDate(year: 1, month: 1, day: 1)),
        ("9999-12-31", CalendarDate(year: 9999, month: 12, day: 31)),
    ])
    func validDatesResolve(text: String, expected: CalendarDate?) throws {
        let date = try value("v: \(text)\n").date()
        #expect(date == expected)
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00", "2026-01-32",
        "0000-01-01", "2026-1-1", "26-01-01", "2026/01/01", "2026-01-01T10:00:00", "20260101", "2026-01-0a",
    ])
    func invalidDatesAreRefusedWithAHint(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value("v: \(text)\n").date() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(1, 4))
        #expect(error?.message == "expected a date (YYYY-MM-DD), found '\(text)'")
        #expect(error?.hint == "write the date as year-month-day, for example 2026-01-31")
    }

    @Test func quotedDatesAreAccepted() throws {
        // Dates are not resolved by style: a quoted date (as the writer produces for text) reads as a date.
        #expect(try value("v: \"2026-03-04\"\n").date() == CalendarDate(year: 2026, month: 3, day: 4))
    }

    @Test(arguments: [
        ("v:\n", "expected a date (YYYY-MM-DD), found nothing (null)", at(1, 3)),
        ("v: ~\n", "expected a date (YYYY-MM-DD), found nothing (null)", at(1, 4)),
        ("v: [2026-01-01]\n", "expected a date (YYYY-MM-DD), found a sequence", at(1, 4)),
    ])
    func nullAndCollectionsAreNotDates(text: String, message: String, location: YAML.SourceLocation) throws {
        let error = #expect(throws: YAMLError.self) { try value(text).date() }
        #expect(error?.message == message)
        // An empty value is located right after its colon.
        #expect(error?.location == location)
    }
}

@Suite("YAMLNode resolution: text() and messages")
struct YAMLNodeTextTests {
    @Test(arguments: ["v:\n", "v: ~\n", "v: null\n", "v: Null\n", "v: NULL\n"])
    func textOfNullIsRefused(text: String) throws {
        let error = #expect(throws: YAMLError.self) { try value(text).text() }
        #expect(error?.code == .syntax)
        #expect(error?.message == "expected text, found nothing (null)")
        #expect(error?.location?.line == 1)
    }

    @Test(arguments: [
        ("v: \"null\"\n", "null"), ("v: '~'\n", "~"), ("v: \"\"\n", ""), ("v: nULL\n", "nULL"),
        ("v: 3\n", "3"), ("v: yes\n", "yes"), ("v: |\n  a\n  b\n", "a\nb\n"),
    ])
    func textOfScalarsIsTheirText(text: String, expected: String) throws {
        #expect(try value(text).text() == expected)
    }

    @Test func textOfCollectionsIsRefused() throws {
        let error = #expect(throws: YAMLError.self) { try value("v:\n  - a\n").text() }
        #expect(error?.message == "expected text, found a sequence")
        #expect(error?.location == at(2, 3))
    }

    @Test func longAndMultiLineTextIsShortenedInMessages() throws {
        let long = String(repeating: "x", count: 50)
        let error = plain(long).mismatch("a thing")
        #expect(error.message == "expected a thing, found '\(String(repeating: "x", count: 40))…'")
        #expect(error.location == at(3, 7))
        #expect(plain("a\nb").mismatch("a thing").message == "expected a thing, found 'a⏎b'")
    }

    @Test func builtNodesWithStyleAnyResolveLikePlainOnes() throws {
        let node = YAMLNode.string("12")
        #expect(try node.integer() == 12)
        #expect(node.location == .unknown)
        #expect(node.location.isKnown == false)
        #expect(throws: YAMLError.self) { try YAMLNode.string("").text() }
    }

    @Test func errorDescriptionPrefixesTheLocation() {
        #expect(YAMLError(.syntax, "bad", at: at(2, 5)).description == "2:5: bad")
        #expect(YAMLError(.tooLarge, "big").description == "big")
        #expect(YAMLError.Code.budgetExceeded.description == "budget-exceeded")
        #expect(YAMLError.Code.notUTF8.name == "not-utf8")
    }
}
