import Foundation
import Interview
import ScoringCore
import Testing

/// Writing a scorecard as YAML and reading it back with the loader.
@Suite struct ScorecardYAMLTests {
    let rubric: Rubric

    init() throws {
        rubric = try Fixtures.rubric()
    }

    /// A submitted, sealed scorecard made by a full scripted entry.
    func enteredScorecard() throws -> Scorecard {
        let (session, _, _) = scriptedSession(EntrySessionFlowTests.fullScript, rubric: rubric)
        let outcome = session.run()
        #expect(outcome == .submitted(seal: session.scorecard.seal ?? "-"))
        return session.scorecard
    }

    /// Writes `scorecard` to a file, reads it back and returns the loaded scorecard (nil when it has errors).
    func roundTrip(_ text: String) throws -> ScorecardLoader.Result {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/scorecard.yaml"
        try AtomicFile.write(text, to: path)
        let result = ScorecardLoader().load(path: path, rubrics: [rubric])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(errors.isEmpty, "the written scorecard does not read back: \(errors)")
        return result
    }

    /// The scorecard without what reading adds: the source path and the entries' locations.
    func normalized(_ scorecard: Scorecard) -> Scorecard {
        var copy = scorecard
        copy.sourcePath = ""
        copy.entries = copy.entries.mapValues {
            Scorecard.Entry(rating: $0.rating, evidence: $0.evidence, ratedAt: $0.ratedAt)
        }
        return copy
    }

    @Test func anEnteredScorecardRoundTrips() throws {
        var original = try enteredScorecard()
        original.interviewDate = CalendarDate(year: 2026, month: 9, day: 21)
        original.seal = original.computeSeal()
        let loaded = try #require(try roundTrip(original.yamlText()).scorecard)
        #expect(loaded.entries.mapValues(\.rating) == original.entries.mapValues(\.rating))
        #expect(loaded.entries.mapValues { $0.evidence ?? "-" } == original.entries.mapValues { $0.evidence ?? "-" })
        #expect(loaded.languages == original.languages)
        #expect(loaded.recommendation == original.recommendation)
        #expect(loaded.status == .submitted)
        #expect(loaded.seal == original.seal)
        #expect(loaded.order == Fixtures.rubricOrder)
        #expect(loaded.hasValidSeal)
        #expect(normalized(loaded) == original)
        #expect(try loaded.yamlText() == original.yamlText())
    }

    @Test func languagesNotAssessedRoundTrip() throws {
        var original = Fixtures.draft(entries: ["ownership": .init(rating: .notAssessed)], order: Fixtures.rubricOrder)
        original.record(.level("B2"), of: "de", in: Fixtures.languageSection)
        original.record(.notAssessed, of: "en", in: Fixtures.languageSection)
        let text = try original.yamlText()
        #expect(text.contains("languages:\n  de: B2\n  en: n/a\n"))
        #expect(text.contains("ownership:\n    level: n/a\n"))
        let loaded = try #require(try roundTrip(text).scorecard)
        #expect(loaded.notAssessed == ["en"])
        #expect(loaded.languages == ["de": "B2"])
        #expect(loaded.entries["ownership"]?.rating == .notAssessed)
        #expect(loaded.status == .draft)
        #expect(loaded.seal == nil)
        #expect(normalized(loaded) == original)
    }

    static let trickyTexts = [
        "yes", "no", "null", "~", "true", "123", "0x1F", "1e3", "2026-01-01", "",
        "- dash", ": colon", "key: value", "a # not a comment", "# not a comment",
        "say \"hi\" and 'bye'", "'single'", "\"double\"",
        "line one\nline two", "line one\nline two\n", "two trailing newlines\n\n", "\nleading newline",
        "<script>alert('x')</script>", "Jürgen Größe: äöü ÄÖÜ ß", "  leading spaces", "trailing spaces  ",
        "tab\there", "|", ">", "&anchor", "*alias", "!tag", "%directive", "@at", "`backtick", "{flow: map}", "[a, b]",
        "back\\slash", "emoji 🙂 and 中文", "ends with colon:", "? question", "carriage\rreturn", "crlf\r\nline",
    ]

    @Test(arguments: trickyTexts)
    func trickyEvidenceRoundTripsExactly(_ evidence: String) throws {
        var original = Fixtures.draft(
            entries: [
                "ownership": .init(rating: .level(5), evidence: evidence, ratedAt: Fixtures.nowText)
            ], order: Fixtures.rubricOrder)
        original.recommendation = .init(value: .yes, reason: evidence)
        original.status = .submitted
        original.seal = original.computeSeal()
        let loaded = try #require(try roundTrip(original.yamlText()).scorecard)
        #expect(loaded.entries["ownership"]?.evidence == evidence)
        #expect(loaded.recommendation?.reason == evidence)
        #expect(loaded.hasValidSeal)
    }

    @Test func aOneCharacterEditBreaksTheSeal() throws {
        let original = try enteredScorecard()
        let text = try original.yamlText()
        #expect(occurrences(of: "twice in one week", in: text) == 1)
        let edited = text.replacingOccurrences(of: "twice in one week", with: "twice in one weak")
        let loaded = try #require(try roundTrip(edited).scorecard)
        #expect(loaded.status == .submitted)
        #expect(loaded.seal == original.seal)
        #expect(!loaded.hasValidSeal)
        #expect(try roundTrip(text).scorecard?.hasValidSeal == true, "the unedited text still verifies")
    }

    @Test func aChangedRatingBreaksTheSeal() throws {
        let original = try enteredScorecard()
        let text = try original.yamlText()
        #expect(occurrences(of: "systems:\n    level: 3\n", in: text) == 1)
        let edited = text.replacingOccurrences(of: "systems:\n    level: 3\n", with: "systems:\n    level: 4\n")
        let loaded = try #require(try roundTrip(edited).scorecard)
        #expect(loaded.entries["systems"]?.rating == .level(4))
        #expect(!loaded.hasValidSeal)
    }

    @Test func aDraftHasNoValidSeal() throws {
        var draft = try enteredScorecard()
        draft.status = .draft
        #expect(!draft.hasValidSeal, "a seal only counts on a submitted scorecard")
        var unsealed = try enteredScorecard()
        unsealed.seal = nil
        #expect(!unsealed.hasValidSeal)
    }
}
