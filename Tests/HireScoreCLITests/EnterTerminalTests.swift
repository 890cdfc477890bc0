import Foundation
import Testing

/// `hirescore enter` on a pseudo-terminal: an interviewer typing, with help, n/a, going back, saving and
/// quitting, resuming, Ctrl-D and submitting.
///
/// The terminal here is 250 columns wide, so that no line wraps and the flow is checked line by line; the
/// wrapped layout at 60, 80 and 120 columns is checked by `EnterScreenTests`.
@Suite struct EnterTerminalTests {
    static let columns: UInt16 = 250
    static let ratingPrompt = "Rating 1-5, n = n/a, ? = full anchors and help, b = back, q = save and quit: "
    static let levelPrompt = "Observed level 1-5, n = n/a, ? = full anchors and help, b = back, q = save and quit: "
    static let languagePrompt = "Observed level A1-C2, n = not assessed, b = back, q = save and quit: "
    static let optionalEvidence = "Evidence (optional, Enter skips): "
    static let requiredEvidence = "Evidence (required: what did the candidate say or do?): "

    /// Types answers into a session, each after the text it waits for.
    struct Typist {
        let child: HireScoreChild

        /// Waits for each text in turn; false (and an issue naming what was missing) when one does not come.
        @discardableResult
        func see(_ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
            for text in texts where !child.waitForOutput(text, timeout: 30) {
                Issue.record(
                    "did not see \(text.debugDescription); the terminal shows:\n\(child.outputSoFar.suffix(1500))",
                    sourceLocation: sourceLocation)
                return false
            }
            return true
        }

        /// Waits for `prompt`, then types `line` and Enter.
        @discardableResult
        func answer(_ prompt: String, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
            guard see(prompt, sourceLocation: sourceLocation) else { return false }
            child.send(line + "\n")
            return true
        }
    }

    @Test func typeQuitResumeEndOfInputAndSubmit() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let arguments = EnterTesting.enterArguments(store: store)

        // First sitting: help, a rating with evidence, n/a, back to change a rating, then q.
        do {
            let child = try HireScoreChild.start(arguments, input: .terminal, columns: Self.columns)
            let typist = Typist(child: child)
            let steps =
                typist.see("\n[1/20] Customer orientation › Ownership of the claim\r\n")
                && typist.answer(Self.ratingPrompt, "?")
                && typist.see("Help: rate what the candidate said or did against the anchors of each level.")
                && typist.answer(Self.ratingPrompt, "4")
                && typist.answer(Self.requiredEvidence, "Chased the adjuster weekly.")
                && typist.see("[2/20] Customer orientation › Empathy in stressful loss situations")
                && typist.answer(Self.ratingPrompt, "n")
                && typist.answer(Self.optionalEvidence, "")
                && typist.see("[3/20] Customer orientation › Managing expectations")
                && typist.answer(Self.ratingPrompt, "3")
                && typist.answer(Self.optionalEvidence, "")
                && typist.see("[4/20] Customer orientation › Service recovery")
                && typist.answer(Self.ratingPrompt, "b")
                // Back at the previous criterion, which shows the rating given so far; a different rating replaces it.
                && typist.see("[3/20] Customer orientation › Managing expectations", "  So far: 3\r\n")
                && typist.answer(Self.ratingPrompt, "2")
                // A 2 alone is below the section's minimum (a knock-out), so evidence is required: Enter alone is refused.
                && typist.answer(Self.requiredEvidence, "")
                && typist.see("evidence is required for an extreme rating or a knock-out\r\n")
                && typist.answer(Self.requiredEvidence, "Promised nothing he could not keep.")
                && typist.see("[4/20] Customer orientation › Service recovery")
                && typist.answer(Self.ratingPrompt, "n")
                && typist.answer(Self.optionalEvidence, "")
                && typist.see("[5/20] Customer orientation › Serving internal customers")
                && typist.answer(Self.ratingPrompt, "q")
            let result = child.finish()
            #expect(steps)
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr == "")
            #expect(!result.stdout.contains("Resuming"))
            #expect(
                result.stdout.hasSuffix("\r\nDraft saved: \(path); run the same command again to continue.\r\n"),
                "\(result.stdout.suffix(300))")
        }
        let afterQuit = try #require(EnterTesting.read(path))
        #expect(EnterTesting.topLevelValue("status", in: afterQuit) == "draft")
        #expect(
            EnterTesting.ratings(inScorecard: afterQuit) == [
                "ownership": .init(level: "4", evidence: "Chased the adjuster weekly."),
                "empathy": .init(level: "n/a", evidence: nil),
                "managing-expectations": .init(level: "2", evidence: "Promised nothing he could not keep."),
                "service-recovery": .init(level: "n/a", evidence: nil),
            ])
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        #expect(EnterTesting.mode(path) == 0o600)

        // Second sitting: resumes at the first unanswered item; Ctrl-D ends the input.
        do {
            let child = try HireScoreChild.start(arguments, input: .terminal, columns: Self.columns)
            let typist = Typist(child: child)
            let steps =
                typist.see(
                    "Resuming the draft at item 5 of 20.\r\n",
                    "\r\n[5/20] Customer orientation › Serving internal customers (sales, field sales, customer service)\r\n"
                )
                && typist.answer(Self.ratingPrompt, "3")
                && typist.answer(Self.optionalEvidence, "")
                && typist.see("[6/20] Conversation skills › Active listening")
                && typist.answer(Self.ratingPrompt, "4")
                && typist.answer(Self.optionalEvidence, "Summarised the caller's concern before answering.")
                && typist.see(
                    "[7/20] Conversation skills › Questioning technique when taking a claim", Self.ratingPrompt)
            child.send("\u{04}")
            let result = child.finish()
            #expect(steps)
            #expect(result.exitCode == 0, "\(result)")
            #expect(
                result.stderr
                    == "\nend of input: the draft is saved in \(path); run the same command again to continue.\n")
            #expect(!result.stdout.contains("[1/20]"))
            #expect(!result.stdout.contains("[4/20]"))
        }
        let afterEnd = try #require(EnterTesting.read(path))
        #expect(
            EnterTesting.ratings(inScorecard: afterEnd)
                == EnterTesting.ratings(inScorecard: afterQuit).merging([
                    "internal-customer": .init(level: "3", evidence: nil),
                    "active-listening": .init(
                        level: "4", evidence: "Summarised the caller's concern before answering."),
                ]) { $1 })
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))

        // Third sitting: an invalid answer is explained and asked again; then everything else, and submit.
        do {
            let child = try HireScoreChild.start(arguments, input: .terminal, columns: Self.columns)
            let typist = Typist(child: child)
            var steps =
                typist.see("Resuming the draft at item 7 of 20.\r\n", "[7/20] Conversation skills › Questioning")
                && typist.answer(Self.ratingPrompt, "7")
                && typist.see("enter a level from 1..5, n for n/a, ? for help, b to go back or q to save and quit\r\n")
                && typist.answer(Self.ratingPrompt, "3")
                && typist.answer(Self.optionalEvidence, "")
                && typist.answer(Self.ratingPrompt, "3")
                && typist.answer(Self.optionalEvidence, "")
                && typist.answer(Self.ratingPrompt, "4")
                && typist.answer(Self.optionalEvidence, "Stayed calm and offered a review of the reduction.")
                && typist.see("[10/20] Conversation skills › Written communication")
                && typist.answer(Self.ratingPrompt, "3")
                && typist.answer(Self.requiredEvidence, "Wrote a clear declination letter with reasons.")
                && typist.see("[11/20] Conversation skills › German: required C1 (mandatory)")
                && typist.see(
                    "  → C1  expresses complex matters fluently, precisely and well structured; adapts tone to the person, also in conflict\r\n"
                )
                && typist.answer(Self.languagePrompt, "C1")
                && typist.see("[12/20] Conversation skills › English: required B1")
                && typist.see(
                    "  → B1  deals with most everyday work situations; explains simply, with gaps on unfamiliar or complex topics\r\n"
                )
                && typist.answer(Self.languagePrompt, "B2")
            let technical: [(String, String)] = [
                ("4", "Explained breach of obligations under section 28 VVG."),
                ("3", "Checked the items one by one and applied new for old correctly."),
                ("3", ""), ("3", ""), ("2", ""),
            ]
            for (index, (level, evidence)) in technical.enumerated() where steps {
                steps =
                    typist.see("[\(13 + index)/20] Technical expertise in claims handling › ")
                    && typist.answer(Self.levelPrompt, level)
                    && typist.see("Evidence (")
                    && typist.answer("): ", evidence)
            }
            // The own recommendation first; the result by the rubric's rules only afterwards, in the review.
            steps =
                steps
                && typist.answer(
                    "Your own recommendation (strong-no, no, yes, strong-yes, no-decision), b = back, q = save and quit: ",
                    "yes")
                && typist.answer("Reason in a sentence or two: ", "Strong ownership and solid coverage assessment.")
                && typist.see(
                    "For information (your own recommendation is already recorded):\r\n",
                    "Result by the rubric's rules:")
                && typist.see("Your answers (type a number at the prompt to change that item):\r\n")
                && typist.answer(
                    "Submit now? y = submit and seal, n = keep the draft and quit, b = back, 1-19 = change that item: ",
                    "y")
            let result = child.finish()
            #expect(steps)
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr == "")
            let seal = EnterTesting.read(path).flatMap { EnterTesting.topLevelValue("seal", in: $0) }
            #expect(
                result.stdout.hasSuffix("\r\nSubmitted and sealed: \(path)\r\n  seal \(seal ?? "?")\r\n"),
                "\(result.stdout.suffix(300))")
        }
        let submitted = try #require(EnterTesting.read(path))
        #expect(EnterTesting.topLevelValue("status", in: submitted) == "submitted")
        var expected = EnterCommandTests.completeRatings
        expected["ownership"] = .init(level: "4", evidence: "Chased the adjuster weekly.")
        expected["empathy"] = .init(level: "n/a", evidence: nil)
        expected["managing-expectations"] = .init(level: "2", evidence: "Promised nothing he could not keep.")
        expected["service-recovery"] = .init(level: "n/a", evidence: nil)
        expected["internal-customer"] = .init(level: "3", evidence: nil)
        #expect(EnterTesting.ratings(inScorecard: submitted) == expected)
        #expect(
            EnterTesting.storeContents(of: store) == [
                "claims-2026-01", "claims-2026-01/c-1042", "claims-2026-01/c-1042/juergen-gross.yaml",
            ])
        let verify = EnterTesting.run(["verify", "--verbose", "--rubrics", EnterTesting.rubrics, path])
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(verify.stdout == "\(path): seal intact, unsigned (v1)\n1 scorecard intact, 0 problems\n")
    }

    @Test func endOfInputAtTheFirstPromptSavesAnEmptyDraft() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/unassigned/c-9/kim-lee.yaml"
        let child = try HireScoreChild.start(
            EnterTesting.enterArguments(store: store, candidate: "c-9", requisition: nil, interviewer: "Kim Lee"),
            input: .terminal, columns: Self.columns)
        let typist = Typist(child: child)
        let steps = typist.see("[1/20] Customer orientation › Ownership of the claim", Self.ratingPrompt)
        child.send("\u{04}")
        let result = child.finish()
        #expect(steps)
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.stderr == "\nend of input: the draft is saved in \(path); run the same command again to continue.\n")
        let draft = try #require(EnterTesting.read(path))
        #expect(EnterTesting.topLevelValue("status", in: draft) == "draft")
        #expect(EnterTesting.topLevelValue("ratings", in: draft) == "{}")
        #expect(
            EnterTesting.storeContents(of: store) == ["unassigned", "unassigned/c-9", "unassigned/c-9/kim-lee.yaml"])
    }

    @Test func quitAtTheEvidencePromptKeepsTheRating() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let arguments = EnterTesting.enterArguments(store: store)
        let child = try HireScoreChild.start(arguments, input: .terminal, columns: Self.columns)
        let typist = Typist(child: child)
        let steps = typist.answer(Self.ratingPrompt, "5") && typist.answer(Self.requiredEvidence, "q")
        let result = child.finish()
        #expect(steps)
        #expect(result.exitCode == 0, "\(result)")
        let draft = try #require(EnterTesting.read(path))
        #expect(EnterTesting.ratings(inScorecard: draft) == ["ownership": .init(level: "5", evidence: nil)])

        // The rating still needs its evidence, so the next sitting starts there again.
        let again = try HireScoreChild.start(arguments, input: .terminal, columns: Self.columns)
        let resumed = Typist(child: again).see(
            "[1/20] Customer orientation › Ownership of the claim", "  So far: 5\r\n", Self.ratingPrompt)
        again.send("q\n")
        let second = again.finish()
        #expect(resumed)
        #expect(!second.stdout.contains("Resuming"))
        #expect(second.exitCode == 0, "\(second)")
    }
}
