import Foundation
import Interview
import ScoringCore
import Testing

/// The guided entry: a full scripted run, n/a, back, quit and end of input.
@Suite struct EntrySessionFlowTests {
    let rubric: Rubric

    init() throws {
        rubric = try Fixtures.rubric()
    }

    static let fullScript = [
        "4", "Chased the loss adjuster twice in one week.",  // 1, 2: ownership
        "3", "",  // 3, 4: empathy
        "3", "Explained the deductible with an example.",  // 5, 6: clarity
        "n", "",  // 7, 8: listening
        "C1",  // 9: de
        "B2",  // 10: en
        "5", "Explained the flood exclusion correctly.",  // 11, 12: coverage
        "3", "",  // 13, 14: systems
        "yes",  // 15: recommendation
        "Strong ownership and clear explanations.",  // 16: reason
        "y",  // 17: review
    ]

    @Test func fullScriptedRunSubmitsAndSeals() throws {
        let (session, console, _) = scriptedSession(Self.fullScript, rubric: rubric)
        let outcome = session.run()
        let final = session.scorecard
        let seal = try #require(final.seal)
        #expect(outcome == .submitted(seal: seal))
        #expect(final.status == .submitted)
        #expect(seal == final.computeSeal())
        #expect(ScorecardLoader.isHash(seal))
        #expect(final.hasValidSeal)
        #expect(final.rubricHash == rubric.hash)
        #expect(final.order == Fixtures.rubricOrder)
        let at = Fixtures.nowText
        #expect(
            final.entries == [
                "ownership": .init(
                    rating: .level(4), evidence: "Chased the loss adjuster twice in one week.", ratedAt: at),
                "empathy": .init(rating: .level(3), ratedAt: at),
                "clarity": .init(rating: .level(3), evidence: "Explained the deductible with an example.", ratedAt: at),
                "listening": .init(rating: .notAssessed, ratedAt: at),
                "coverage": .init(rating: .level(5), evidence: "Explained the flood exclusion correctly.", ratedAt: at),
                "systems": .init(rating: .level(3), ratedAt: at),
            ])
        #expect(final.languages == ["de": "C1", "en": "B2"])
        #expect(final.notAssessed.isEmpty)
        #expect(final.recommendation == .init(value: .yes, reason: "Strong ownership and clear explanations."))
        #expect(console.output.contains("[1/11] Customer orientation › Ownership\n"))
        #expect(console.output.contains("[6/11] Conversation skills › English: required B2\n"))
        // The language step shows a short descriptor of each CEFR level, the required one marked.
        #expect(console.output.contains("  → B2  \(CEFRLevel.b2.descriptor.text(in: .en))\n"))
        #expect(console.output.contains("    C2  \(CEFRLevel.c2.descriptor.text(in: .en))\n"))
        // Independence: the own recommendation is asked before anything computed is shown; the result follows in the review.
        let ownPrompt = try #require(console.output.range(of: "Your own recommendation"))
        let computed = try #require(
            console.output.range(of: "For information (your own recommendation is already recorded):\n"))
        #expect(ownPrompt.upperBound < computed.lowerBound)
        #expect(console.output.contains("  5  closes the loop and prevents repeats\n"))
        #expect(
            console.output.contains("Observed level 1-5, n = n/a"),
            "technical criteria use their module's rating prompt")
        #expect(session.missingItems().isEmpty)
    }

    @Test func everyAnswerIsSavedAtOnce() throws {
        let (session, _, recorder) = scriptedSession(Self.fullScript, rubric: rubric)
        _ = session.run()
        // One save before the first prompt, then one right after each answer that changes something
        // (an empty optional evidence changes nothing: lines 4, 8 and 14).
        #expect(recorder.lines == [0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17])
        #expect(recorder.saves.count == 15)
        let saves = recorder.saves
        #expect(saves[0].entries.isEmpty)
        #expect(saves[0].order == Fixtures.rubricOrder, "the order is recorded in the first save")
        #expect(saves[1].entries == ["ownership": .init(rating: .level(4), ratedAt: Fixtures.nowText)])
        #expect(saves[2].entries["ownership"]?.evidence == "Chased the loss adjuster twice in one week.")
        #expect(saves[3].entries["empathy"] == .init(rating: .level(3), ratedAt: Fixtures.nowText))
        #expect(saves[6].entries["listening"]?.rating == .notAssessed)
        #expect(saves[7].languages == ["de": "C1"])
        #expect(saves[8].languages == ["de": "C1", "en": "B2"])
        #expect(saves[12].recommendation == .init(value: .yes))
        #expect(saves[13].recommendation?.reason == "Strong ownership and clear explanations.")
        #expect(saves[13].status == .draft && saves[13].seal == nil)
        #expect(saves[14] == session.scorecard)
        #expect(saves[14].status == .submitted)
    }

    @Test func notAssessedAnswersAreStoredAsNA() {
        let (session, _, recorder) = scriptedSession(["n", "", "N/A", "", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        let last = recorder.saves.last
        #expect(last?.entries["ownership"] == .init(rating: .notAssessed, ratedAt: Fixtures.nowText))
        #expect(last?.entries["empathy"] == .init(rating: .notAssessed, ratedAt: Fixtures.nowText))
        #expect(last?.entries["ownership"]?.rating.level == nil)
    }

    @Test func backGoesToThePreviousItem() {
        let (session, console, recorder) = scriptedSession(
            ["4", "", "b", "2", "Blamed the customer for the delay.", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: "[1/11] Customer orientation › Ownership\n", in: console.output) == 2)
        #expect(occurrences(of: "[2/11] Customer orientation › Empathy\n", in: console.output) == 2)
        #expect(console.output.contains("  So far: 4\n"))
        #expect(
            recorder.saves.last?.entries == [
                "ownership": .init(
                    rating: .level(2), evidence: "Blamed the customer for the delay.", ratedAt: Fixtures.nowText)
            ])
    }

    @Test func backAtTheFirstItemStaysThere() {
        let (session, console, _) = scriptedSession(["b", "3", "", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: "[1/11] Customer orientation › Ownership\n", in: console.output) == 2)
        #expect(session.scorecard.entries["ownership"]?.rating == .level(3))
    }

    @Test func backAtAnEvidencePromptAsksTheSameItemsRatingAgain() {
        let (session, console, recorder) = scriptedSession(["5", "b", "4", "", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: "[1/11] Customer orientation › Ownership\n", in: console.output) == 2)
        #expect(occurrences(of: "[2/11] Customer orientation › Empathy\n", in: console.output) == 1)
        #expect(recorder.lines == [0, 1, 3])
        #expect(recorder.saves[1].entries["ownership"]?.rating == .level(5))
        #expect(recorder.saves.last?.entries == ["ownership": .init(rating: .level(4), ratedAt: Fixtures.nowText)])
    }

    @Test func quitKeepsTheEarlierAnswers() {
        let (session, _, recorder) = scriptedSession(["4", "Followed up unasked.", "3", "", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(
            recorder.saves.last?.entries == [
                "ownership": .init(rating: .level(4), evidence: "Followed up unasked.", ratedAt: Fixtures.nowText),
                "empathy": .init(rating: .level(3), ratedAt: Fixtures.nowText),
            ])
        #expect(recorder.saves.last?.status == .draft)
    }

    @Test func quitAtAnEvidencePromptKeepsTheRating() {
        let (session, _, recorder) = scriptedSession(["5", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(recorder.saves.last?.entries == ["ownership": .init(rating: .level(5), ratedAt: Fixtures.nowText)])
        #expect(session.missingItems().first == "criterion 'ownership' needs evidence")
    }

    @Test func endOfInputKeepsTheDraft() {
        let (session, _, recorder) = scriptedSession(["4", ""], rubric: rubric)
        #expect(session.run() == .endOfInput)
        #expect(recorder.saves.last?.entries == ["ownership": .init(rating: .level(4), ratedAt: Fixtures.nowText)])
        #expect(recorder.saves.last?.status == .draft)
    }

    @Test func emptyInputEndsAtOnceAfterTheFirstSave() {
        let (session, _, recorder) = scriptedSession([], rubric: rubric)
        #expect(session.run() == .endOfInput)
        #expect(recorder.saves.count == 1)
        #expect(recorder.saves.first?.entries.isEmpty == true)
    }

    @Test func helpIsShownAndTheSameItemAskedAgain() {
        let (session, console, _) = scriptedSession(["?", "3", "", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(console.output.contains("Help: rate what the candidate said or did against the anchors of each level."))
        #expect(session.scorecard.entries["ownership"]?.rating == .level(3))
    }

    @Test func evidenceLintWarnsButDoesNotBlock() {
        let (session, console, _) = scriptedSession(
            ["4", "Sie ist Muttersprachlerin und hakt nach.", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(
            console.output.contains(
                "  warning: the evidence mentions 'Muttersprachlerin' (native speaker status (use the observed CEFR level)); describe the observed behaviour instead (AGG)\n"
            ))
        #expect(session.scorecard.entries["ownership"]?.evidence == "Sie ist Muttersprachlerin und hakt nach.")
    }
}
