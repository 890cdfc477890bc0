import BuiltInModules
import Foundation
import ScoringCore
import Testing

@testable import Interview

/// The terminal layout (wrapping, truncation, bold), German keys and words, the review with numbers and jumps,
/// and the minimum for required evidence.
@Suite struct EntryScreenTests {
    let rubric: Rubric

    init() throws {
        rubric = try Fixtures.rubric()
    }

    // MARK: Wrapping

    @Test func wrapsAtWordBoundariesWithAHangingIndent() {
        let screen = EntryScreen(width: 30, bold: false)
        #expect(
            screen.wrap(
                "Tell me about a time when a claim stalled because someone did not deliver.", first: "  Question: ")
                == "  Question: Tell me about a\n            time when a claim\n            stalled because\n            someone did not\n            deliver.\n"
        )
        #expect(screen.wrap("short", first: "  ") == "  short\n")
        #expect(screen.wrapLines("one two\nthree", first: "- ", rest: "  ") == ["- one two", "  three"])
    }

    @Test func aWordLongerThanALineIsSplit() {
        let screen = EntryScreen(width: 20, bold: false)
        let lines = screen.wrapLines(String(repeating: "x", count: 45), first: "  ", rest: "  ")
        #expect(
            lines == [
                "  " + String(repeating: "x", count: 18), "  " + String(repeating: "x", count: 18),
                "  " + String(repeating: "x", count: 9),
            ])
        #expect(lines.allSatisfy { $0.count <= 20 })
    }

    @Test func truncatesToOneLineWithAnEllipsis() {
        let screen = EntryScreen(width: 20, bold: false)
        #expect(screen.truncate("  1  Presents the delay as someone else's problem") == "  1  Presents the d…")
        #expect(screen.truncate("  1  short") == "  1  short")
    }

    @Test func boldOnlyWhenAllowed() {
        #expect(EntryScreen(width: 40, bold: true).strong("Title") == "\u{1B}[1mTitle\u{1B}[0m")
        #expect(EntryScreen(width: 40, bold: false).strong("Title") == "Title")
    }

    @Test func aPromptKeepsItsLastLineOpen() {
        let screen = EntryScreen(width: 20, bold: false)
        #expect(screen.prompt("Rating 1-5, n = n/a, q = quit: ") == "Rating 1-5, n = n/a,\nq = quit: ")
    }

    /// A session on a 40-column screen: no line wider, anchors one line each, the scale's labels at the prompt, `?` shows the anchors in full.
    @Test func sessionOnANarrowScreen() {
        let console = AnswerConsole(["?", "q"])
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
            language: .en, scripted: false, screen: EntryScreen(width: 40, bold: false), now: { Fixtures.now }
        ) { _ in }
        #expect(session.run() == .savedAndQuit)
        let lines = console.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines.filter { $0.count > 40 })")
        #expect(console.output.contains("  4  follows up unasked\n  5  closes the loop and prevents repea…\n"))
        #expect(console.output.contains("  5  closes the loop and prevents\n     repeats\n"), "in full after ?")
        #expect(
            console.output.contains("Scale: 1 = well below requirements ·\n2 = below requirements · 3 = meets\n"),
            "a key stays with its meaning")
        #expect(console.output.contains("The anchors in full:\n"))
    }

    /// On a short terminal the scale names only the level that meets the requirements; `?` shows every level.
    @Test func aShortScreenShortensTheScaleAndHelpShowsItInFull() {
        let console = AnswerConsole(["?", "q"])
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
            language: .en, scripted: false, screen: EntryScreen(width: 40, height: 12, bold: false),
            now: { Fixtures.now }
        ) { _ in }
        #expect(session.run() == .savedAndQuit)
        let first = console.output.components(separatedBy: "save and quit: ").first ?? ""
        #expect(first.contains("Scale: 3 = meets requirements (? shows\nevery level)\n"))
        #expect(!first.contains("1 = well below"))
        #expect(first.split(separator: "\n").count <= 12, "\(first)")
        #expect(console.output.contains("Scale: 1 = well below requirements ·\n"), "? shows every level")
    }

    /// A resized terminal is followed from the next item on.
    @Test func theWidthIsAskedAgainBeforeEveryItem() {
        final class Widths {
            var values = [40, 100]
            var asked = 0
        }
        let widths = Widths()
        let console = AnswerConsole(["3", "", "q"])
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
            language: .en, scripted: false, screen: EntryScreen(width: 40, bold: false),
            currentWidth: {
                defer { widths.asked += 1 }
                return widths.values[min(widths.asked, widths.values.count - 1)]
            }, now: { Fixtures.now }
        ) { _ in }
        #expect(session.run() == .savedAndQuit)
        let prompt = "Rating 1-5, n = n/a, ? = full anchors and help, b = back, q = save and quit: "
        #expect(occurrences(of: prompt, in: console.output) == 1, "unwrapped only at the second item, on 100 columns")
        #expect(
            console.output.contains("Rating 1-5, n = n/a, ? = full anchors\nand help"), "wrapped at the first, on 40")
    }

    // MARK: German

    @Test func germanKeysAndWordsWithTheEnglishOnesAccepted() throws {
        // z = zurück, k. A. for n/a, s = speichern und beenden; the English b and n still work.
        let (session, console, _) = scriptedSession(
            ["4", "z", "k. A.", "", "b", "n", "", "s"], rubric: rubric, language: .de)
        #expect(session.run() == .savedAndQuit)
        #expect(session.scorecard.entries["ownership"]?.rating == .notAssessed)
        #expect(
            console.output.contains("n = k. A. (nicht beurteilt), ? = Hilfe, z = zurück, s = speichern und beenden: "))
        #expect(console.output.contains("  Bisher: k. A.\n"))
        #expect(!console.output.contains("b = zurück"))
    }

    @Test(arguments: [
        ("stark ja", Recommendation.strongYes), ("klares Ja", .strongYes), ("Ja", .yes), ("nein", .no),
        ("klares-nein", .strongNo), ("keine", .noDecision), ("unentschieden", .noDecision),
        ("strong-yes", .strongYes), ("no decision", .noDecision), ("yes", .yes),
    ])
    func recommendationWordsOfBothLanguages(_ answer: String, _ expected: Recommendation) {
        #expect(EntryMessages.recommendation(from: answer) == expected)
    }

    @Test func germanSubmissionWithJAndLanguageNamesInTheReview() throws {
        let (session, console, _) = interactiveSession(
            ["j"], rubric: rubric, draft: EntrySessionRulesTests.draft(answeredItems: 10), language: .de)
        let outcome = session.run()
        #expect(outcome == .submitted(seal: try #require(session.scorecard.seal)))
        #expect(
            console.output.contains(
                "Jetzt abgeben? j = abgeben und versiegeln, n = Entwurf behalten und beenden, z = zurück, 1-10 = diesen Punkt ändern: "
            ))
        #expect(console.output.contains("   5  Deutsch: C1, gefordert C1 (verpflichtend)\n"))
        #expect(console.output.contains("   6  Englisch: k. A., gefordert B2\n"))
        #expect(console.output.contains("        „Explained the deductible with an example.“\n"))
    }

    @Test func interruptionMessageIsInTheCatalogue() {
        #expect(
            EntryMessages.interrupted.text(in: .de)
                == "\nunterbrochen: der Entwurf ist gespeichert; derselbe Befehl setzt fort\n")
        #expect(
            EntryMessages.interrupted.text(in: .en)
                == "\ninterrupted: the draft is saved; run the same command again to continue\n")
    }

    // MARK: Review

    @Test func aNumberAtTheReviewJumpsToThatItemAndComesBack() throws {
        // Item 1 (ownership, rated 4) is changed to 3; Enter keeps nothing (no evidence), the review comes back, then submit.
        let (session, console, _) = interactiveSession(
            ["1", "3", "", "y"], rubric: rubric, draft: EntrySessionRulesTests.draft(answeredItems: 10))
        let outcome = session.run()
        #expect(outcome == .submitted(seal: try #require(session.scorecard.seal)))
        #expect(session.scorecard.entries["ownership"]?.rating == .level(3))
        #expect(
            console.output.contains(
                "Changing item 1; after it you come back to the review.\n\n[1/11] Customer orientation › Ownership\n"))
        #expect(!console.output.contains("[2/11]"), "after the changed item the review comes back")
        #expect(
            occurrences(of: "Your answers (type a number at the prompt to change that item):\n", in: console.output)
                == 2)
    }

    @Test func aJumpThenBackWalksBackNormally() {
        let (session, console, _) = interactiveSession(
            ["2", "b", "q"], rubric: rubric, draft: EntrySessionRulesTests.draft(answeredItems: 10))
        #expect(session.run() == .savedAndQuit)
        // From item 2 back to item 1: back walks one item, as anywhere else.
        #expect(console.output.contains("[2/11] Customer orientation › Empathy"))
        #expect(console.output.contains("[1/11] Customer orientation › Ownership"))
    }

    @Test func aNumberOutsideTheItemsIsInvalid() {
        let (session, _, _) = scriptedSession(
            EntrySessionRulesTests.throughTechnical + ["yes", "Fine and thorough.", "11"], rubric: rubric)
        #expect(
            session.run()
                == .invalidAnswer(
                    "answer 17 ('11') for the submission: enter y to submit, n to keep the draft, b to go back, or a number from 1 to 10 to change that item"
                ))
    }

    // MARK: Evidence minimum

    @Test(arguments: [
        ("x", false), ("ok", false), ("Good answer", false), ("followedup!!", false), ("Followed up.", true),
        ("Chased the adjuster weekly.", true),
    ])
    func requiredEvidenceIsAtLeastAShortSentence(_ evidence: String, _ enough: Bool) {
        #expect(EntryMessages.isSentence(evidence, minimum: .standard) == enough)
    }

    @Test(arguments: [
        ("Followed up.", EvidenceMinimum(characters: 12, words: 2), true),
        ("Followed up.", EvidenceMinimum(characters: 20, words: 2), false),
        ("Followed up the claim.", EvidenceMinimum(characters: 20, words: 5), false),
        ("Followed up the claim twice.", EvidenceMinimum(characters: 20, words: 5), true),
        ("x", EvidenceMinimum(characters: 1, words: 1), true),
    ])
    func aRubricSetsTheEvidenceMinimum(_ evidence: String, _ minimum: EvidenceMinimum, _ enough: Bool) {
        #expect(EntryMessages.isSentence(evidence, minimum: minimum) == enough)
    }

    @Test func tooShortEvidenceNamesTheRubricsMinimum() {
        var strict = rubric
        strict.evidenceMinimum = EvidenceMinimum(characters: 30, words: 5)
        let (scripted, _, _) = scriptedSession(["5", "Followed up the claim."], rubric: strict)
        let outcome = scripted.run()
        #expect(
            outcome
                == .invalidAnswer(
                    "answer 2 ('Followed up the claim.') for 'ownership': evidence must be at least a short sentence (30 characters, 5 words): write what the candidate said or did"
                ), "\(outcome)")
    }

    @Test func tooShortRequiredEvidenceStopsAScriptAndIsAskedAgainInteractively() {
        let (scripted, _, _) = scriptedSession(["5", "x"], rubric: rubric)
        #expect(
            scripted.run()
                == .invalidAnswer(
                    "answer 2 ('x') for 'ownership': evidence must be at least a short sentence (12 characters, 2 words): write what the candidate said or did"
                ))
        #expect(scripted.scorecard.entries["ownership"]?.evidence == nil)

        let (session, console, _) = interactiveSession(
            ["5", "ok", "Closed the loop with the adjuster.", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: "evidence must be at least a short sentence", in: console.output) == 1)
        #expect(session.scorecard.entries["ownership"]?.evidence == "Closed the loop with the adjuster.")
        // Optional evidence may be short.
        let (optional, _, _) = scriptedSession(["3", "ok", "q"], rubric: rubric)
        #expect(optional.run() == .savedAndQuit)
        #expect(optional.scorecard.entries["ownership"]?.evidence == "ok")
    }

    @Test func aShortRequiredEvidenceInADraftBlocksSubmission() {
        var draft = EntrySessionRulesTests.draft(answeredItems: 10)
        draft.entries["clarity"]?.evidence = "ok"
        let (session, _, _) = interactiveSession(["q"], rubric: rubric, draft: draft)
        #expect(session.missingItems() == ["criterion 'clarity' needs evidence of at least a short sentence"])
    }
}
