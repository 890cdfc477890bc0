import BuiltInModules
import Foundation
import Interview
import ScoringCore
import Testing

/// Evidence rules, invalid answers, languages, resuming, shuffling and submission.
@Suite struct EntrySessionRulesTests {
    let rubric: Rubric

    init() throws {
        rubric = try Fixtures.rubric()
    }

    static let extremeOrKnockOut = "evidence is required for an extreme rating or a knock-out"
    static let rubricRequires = "the rubric requires evidence for this criterion"
    static let ratingProblem = "enter a level from 1..5, n for n/a, ? for help, b to go back or q to save and quit"

    // MARK: Evidence

    struct EvidenceCase: Sendable, CustomTestStringConvertible {
        var before: [String]
        var id: String
        var rating: String
        /// The reason evidence is required, or nil when it is optional.
        var reason: String?
        var testDescription: String { "\(id) \(rating)" }
    }

    static let evidenceCases: [EvidenceCase] = [
        .init(before: [], id: "ownership", rating: "1", reason: extremeOrKnockOut),
        .init(before: [], id: "ownership", rating: "5", reason: extremeOrKnockOut),
        // red flag at 2: a knock-out on its own
        .init(before: [], id: "ownership", rating: "2", reason: extremeOrKnockOut),
        .init(before: [], id: "ownership", rating: "3", reason: nil),
        .init(before: [], id: "ownership", rating: "4", reason: nil),
        .init(before: ["3", ""], id: "empathy", rating: "2", reason: extremeOrKnockOut),
        .init(before: ["3", "", "3", ""], id: "clarity", rating: "3", reason: rubricRequires),
        .init(before: ["3", "", "3", ""], id: "clarity", rating: "4", reason: rubricRequires),
        .init(before: ["3", "", "3", "", "3", "Clear and checked."], id: "listening", rating: "3", reason: nil),
        .init(before: ["3", "", "3", "", "3", "Clear and checked."], id: "listening", rating: "2", reason: nil),
        .init(
            before: ["3", "", "3", "", "3", "Clear and checked."], id: "listening", rating: "1",
            reason: extremeOrKnockOut),
        .init(before: Fixtures.criteriaBeforeLanguages + ["C1", "B2"], id: "coverage", rating: "3", reason: nil),
        // A critical skill rated below its required level 3 is a knock-out.
        .init(
            before: Fixtures.criteriaBeforeLanguages + ["C1", "B2"], id: "coverage", rating: "2",
            reason: extremeOrKnockOut),
        .init(
            before: Fixtures.criteriaBeforeLanguages + ["C1", "B2"], id: "coverage", rating: "1",
            reason: extremeOrKnockOut),
        .init(
            before: Fixtures.criteriaBeforeLanguages + ["C1", "B2", "3", ""], id: "systems", rating: "5",
            reason: extremeOrKnockOut),
    ]

    @Test(arguments: evidenceCases)
    func evidenceIsRequiredForExtremesKnockOutsAndMarkedCriteria(_ testCase: EvidenceCase) {
        let (session, console, _) = scriptedSession(testCase.before + [testCase.rating, ""], rubric: rubric)
        let outcome = session.run()
        if let reason = testCase.reason {
            #expect(
                outcome == .invalidAnswer("answer \(testCase.before.count + 2) ('') for '\(testCase.id)': \(reason)"))
            #expect(console.output.hasSuffix("Evidence (required: what did the candidate say or do?): \n"))
        } else {
            #expect(outcome == .endOfInput)
            #expect(console.output.contains("Evidence (optional, Enter skips): \n"))
        }
        #expect(session.scorecard.entries[testCase.id]?.rating == .level(Int(testCase.rating) ?? 0))
    }

    @Test func scriptedMissingEvidenceStopsAndKeepsTheAnswersBefore() {
        let (session, _, recorder) = scriptedSession(
            ["4", "Followed up unasked.", "3", "", "3", "", "3", ""], rubric: rubric)
        #expect(
            session.run()
                == .invalidAnswer("answer 6 ('') for 'clarity': the rubric requires evidence for this criterion"))
        #expect(recorder.lines.last == 5, "nothing is saved after the invalid answer")
        #expect(
            recorder.saves.last?.entries == [
                "ownership": .init(rating: .level(4), evidence: "Followed up unasked.", ratedAt: Fixtures.nowText),
                "empathy": .init(rating: .level(3), ratedAt: Fixtures.nowText),
                "clarity": .init(rating: .level(3), ratedAt: Fixtures.nowText),
            ])
    }

    @Test func interactiveMissingEvidenceAsksAgain() {
        let (session, console, _) = interactiveSession(
            ["5", "", "  ", "Closed the loop with the adjuster.", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: Self.extremeOrKnockOut + "\n", in: console.output) == 2)
        #expect(occurrences(of: "Evidence (required: what did the candidate say or do?): ", in: console.output) == 3)
        #expect(session.scorecard.entries["ownership"]?.evidence == "Closed the loop with the adjuster.")
        #expect(console.readCount == 5)
    }

    @Test func interactiveMissingEvidenceForAMarkedCriterionAsksAgain() {
        let draft = Fixtures.draft(entries: [
            "ownership": .init(rating: .level(3)),
            "empathy": .init(rating: .level(3)),
        ])
        let (session, console, _) = interactiveSession(
            ["3", "", "Used an everyday example.", "q"], rubric: rubric, draft: draft)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: Self.rubricRequires + "\n", in: console.output) == 1)
        #expect(session.scorecard.entries["clarity"]?.evidence == "Used an everyday example.")
    }

    @Test func existingEvidenceIsKeptOnEnter() {
        let draft = Fixtures.draft(entries: ["ownership": .init(rating: .level(5), evidence: "Closed the loop.")])
        let (session, console, _) = scriptedSession(["5", "", "q"], rubric: rubric, draft: draft)
        #expect(session.run() == .savedAndQuit)
        #expect(
            console.output.contains(
                "Evidence (required: what did the candidate say or do?) [Enter keeps: Closed the loop.]: "))
        #expect(session.scorecard.entries["ownership"]?.evidence == "Closed the loop.")
    }

    // MARK: Invalid ratings

    @Test(arguments: ["7", "x", "0", "", "3.5"])
    func scriptedInvalidRatingStops(_ answer: String) {
        let (session, _, recorder) = scriptedSession([answer, "3", ""], rubric: rubric)
        #expect(session.run() == .invalidAnswer("answer 1 ('\(answer)') for 'ownership': \(Self.ratingProblem)"))
        #expect(recorder.saves.count == 1)
        #expect(session.scorecard.entries.isEmpty)
    }

    @Test func scriptedInvalidRatingLaterNamesItsAnswerNumber() {
        let (session, _, recorder) = scriptedSession(["4", "", "x"], rubric: rubric)
        #expect(session.run() == .invalidAnswer("answer 3 ('x') for 'empathy': \(Self.ratingProblem)"))
        #expect(recorder.saves.last?.entries == ["ownership": .init(rating: .level(4), ratedAt: Fixtures.nowText)])
    }

    @Test func scriptedInvalidRatingInGerman() {
        let (session, _, _) = scriptedSession(["7"], rubric: rubric, language: .de)
        #expect(
            session.run()
                == .invalidAnswer(
                    "Antwort 1 ('7') für 'ownership': geben Sie eine Stufe aus 1..5 ein, n für k. A. (nicht beurteilt), ? für Hilfe, z für zurück oder s zum Speichern und Beenden"
                ))
    }

    @Test func commentLinesAreNotCountedAsAnswers() {
        let console = ScriptedConsole(script: "# ownership\n4\n\n# empathy\n9\n")
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
            language: .en, scripted: true, now: { Fixtures.now }
        ) { _ in }
        #expect(session.run() == .invalidAnswer("answer 3 ('9') for 'empathy': \(Self.ratingProblem)"))
        #expect(console.lineNumber == 5)
    }

    @Test func interactiveInvalidRatingAsksAgain() {
        let (session, console, _) = interactiveSession(["7", "x", "4", "", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: Self.ratingProblem + "\n", in: console.output) == 2)
        #expect(
            occurrences(of: "Rating 1-5, n = n/a, ? = help, b = back, q = save and quit: ", in: console.output) == 4)
        #expect(session.scorecard.entries["ownership"]?.rating == .level(4))
    }

    // MARK: Languages

    @Test func languageLevelsAreStoredCaseInsensitively() {
        let (session, _, recorder) = scriptedSession(
            Fixtures.criteriaBeforeLanguages + ["C1", "c1", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(recorder.saves.last?.languages == ["de": "C1", "en": "C1"])
        #expect(recorder.saves.last?.notAssessed.isEmpty == true)
    }

    @Test func anUnknownLanguageLevelStopsAScriptedRun() {
        let (session, _, _) = scriptedSession(Fixtures.criteriaBeforeLanguages + ["C3", "C1"], rubric: rubric)
        #expect(
            session.run()
                == .invalidAnswer(
                    "answer 9 ('C3') for 'German': 'C3' is not a CEFR level; use A1, A2, B1, B2, C1 or C2"
                ))
        #expect(session.scorecard.languages.isEmpty)
    }

    @Test func anUnknownLanguageLevelIsAskedAgainInteractively() {
        let draft = Self.draft(answeredItems: 4)
        let (session, console, _) = interactiveSession(["C3", "C2", "q"], rubric: rubric, draft: draft)
        #expect(session.run() == .savedAndQuit)
        #expect(
            occurrences(of: "'C3' is not a CEFR level; use A1, A2, B1, B2, C1 or C2\n", in: console.output) == 1
        )
        #expect(session.scorecard.languages == ["de": "C2"])
    }

    @Test func aLanguageNotAssessedIsRecorded() {
        let (session, _, recorder) = scriptedSession(
            Fixtures.criteriaBeforeLanguages + ["C1", "n", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(recorder.saves.last?.languages == ["de": "C1"])
        #expect(recorder.saves.last?.notAssessed == ["en"])
    }

    @Test func aLevelAfterNotAssessedReplacesIt() {
        let (session, _, _) = scriptedSession(
            Fixtures.criteriaBeforeLanguages + ["C1", "n", "b", "B1", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(session.scorecard.languages == ["de": "C1", "en": "B1"])
        #expect(session.scorecard.notAssessed == [])
    }

    // MARK: Resuming

    /// A draft with the first `answeredItems` items of the fixture rubric's flow answered
    /// (ownership, empathy, clarity, listening, de, en, coverage, systems, recommendation, reason).
    static func draft(answeredItems: Int) -> Scorecard {
        var draft = Fixtures.draft()
        let steps: [(inout Scorecard) -> Void] = [
            { $0.entries["ownership"] = .init(rating: .level(4)) },
            { $0.entries["empathy"] = .init(rating: .level(3)) },
            { $0.entries["clarity"] = .init(rating: .level(3), evidence: "Explained the deductible with an example.") },
            { $0.entries["listening"] = .init(rating: .notAssessed) },
            { $0.record(.level("C1"), of: "de", in: Fixtures.languageSection) },
            { $0.record(.notAssessed, of: "en", in: Fixtures.languageSection) },
            { $0.entries["coverage"] = .init(rating: .level(5), evidence: "Explained the flood exclusion.") },
            { $0.entries["systems"] = .init(rating: .level(3)) },
            { $0.recommendation = .init(value: .yes) },
            { $0.recommendation?.reason = "Strong ownership." },
        ]
        for step in steps.prefix(answeredItems) { step(&draft) }
        return draft
    }

    @Test(arguments: 1...10)
    func anInteractiveSessionResumesAtTheFirstUnansweredItem(_ answered: Int) {
        let draft = Self.draft(answeredItems: answered)
        let (session, console, recorder) = interactiveSession(["q"], rubric: rubric, draft: draft)
        #expect(session.run() == .savedAndQuit)
        #expect(console.output.hasPrefix("Resuming the draft at item \(answered + 1) of 11.\n"))
        #expect(!console.output.contains("[1/11]"))
        if answered < 8 {
            #expect(console.output.contains("\n[\(answered + 1)/11] "))
        }
        #expect(console.readCount == 1)
        #expect(recorder.saves.last?.entries == draft.entries)
    }

    @Test func aNewInteractiveSessionStartsWithoutResuming() {
        let (session, console, _) = interactiveSession(["q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(!console.output.contains("Resuming"))
        #expect(console.output.hasPrefix("\n[1/11] Customer orientation › Ownership\n"))
    }

    @Test func anInteractiveSessionResumesAtAnExtremeRatingWithoutEvidence() {
        var draft = Self.draft(answeredItems: 3)
        draft.entries["empathy"] = .init(rating: .level(1))
        let (session, console, _) = interactiveSession(["q"], rubric: rubric, draft: draft)
        #expect(session.run() == .savedAndQuit)
        #expect(console.output.hasPrefix("Resuming the draft at item 2 of 11.\n"))
        #expect(console.output.contains("[2/11] Customer orientation › Empathy\n"))
    }

    @Test func aScriptedSessionStartsAtTheFirstItem() {
        let draft = Self.draft(answeredItems: 3)
        let (session, console, _) = scriptedSession(["q"], rubric: rubric, draft: draft)
        #expect(session.run() == .savedAndQuit)
        #expect(!console.output.contains("Resuming"))
        #expect(console.output.hasPrefix("\n[1/11] Customer orientation › Ownership\n"))
        #expect(console.output.contains("  So far: 4\n"))
    }

    // MARK: Shuffling

    @Test func shufflingPermutesWithinEachSectionAndRecordsTheOrder() {
        var orders: Set<[String]> = []
        for _ in 0..<40 {
            let (session, console, recorder) = interactiveSession(["q"], rubric: rubric, shuffle: true)
            let order = session.scorecard.order
            #expect(Set(order.prefix(2)) == ["ownership", "empathy"])
            #expect(Set(order.dropFirst(2).prefix(2)) == ["clarity", "listening"])
            #expect(Set(order.dropFirst(4)) == ["coverage", "systems"])
            #expect(order.count == 6)
            #expect(session.run() == .savedAndQuit)
            #expect(recorder.saves.first?.order == order, "the order is saved")
            let firstTitle = order[0] == "ownership" ? "Ownership" : "Empathy"
            #expect(
                console.output.hasPrefix("\n[1/11] Customer orientation › \(firstTitle)\n"),
                "the first criterion shown is the first of the order")
            orders.insert(order)
        }
        // 40 sessions all in rubric order would happen with probability 8^-40.
        #expect(orders.count > 1)
    }

    @Test func shuffledOrderIsFollowedThroughTheSection() throws {
        let (session, console, _) = scriptedSession(["3", "", "3", "", "q"], rubric: rubric, shuffle: true)
        let order = session.scorecard.order
        #expect(session.run() == .savedAndQuit)
        let titles = ["ownership": "Ownership", "empathy": "Empathy"]
        let first = try #require(titles[order[0]])
        let second = try #require(titles[order[1]])
        #expect(console.output.contains("[1/11] Customer orientation › \(first)\n"))
        #expect(console.output.contains("[2/11] Customer orientation › \(second)\n"))
    }

    @Test func aDraftWithAnOrderKeepsIt() {
        let order = ["empathy", "ownership", "listening", "clarity", "systems", "coverage"]
        let (session, console, recorder) = interactiveSession(
            ["q"], rubric: rubric, draft: Fixtures.draft(order: order), shuffle: true)
        #expect(session.scorecard.order == order)
        #expect(session.run() == .savedAndQuit)
        #expect(recorder.saves.last?.order == order)
        #expect(console.output.hasPrefix("\n[1/11] Customer orientation › Empathy\n"))
    }

    @Test func withoutShufflingTheOrderIsTheRubricOrder() {
        let (session, _, _) = interactiveSession([], rubric: rubric)
        #expect(session.scorecard.order == Fixtures.rubricOrder)
    }

    // MARK: Submission

    @Test func missingItemsOfANewScorecardListEverything() {
        let (session, _, _) = interactiveSession([], rubric: rubric)
        #expect(
            session.missingItems() == [
                "criterion 'ownership' is not rated (n for n/a is allowed)",
                "criterion 'empathy' is not rated (n for n/a is allowed)",
                "criterion 'clarity' is not rated (n for n/a is allowed)",
                "criterion 'listening' is not rated (n for n/a is allowed)",
                "'German' is not recorded",
                "'English' is not recorded (n for n/a is allowed)",
                "criterion 'coverage' is not rated (n for n/a is allowed)",
                "criterion 'systems' is not rated (n for n/a is allowed)",
                "your own recommendation is missing",
                "the reason is missing",
            ])
    }

    @Test func missingItemsNameMissingEvidenceAndMandatoryLanguages() {
        var draft = Fixtures.draft(entries: [
            "ownership": .init(rating: .level(5)),
            "clarity": .init(rating: .level(3)),
            "listening": .init(rating: .level(1), evidence: "Interrupted twice."),
            "coverage": .init(rating: .notAssessed),
            "systems": .init(rating: .level(3)),
        ])
        draft.record(.notAssessed, of: "de", in: Fixtures.languageSection)
        draft.record(.notAssessed, of: "en", in: Fixtures.languageSection)
        draft.recommendation = .init(value: .no)
        let (session, _, _) = interactiveSession([], rubric: rubric, draft: draft)
        #expect(
            session.missingItems() == [
                "criterion 'ownership' needs evidence",
                "criterion 'empathy' is not rated (n for n/a is allowed)",
                "criterion 'clarity' needs evidence",
                "'German' is required: n/a is not enough",
                "the reason is missing",
            ])
    }

    @Test func submissionIsRefusedWhileAMandatoryLanguageIsMissing() {
        let script =
            Fixtures.criteriaBeforeLanguages + ["n", "B2"] + Fixtures.technicalCriteria + [
                "no", "Could not assess German.", "y",
            ]
        let (session, _, recorder) = scriptedSession(script, rubric: rubric)
        #expect(session.run() == .submissionRefused(["'German' is required: n/a is not enough"]))
        #expect(recorder.saves.last?.status == .draft)
        #expect(recorder.saves.last?.seal == nil)
        #expect(recorder.saves.last?.recommendation == .init(value: .no, reason: "Could not assess German."))
    }

    @Test func interactiveSubmissionIsRefusedAtTheReview() {
        var draft = Self.draft(answeredItems: 10)
        draft.record(.notAssessed, of: "de", in: Fixtures.languageSection)
        draft.record(.notAssessed, of: "en", in: Fixtures.languageSection)
        let (session, console, _) = interactiveSession(["y"], rubric: rubric, draft: draft)
        #expect(session.run() == .submissionRefused(["'German' is required: n/a is not enough"]))
        #expect(console.output.hasPrefix("Resuming the draft at item 11 of 11.\n"))
        #expect(session.scorecard.status == .draft)
    }

    @Test func aCompleteDraftIsSubmittedFromTheReview() throws {
        let (session, console, recorder) = interactiveSession(
            ["y"], rubric: rubric, draft: Self.draft(answeredItems: 10))
        let outcome = session.run()
        let seal = try #require(session.scorecard.seal)
        #expect(outcome == .submitted(seal: seal))
        #expect(session.scorecard.hasValidSeal)
        #expect(recorder.saves.last?.hasValidSeal == true)
        // Every item with its number as shown at its step, and the evidence in full.
        #expect(console.output.contains("   6  English: n/a, required B2\n"))
        #expect(console.output.contains("   3  Clarity: 3\n        “Explained the deductible with an example.”\n"))
    }

    @Test func answeringNoAtTheReviewKeepsTheDraft() {
        let (session, _, recorder) = interactiveSession(["n"], rubric: rubric, draft: Self.draft(answeredItems: 10))
        #expect(session.run() == .savedAndQuit)
        #expect(recorder.saves.last?.status == .draft)
        #expect(recorder.saves.last?.seal == nil)
    }

    static let throughTechnical = Fixtures.criteriaBeforeLanguages + ["C1", "B2"] + Fixtures.technicalCriteria

    @Test(arguments: [
        (["maybe"], "answer 15 ('maybe') for the recommendation: enter strong-no, no, yes, strong-yes or no-decision"),
        (["yes", ""], "answer 16 ('') for the reason: a short reason is required"),
        (
            ["yes", "Fine.", "x"],
            "answer 17 ('x') for the submission: enter y to submit, n to keep the draft, b to go back, or a number from 1 to 10 to change that item"
        ),
    ])
    func invalidAnswersAtTheEndStopAScriptedRun(_ tail: [String], _ message: String) {
        let (session, _, _) = scriptedSession(Self.throughTechnical + tail, rubric: rubric)
        #expect(session.run() == .invalidAnswer(message))
        #expect(session.scorecard.status == .draft)
    }

    @Test func recommendationsAreReadLeniently() throws {
        let (session, console, _) = scriptedSession(
            Self.throughTechnical + ["Strong Yes", "Clear on every point.", "y"], rubric: rubric)
        let outcome = session.run()
        #expect(outcome == .submitted(seal: try #require(session.scorecard.seal)))
        #expect(session.scorecard.recommendation == .init(value: .strongYes, reason: "Clear on every point."))
        #expect(console.output.contains("Result by the rubric's rules:\n"))
    }

    @Test func germanRecommendationWordsAreAccepted() throws {
        let (session, _, _) = scriptedSession(
            Self.throughTechnical + ["klares Ja", "Überzeugend in jedem Punkt.", "y"], rubric: rubric)
        let outcome = session.run()
        #expect(outcome == .submitted(seal: try #require(session.scorecard.seal)))
        #expect(session.scorecard.recommendation == .init(value: .strongYes, reason: "Überzeugend in jedem Punkt."))
        #expect(
            [
                Recommendation(answer: "Nein"), Recommendation(answer: "ja"), Recommendation(answer: "klares nein"),
                Recommendation(answer: "Keine Entscheidung"),
            ] == [.no, .yes, .strongNo, .noDecision])
    }

    @Test func aFailingSaveEndsTheSession() {
        struct DiskFull: Error, CustomStringConvertible { var description: String { "disk full" } }
        let console = ScriptedConsole(script: "4\n")
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
            language: .en, scripted: true
        ) { _ in throw DiskFull() }
        #expect(session.run() == .saveFailed("disk full"))
        #expect(console.lineNumber == 0, "nothing is asked when the draft cannot be saved")
    }
}
