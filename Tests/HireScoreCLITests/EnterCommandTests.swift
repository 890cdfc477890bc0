import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hirescore enter` driven by an answers file or by standard input on a pipe, and its refusals.
@Suite struct EnterCommandTests {
    /// The ratings `complete.answers` gives, as the scorecard file records them.
    static let completeRatings: [String: EnterTesting.Rating] = [
        "ownership": .init(
            level: "4", evidence: "Chased the loss adjuster twice in one week and arranged an interim payment."),
        "empathy": .init(level: "3", evidence: "Acknowledged the strain and explained hotel cover."),
        "managing-expectations": .init(level: "3", evidence: nil),
        "service-recovery": .init(level: "4", evidence: nil),
        "internal-customer": .init(level: "n/a", evidence: nil),
        "active-listening": .init(level: "4", evidence: "Summarised the caller's concern before answering."),
        "questioning": .init(level: "3", evidence: nil),
        "structure-clarity": .init(level: "3", evidence: nil),
        "de-escalation": .init(level: "4", evidence: "Stayed calm and offered a review of the reduction."),
        "written-communication": .init(level: "3", evidence: "Wrote a clear declination letter with reasons."),
        "claims-law": .init(level: "4", evidence: "Explained breach of obligations under section 28 VVG."),
        "coverage-assessment": .init(
            level: "3", evidence: "Checked the items one by one and applied new for old correctly."),
        "liability-recourse": .init(level: "3", evidence: nil),
        "fraud-indicators": .init(level: "3", evidence: nil),
        "claims-system": .init(level: "2", evidence: nil),
    ]

    /// Checks a scorecard submitted from `complete.answers` at `path`, and the output that announced it.
    static func expectSubmittedComplete(path: String, store: String, result: HireScoreChild.Ending) {
        #expect(result.exitCode == 0, "\(result)")
        guard let text = EnterTesting.read(path) else {
            Issue.record("no scorecard at \(path); the store holds \(EnterTesting.storeContents(of: store))")
            return
        }
        let seal = EnterTesting.topLevelValue("seal", in: text)
        #expect(seal?.hasPrefix("sha256:") == true && seal?.count == 71, "seal \(seal ?? "none")")
        #expect(
            result.stdout.hasSuffix("\nSubmitted and sealed: \(path)\n  seal \(seal ?? "?")\n"),
            "\(result.stdout.suffix(300))")
        #expect(EnterTesting.topLevelValue("status", in: text) == "submitted")
        #expect(EnterTesting.topLevelValue("candidate", in: text) == "c-1042")
        #expect(EnterTesting.topLevelValue("requisition", in: text) == "claims-2026-01")
        #expect(EnterTesting.topLevelValue("interviewer", in: text) == "Jürgen Groß")
        #expect(EnterTesting.ratings(inScorecard: text) == completeRatings)
        #expect(text.contains("\nlanguages:\n  de: C1\n  en: B2\n"))
        #expect(
            text.contains(
                "\nrecommendation:\n  value: \"yes\"\n  reason: Strong ownership and solid coverage assessment.\n"))
        // Personal data: the file 0600, every folder the entry created 0700; no lock or temporary file left.
        #expect(EnterTesting.mode(path) == 0o600)
        for folder in [store, store + "/claims-2026-01", store + "/claims-2026-01/c-1042"] {
            #expect(EnterTesting.mode(folder) == 0o700, "mode of \(folder)")
        }
        #expect(
            EnterTesting.storeContents(of: store) == [
                "claims-2026-01", "claims-2026-01/c-1042", "claims-2026-01/c-1042/juergen-gross.yaml",
            ])

        let score = EnterTesting.run(["score", "--rubrics", EnterTesting.rubrics, path])
        #expect(score.exitCode == 0, "\(score)")
        #expect(score.stdout.hasPrefix("Scorecard: c-1042 — Claims Handler, Property and Casualty Insurance\n"))
        #expect(score.stdout.contains("Status: submitted"))
        #expect(score.stdout.contains("coverage: 14/15 (93%), minimum 75%"))
        #expect(score.stderr == "")

        let verify = EnterTesting.run(["verify", "--rubrics", EnterTesting.rubrics, path])
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(verify.stdout == "1 scorecard intact, 0 problems\n")
        #expect(verify.stderr == "")
    }

    @Test func completeAnswersFileSubmitsAndSeals() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(result.stderr == "")
        // The prompts are shown with each answer echoed after it.
        #expect(result.stdout.hasPrefix("\n[1/20] Customer orientation › Ownership of the claim\n"))
        #expect(
            result.stdout.contains(
                "Rating 1-5, n = n/a, ? = help, b = back, q = save and quit: 4\n"
                    + "Evidence (required: what did the candidate say or do?): Chased the loss adjuster"))
        // The language step shows a short descriptor per CEFR level, the required level marked.
        let descriptors: [String] = [
            "    A1  understands and uses familiar everyday phrases; needs the other person to speak slowly and help",
            "    A2  handles short routine exchanges on familiar matters; cannot keep a conversation going alone",
            "    B1  deals with most everyday work situations; explains simply, with gaps on unfamiliar or complex topics",
            "    B2  talks with customers fluently and without strain on both sides; explains a view with reasons, in speech and writing",
            "  → C1  expresses complex matters fluently, precisely and well structured; adapts tone to the person, also in conflict",
            "    C2  understands virtually everything; expresses fine shades of meaning with ease, like a highly educated native speaker",
        ]
        let languageStep: String =
            "[11/20] Conversation skills › German: required C1 (mandatory)\n"
            + descriptors.joined(separator: "\n")
            + "\nObserved level A1-C2, n = not assessed, b = back, q = save and quit: C1\n"
        #expect(result.stdout.contains(languageStep))
        // The own recommendation comes first; the result by the rubric's rules only afterwards, in the review.
        let ownThenComputed: String =
            "Your own recommendation (strong-no, no, yes, strong-yes, no-decision), b = back, q = save and quit: yes\n"
            + "Reason in a sentence or two: Strong ownership and solid coverage assessment.\n\n"
            + "For information (your own recommendation is already recorded):\nResult by the rubric's rules:\n"
        #expect(result.stdout.contains(ownThenComputed))
        let ownPrompt = result.stdout.range(of: "Your own recommendation")?.lowerBound
        let computed = result.stdout.range(of: "Result by the rubric's rules:")?.lowerBound
        if let ownPrompt, let computed {
            #expect(ownPrompt < computed)
        } else {
            Issue.record("prompt or result missing")
        }
        #expect(
            result.stdout.contains(
                "Submit now? y = submit and seal, n = keep the draft and quit, b = back, 1-19 = change that item: y\n"))
        Self.expectSubmittedComplete(path: path, store: store, result: result)
    }

    @Test func answersOnAPipeDriveTheSameFlow() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store), input: .text(EnterTesting.answersText("complete.answers")))
        #expect(result.stderr == "")
        Self.expectSubmittedComplete(path: path, store: store, result: result)
    }

    @Test func answersFromAFileOnStandardInputDriveTheSameFlow() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store), input: .file(EnterTesting.answers("complete.answers")))
        Self.expectSubmittedComplete(path: path, store: store, result: result)
    }

    @Test func invalidRatingStopsAndKeepsTheAnswersBeforeIt() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("invalid-rating.answers")))
        #expect(result.exitCode == 1, "\(result)")
        // Comment lines are not answers: the 7 is the seventh answer, the rating of the fourth criterion.
        #expect(
            result.stderr == """

                error: answer 7 ('7') for 'service-recovery': enter a level from 1..5, n for n/a, ? for help, b to go back or q to save and quit
                  the answers before it are saved in the draft \(path)

                """)
        #expect(result.stdout.hasSuffix("Rating 1-5, n = n/a, ? = help, b = back, q = save and quit: 7\n"))
        guard let draft = EnterTesting.read(path) else {
            Issue.record("no draft at \(path)")
            return
        }
        #expect(EnterTesting.topLevelValue("status", in: draft) == "draft")
        #expect(EnterTesting.topLevelValue("seal", in: draft) == nil)
        #expect(
            EnterTesting.ratings(inScorecard: draft)
                == Self.completeRatings.filter {
                    ["ownership", "empathy", "managing-expectations"].contains($0.key)
                })
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))

        // `score` reads the draft; `verify` calls it a draft.
        let score = EnterTesting.run(["score", "--rubrics", EnterTesting.rubrics, path])
        #expect(score.exitCode == 0, "\(score)")
        #expect(score.stdout.contains("Status: draft"))

        // The corrected file completes it.
        let again = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(again.stderr == "")
        Self.expectSubmittedComplete(path: path, store: store, result: again)
    }

    @Test func endOfInputOnAPipeSavesTheDraft() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/unassigned/c-7/anna-schmidt.yaml"
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, candidate: "c-7", requisition: nil, interviewer: "Anna Schmidt"),
            input: .text("# only the first criterion\n2\nFollowed up once.\n"))
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.stderr == "\nend of input: the draft is saved in \(path); run the same command again to continue.\n")
        guard let draft = EnterTesting.read(path) else {
            Issue.record("no draft at \(path)")
            return
        }
        #expect(EnterTesting.topLevelValue("status", in: draft) == "draft")
        #expect(
            EnterTesting.ratings(inScorecard: draft) == ["ownership": .init(level: "2", evidence: "Followed up once.")])
        #expect(
            EnterTesting.storeContents(of: store) == [
                "unassigned", "unassigned/c-7", "unassigned/c-7/anna-schmidt.yaml",
            ])
    }

    @Test func missingRequiredOptionIsWrongUsage() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let result = EnterTesting.run([
            "enter", "--all-stages", "--rubrics", EnterTesting.rubrics, "--rubric", "claims-handler", "--interviewer",
            "Kim",
            "--store", folder + "/store",
        ])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("--candidate"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/store"))
    }

    @Test(arguments: [
        (["--candidate", "../x"], "error: the candidate id '../x' is not valid"),
        (["--candidate", "a/b"], "error: the candidate id 'a/b' is not valid"),
        (["--candidate", ".hidden"], "error: the candidate id '.hidden' is not valid"),
        (["--candidate", "c-1", "--requisition", ".."], "error: the requisition id '..' is not valid"),
        (["--candidate", "c-1", "--requisition", "../../etc"], "error: the requisition id '../../etc' is not valid"),
        (
            ["--candidate", "c-1", "--interviewer", "Eve\u{1}Admin"],
            "error: 'Eve\\u{01}Admin' is not a usable interviewer name"
        ),
        (["--candidate", "c-1", "--interviewer", "Eve\nAdmin"], "error: 'Eve⏎Admin' is not a usable interviewer name"),
        (["--candidate", "c-1", "--interviewer", "../.."], "error: '../..' is not a usable interviewer name"),
    ])
    func idsThatWouldEscapeTheStoreAreRefused(options: [String], message: String) {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/sub/store"
        var arguments = [
            "enter", "--all-stages", "--rubrics", EnterTesting.rubrics, "--rubric", "claims-handler", "--store", store,
            "--answers", EnterTesting.answers("complete.answers"),
        ]
        if !options.contains("--interviewer") { arguments += ["--interviewer", "Kim"] }
        let result = EnterTesting.run(arguments + options)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\n"))
        #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
        // A refused name is shown, but never with its control characters raw (they would act on the terminal).
        #expect(
            !result.stderr.dropLast().unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
            "\(result.stderr.debugDescription)")
        #expect(result.stdout == "")
        // Nothing written anywhere: not in the store, not beside it.
        #expect(EnterTesting.contents(of: folder) == [])
    }

    @Test func unwritableStoreFailsCleanly() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store: String
        let expected: String
        if getuid() == 0 {
            // Permissions do not apply to root: a store below a regular file can never be created.
            let file = folder + "/not-a-folder"
            try "x".write(toFile: file, atomically: false, encoding: .utf8)
            store = file + "/store"
            expected = "error: cannot create the store folder \(store)/claims-2026-01/c-1042: "
        } else {
            store = folder + "/store"
            try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: false)
            chmod(store, 0o500)
            expected = "error: cannot create the store folder \(store)/claims-2026-01/c-1042: "
        }
        let before = EnterTesting.contents(of: folder)
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
        // The reason is the system's, in words: not a Foundation error domain and number.
        let reason = result.stderr.dropFirst(expected.count).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(reason == (getuid() == 0 ? "Not a directory" : "Permission denied"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(EnterTesting.contents(of: folder) == before)
    }

    /// A near miss or the start of one id is suggested, as `rubric show` does.
    @Test(arguments: [("claims-handlr", "claims-handler"), ("claims", "claims-handler"), ("zzz", nil)])
    func unknownRubricSuggestsOneAndNamesTheKnownOnes(typed: String, suggestion: String?) {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        var arguments = EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers"))
        arguments[arguments.firstIndex(of: "claims-handler")!] = typed
        let result = EnterTesting.run(arguments)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "error: no rubric '\(typed)' in \(EnterTesting.rubrics)"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + "\n  known rubrics: \(shippedRubricIDs.joined(separator: ", "))\n"
        )
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func unknownRubricVersionIsRefused() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        var arguments = EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers"))
        arguments[arguments.firstIndex(of: "claims-handler")!] = "claims-handler@7"
        let result = EnterTesting.run(arguments)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.hasPrefix("error: no rubric 'claims-handler@7' in "))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func submittedScorecardIsNotEnteredAgain() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let first = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(first.exitCode == 0, "\(first)")
        let sealed = EnterTesting.read(path)
        #expect(sealed != nil)

        for input in [HireScoreChild.Input.file(EnterTesting.answers("complete.answers")), .nullDevice] {
            let again = EnterTesting.run(EnterTesting.enterArguments(store: store), input: input)
            #expect(again.exitCode == 1, "\(again)")
            #expect(again.stdout == "")
            #expect(
                again.stderr
                    == "error: \(path) is already submitted and sealed; to correct a mistake, run the same command with --amend --reason \"what was wrong\"\n"
            )
            #expect(EnterTesting.read(path) == sealed)
            #expect(
                EnterTesting.storeContents(of: store) == [
                    "claims-2026-01", "claims-2026-01/c-1042", "claims-2026-01/c-1042/juergen-gross.yaml",
                ])
        }
    }

    @Test func unreadableAnswersFileIsAnError() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let result = EnterTesting.run(EnterTesting.enterArguments(store: store, answers: folder + "/missing.answers"))
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr == "error: the answers file \(folder)/missing.answers cannot be read\n")
        #expect(!FileManager.default.fileExists(atPath: store + "/claims-2026-01/c-1042/juergen-gross.yaml.lock"))
    }
}
