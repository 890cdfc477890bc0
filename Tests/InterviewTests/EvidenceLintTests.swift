import ScoringCore
import Testing

/// The AGG reminder on evidence text.
@Suite struct EvidenceLintTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var text: String
        var word: String
        var offset: Int
        var characteristic: String
        var testDescription: String { text }
    }

    static let findings: [Expected] = [
        .init(
            text: "She mentioned she is pregnant.", word: "pregnant", offset: 21,
            characteristic: "pregnancy or family plans"),
        .init(text: "PREGNANT, she said.", word: "PREGNANT", offset: 0, characteristic: "pregnancy or family plans"),
        .init(
            text: "Sie ist Muttersprachlerin.", word: "Muttersprachlerin", offset: 8,
            characteristic: "native speaker status (use the observed CEFR level)"),
        .init(
            text: "Muttersprachler", word: "Muttersprachler", offset: 0,
            characteristic: "native speaker status (use the observed CEFR level)"),
        .init(
            text: "A native speaker of Polish.", word: "native speaker", offset: 2,
            characteristic: "native speaker status (use the observed CEFR level)"),
        .init(text: "Sie trägt ein Kopftuch.", word: "Kopftuch", offset: 14, characteristic: "religion or belief"),
        .init(text: "Probably too old for shifts.", word: "too old", offset: 9, characteristic: "age"),
    ]

    @Test(arguments: findings)
    func flagsProtectedCharacteristics(_ expected: Expected) throws {
        let found = EvidenceLint.check(expected.text)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.word == expected.word)
        #expect(finding.offset == expected.offset)
        #expect(finding.characteristic.text(in: "en") == expected.characteristic)
    }

    @Test func theMessageNamesTheWordAndTheLaw() throws {
        let finding = try #require(EvidenceLint.check("Trägt ein Kopftuch").first)
        #expect(
            finding.message.text(in: "en")
                == "the evidence mentions 'Kopftuch' (religion or belief); describe the observed behaviour instead (AGG)"
        )
        #expect(
            finding.message.text(in: "de")
                == "der Beleg erwähnt 'Kopftuch' (Religion oder Weltanschauung); beschreiben Sie stattdessen das beobachtete Verhalten (AGG)"
        )
    }

    @Test func severalFindingsComeInTextOrder() {
        let found = EvidenceLint.check("Too old, and a native speaker; pregnant?")
        #expect(found.map(\.word) == ["Too old", "native speaker", "pregnant"])
        #expect(found.map(\.offset) == [0, 15, 31])
    }

    @Test(arguments: [
        "She owned the problem and called back",
        "She managed the household budget and left a message for the stage manager.",
        "Gayle passed the page to the agent; the salt was in the jungle of paperwork.",
        "Er schaltet zwischen Alternativen, die Altlasten und den Jungunternehmer.",
        "Described the coverage and the average handling time.",
        "Raced through the backlog; the branch was closed.",
        "",
    ])
    func noFindingsInOrdinaryText(_ text: String) {
        #expect(EvidenceLint.check(text) == [])
    }
}
