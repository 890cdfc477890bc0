import Foundation

/// Number formatting the way each interface language writes numbers.
public enum Format {
    /// A number with at most `digits` decimals, trailing zeros dropped; German uses a decimal comma.
    public static func number(_ value: Double, digits: Int = 2, language: Language = .en) -> String {
        let factor = pow(10.0, Double(digits))
        let rounded = (value * factor).rounded() / factor
        var text: String
        if rounded == rounded.rounded() {
            text = String(Int(rounded))
        } else {
            text = String(format: "%.\(digits)f", rounded)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return language == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A number with exactly `digits` decimals; German uses a decimal comma.
    /// Halves round away from zero like `number` (and like arithmetic by hand): %.2f alone rounds the
    /// binary value, so 3.675 (stored as 3.67499…) would show as 3.67.
    public static func fixed(_ value: Double, digits: Int = 2, language: Language = .en) -> String {
        let factor = pow(10.0, Double(digits))
        let text = String(format: "%.\(digits)f", (value * factor).rounded() / factor)
        return language == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A share as a percentage without decimals (`75 %` in German, `75%` in English).
    public static func percent(_ share: Double, language: Language = .en) -> String {
        let value = Int((share * 100).rounded())
        return language == .de ? "\(value) %" : "\(value)%"
    }
}
