import Foundation
import ScoringCore
import Testing

/// Number formatting in explanations and reports: exact text in both languages.
struct FormatTests {
    @Test func numberDropsTrailingZeros() {
        #expect(Format.number(3) == "3")
        #expect(Format.number(3.5) == "3.5")
        #expect(Format.number(3.25) == "3.25")
        #expect(Format.number(3.20) == "3.2")
        #expect(Format.number(2.0 / 3.0) == "0.67")
        #expect(Format.number(1234.5) == "1234.5")
        #expect(Format.number(0.05, digits: 1) == "0.1")
        #expect(Format.number(7, digits: 0) == "7")
    }

    @Test func fixedKeepsEveryDecimal() {
        #expect(Format.fixed(3) == "3.00")
        #expect(Format.fixed(3.5) == "3.50")
        #expect(Format.fixed(0.05) == "0.05")
        #expect(Format.fixed(2.0 / 3.0, digits: 3) == "0.667")
        #expect(Format.fixed(12.0, digits: 1) == "12.0")
    }

    @Test func halvesRoundAwayFromZeroLikeArithmeticByHand() {
        // 3.675 is stored as 3.67499...; %.2f alone would print 3.67.
        #expect(Format.fixed(3.675) == "3.68")
        #expect(Format.number(2.675) == "2.68")
        #expect(Format.fixed(-2.675) == "-2.68")
        #expect(Format.fixed(0.125, digits: 2) == "0.13")
    }

    @Test func negativeNumbersAndNegativeZero() {
        #expect(Format.number(-0.5) == "-0.5")
        #expect(Format.fixed(-2.25) == "-2.25")
        #expect(Format.number(-0.001) == "0")
        #expect(Format.fixed(-0.001) == "0.00")
        #expect(Format.number(-0.0) == "0")
    }

    @Test func germanUsesADecimalComma() {
        #expect(Format.number(3.5, language: .de) == "3,5")
        #expect(Format.fixed(3, language: .de) == "3,00")
        #expect(Format.fixed(-0.75, language: .de) == "-0,75")
        #expect(Format.number(4, language: .de) == "4")
        #expect(Format.percent(0.75, language: .de) == "75 %")
        #expect(Format.percent(0.755) == "76%")
    }

    @Test func numbersBeyondExactArithmeticAndNonFiniteValuesNeverTrap() {
        #expect(Format.number(1e20) == "1e+20")
        #expect(Format.fixed(.infinity) == "inf")
        #expect(Format.number(-.infinity) == "-inf")
        #expect(Format.fixed(.nan) == "nan")
        #expect(Format.percent(.nan) == "nan%")
    }

    @Test func decimalCommaReplacesEveryPoint() {
        #expect(Format.decimalComma("(2×4.5 + 1×3) / 3 = 4.00") == "(2×4,5 + 1×3) / 3 = 4,00")
        #expect(Format.decimalComma("kein Punkt") == "kein Punkt")
        #expect(Format.decimalComma("") == "")
    }

    /// Agrees with the formatting it replaced (`String(format:)` on the rounded value) on many values.
    @Test func agreesWithPrintfOnManyValues() {
        var state: UInt64 = 12345
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(Int64(bitPattern: state >> 11) % 2_000_000) / 997.0
            for digits in 0...3 {
                let factor = pow(10.0, Double(digits))
                let rounded = (value * factor).rounded() / factor
                let expected = String(format: "%.\(digits)f", rounded)
                #expect(Format.fixed(value, digits: digits) == expected, "\(value) \(digits)")
            }
        }
    }
}
