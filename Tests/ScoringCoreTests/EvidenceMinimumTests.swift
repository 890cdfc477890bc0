import Testing

@testable import ScoringCore

/// `evidence-minimum`: a rubric may ask for more (or less) required evidence than a short sentence, within limits.
@Suite struct EvidenceMinimumTests {
    static func load(_ line: String) throws -> RubricFixtures.Loaded {
        let text = try RubricFixtures.text("rubrics/valid-minimal.yaml")
        return RubricFixtures.load(
            text: text.replacingOccurrences(of: "owner: HireScore tests\n", with: "owner: HireScore tests\n" + line),
            path: "minimum.yaml")
    }

    @Test func theDefaultIsAShortSentence() throws {
        let loaded = try Self.load("")
        #expect(loaded.codes == [])
        #expect(loaded.result.rubrics.first?.evidenceMinimum == EvidenceMinimum(characters: 12, words: 2))
    }

    @Test(arguments: [
        ("evidence-minimum: {characters: 30, words: 5}\n", EvidenceMinimum(characters: 30, words: 5)),
        ("evidence-minimum: {words: 4}\n", EvidenceMinimum(characters: 12, words: 4)),
    ])
    func aRubricSetsIt(_ line: String, _ expected: EvidenceMinimum) throws {
        let loaded = try Self.load(line)
        #expect(loaded.codes == [])
        #expect(loaded.result.rubrics.first?.evidenceMinimum == expected)
    }

    @Test func outOfRangeAndUnknownKeysAreErrors() throws {
        let loaded = try Self.load("evidence-minimum: {characters: 501, words: 0, sentences: 1}\n")
        #expect(loaded.codes == ["invalid-evidence-minimum", "invalid-evidence-minimum", "unknown-key"])
        #expect(
            loaded.diagnostics.map { $0.header(in: .en) } == [
                "minimum.yaml:14:32: error: 'characters' in 'evidence-minimum' is a whole number from 1 to 500, found 501",
                "minimum.yaml:14:44: error: 'words' in 'evidence-minimum' is a whole number from 1 to 80, found 0",
                loaded.diagnostics[2].header(in: .en),
            ])
        #expect(
            loaded.diagnostics[0].message.text(in: .de)
                == "'characters' in 'evidence-minimum' ist eine ganze Zahl von 1 bis 500, gefunden: 501")
        #expect(loaded.result.rubrics.isEmpty)
    }
}
