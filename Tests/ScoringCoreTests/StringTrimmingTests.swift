import Foundation
import ScoringCore
import Testing

/// Trimming evidence text: the same result as Foundation's trimming, for every kind of white space.
struct StringTrimmingTests {
    @Test func trimsLeadingAndTrailingWhiteSpaceOnly() {
        #expect("  Kunde beruhigt \n".trimmedOfWhitespace == "Kunde beruhigt")
        #expect("\t\r\nText\u{2028}".trimmedOfWhitespace == "Text")
        #expect("\u{00A0}\u{3000}Überblick\u{202F}".trimmedOfWhitespace == "Überblick")
        #expect("innen  bleibt   stehen".trimmedOfWhitespace == "innen  bleibt   stehen")
        #expect(" \n\t ".trimmedOfWhitespace == "")
        #expect("".trimmedOfWhitespace == "")
    }

    @Test func agreesWithFoundation() {
        let samples = [
            "a", " a", "a ", " a b ", "\u{85}x\u{85}", "\u{1680}y", "z\u{200B}", "\u{FEFF}w", "e\u{301} ",
            " 👩‍💻 ", "\u{2000}\u{200A}v\u{205F}", "\r\n", "x\r\n",
        ]
        for sample in samples {
            #expect(
                sample.trimmedOfWhitespace == sample.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(sample.unicodeScalars.map(\.value))")
        }
    }
}
