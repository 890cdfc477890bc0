import Foundation

/// Number formatting the way each interface language writes numbers.
///
/// Every explanation of a score is written with these functions, so at campaign scale they run
/// hundreds of thousands of times: they work on integers and never go through `String(format:)`.
package enum Format {
    /// A number with at most `digits` decimals, trailing zeros dropped; German uses a decimal comma.
    package static func number(_ value: Double, digits: Int = 2, language: Language = .en) -> String {
        decimal(value, digits: digits, dropTrailingZeros: true, language: language)
    }

    /// A number with exactly `digits` decimals; German uses a decimal comma.
    ///
    /// Halves round away from zero like `number` (and like arithmetic by hand): %.2f alone rounds the
    /// binary value, so 3.675 (stored as 3.67499…) would show as 3.67.
    package static func fixed(_ value: Double, digits: Int = 2, language: Language = .en) -> String {
        decimal(value, digits: digits, dropTrailingZeros: false, language: language)
    }

    /// A share as a percentage without decimals (`75 %` in German, `75%` in English).
    package static func percent(_ share: Double, language: Language = .en) -> String {
        guard share.isFinite, abs(share) < 1e12 else { return "\(share)%" }
        let value = Int((share * 100).rounded())
        switch language {
        case .en: return "\(value)%"
        case .de: return "\(value) %"
        }
    }

    /// The mark between whole and fraction: a point in English, a comma in German.
    static func decimalSeparator(in language: Language) -> String {
        switch language {
        case .en: "."
        case .de: ","
        }
    }

    /// `text` with every decimal point written as a German decimal comma.
    package static func decimalComma(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
    }

    /// Powers of ten that a `digits` argument can ask for.
    private static let powersOfTen: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// `value` rounded half away from zero to `digits` decimals and written out digit by digit.
    ///
    /// Numbers too large for exact integer arithmetic and non-finite values are written as Swift
    /// writes them; a negative value that rounds to zero is written without its sign.
    private static func decimal(_ value: Double, digits: Int, dropTrailingZeros: Bool, language: Language) -> String {
        let digits = min(max(digits, 0), powersOfTen.count - 1)
        let factor = powersOfTen[digits]
        let scaled = (value * Double(factor)).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return value.description }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        let whole = magnitude / UInt64(factor)
        var fraction = magnitude % UInt64(factor)
        var fractionDigits = digits
        if dropTrailingZeros {
            while fractionDigits > 0, fraction % 10 == 0 {
                fraction /= 10
                fractionDigits -= 1
            }
        }
        var text = units < 0 ? "-" : ""
        text += String(whole)
        if fractionDigits > 0 {
            text += decimalSeparator(in: language)
            let fractionText = String(fraction)
            if fractionText.utf8.count < fractionDigits {
                text += String(repeating: "0", count: fractionDigits - fractionText.utf8.count)
            }
            text += fractionText
        }
        return text
    }
}
