import Foundation
import Testing

/// `hirescore enter --amend` through the binary: the interviewer corrects a submitted card; the old card is
/// kept, the new one is sealed in its place, and verify, audit verify, merge and status show it.
@Suite struct AmendCommandTests {
    static let reason = "ownership was rated on the wrong answer"

    /// `complete.answers` with ownership rated 3 instead of 4.
    static func amendedAnswers(in folder: String) throws -> String {
        let text = EnterTesting.answersText("complete.answers")
        let amended = text.replacingOccurrences(
            of: "\n4\nChased the loss adjuster", with: "\n3\nChased the loss adjuster")
        #expect(amended != text)
        let path = folder + "/amended.answers"
        try amended.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Submits `complete.answers` and returns the card's path.
    static func submit(store: String) -> String {
        let first = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")))
        #expect(first.exitCode == 0, "\(first)")
        return store + "/claims-2026-01/c-1042/juergen-gross.yaml"
    }

    @Test func aSubmittedCardIsAmendedAndTheOldOneIsKept() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = Self.submit(store: store)
        let original = try #require(EnterTesting.read(path))

        // The rerun without --amend names the way to correct a mistake.
        let again = EnterTesting.run(EnterTesting.enterArguments(store: store))
        #expect(again.exitCode == 1)
        #expect(
            again.stderr
                == "error: \(path) is already submitted and sealed; to correct a mistake, run the same command with --amend --reason \"what was wrong\"\n"
        )

        let amend = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: try Self.amendedAnswers(in: folder)) + [
                "--amend", "--reason", Self.reason,
            ])
        #expect(amend.exitCode == 0, "\(amend)")
        #expect(amend.stderr == "")
        #expect(
            amend.stdout.hasPrefix(
                "Amending \(path) (reason: \(Self.reason)). The submitted card is kept; your correction becomes a new sealed card.\n"
            ), "\(amend.stdout.prefix(300))")
        let kept = try #require(
            FileManager.default.contentsOfDirectory(atPath: store + "/claims-2026-01/c-1042/.superseded").first)
        let keptPath = store + "/claims-2026-01/c-1042/.superseded/" + kept
        #expect(amend.stdout.contains("\nAmended and sealed: \(path)\n"))
        #expect(amend.stdout.hasSuffix("  the previous card is kept as \(keptPath)\n"), "\(amend.stdout.suffix(300))")
        #expect(EnterTesting.read(keptPath) == original)
        let amended = try #require(EnterTesting.read(path))
        #expect(amended != original)
        #expect(amended.contains("ownership:\n    level: 3\n"))
        #expect(!FileManager.default.fileExists(atPath: store + "/claims-2026-01/c-1042/.amending"))

        // verify: a summary; with --verbose the amendment and the superseded card.
        let verify = EnterTesting.run(["verify", "--rubrics", EnterTesting.rubrics, "--store", store])
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(verify.stdout == "2 scorecards intact, 0 problems\n")
        let verbose = EnterTesting.run(["verify", "--rubrics", EnterTesting.rubrics, "--store", store, "--verbose"])
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        #expect(
            verbose.stdout.contains(
                "\(path): seal intact, unsigned (v1); amended \(today) by Jürgen Groß: \(Self.reason)\n"),
            "\(verbose.stdout)")
        #expect(
            verbose.stdout.contains("\(keptPath): seal intact, unsigned (v1); superseded by the amended card sha256:"))
        #expect(verbose.stdout.hasSuffix("\n2 scorecards intact, 0 problems\n"))

        let audit = EnterTesting.run(["audit", "verify", "--rubrics", EnterTesting.rubrics, "--store", store])
        #expect(audit.exitCode == 0, "\(audit)")

        // merge and status read the current card and say it was amended.
        let note = "note: \(path): amended \(today) by Jürgen Groß: \(Self.reason)\n"
        let merge = EnterTesting.run(["merge", "--rubrics", EnterTesting.rubrics, "--store", store])
        #expect(merge.exitCode == 0, "\(merge)")
        #expect(merge.stderr.contains(note), "\(merge.stderr)")
        let status = EnterTesting.run(["status", "--rubrics", EnterTesting.rubrics, "--store", store])
        #expect(status.stderr == note, "\(status)")

        // An access request exports both: the current card, and the superseded one marked as such (never merged).
        let export = EnterTesting.run([
            "export", "--rubrics", EnterTesting.rubrics, "--store", store, "--candidate", "c-1042", "--format", "json",
        ])
        #expect(export.exitCode == 0, "\(export)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let cards = try #require(document["scorecards"] as? [[String: Any]])
        #expect(cards.compactMap { $0["status"] as? String }.sorted() == ["submitted", "superseded"], "\(cards)")

        // The superseded card is never overwritten: a second amendment keeps both earlier cards.
        let second = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: EnterTesting.answers("complete.answers")) + [
                "--amend", "--reason", "back to 4 after all",
            ])
        #expect(second.exitCode == 0, "\(second)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: store + "/claims-2026-01/c-1042/.superseded").count
                == 2)
        #expect(EnterTesting.read(keptPath) == original)
        let both = EnterTesting.run(["verify", "--rubrics", EnterTesting.rubrics, "--store", store])
        #expect(both.stdout == "3 scorecards intact, 0 problems\n", "\(both)")
    }

    @Test func aTamperedSupersededCardFailsVerify() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        _ = Self.submit(store: store)
        let amend = EnterTesting.run(
            EnterTesting.enterArguments(store: store, answers: try Self.amendedAnswers(in: folder)) + [
                "--amend", "--reason", Self.reason,
            ])
        #expect(amend.exitCode == 0, "\(amend)")
        let superseded = store + "/claims-2026-01/c-1042/.superseded"
        let kept =
            superseded + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: superseded).first))
        let text = try #require(EnterTesting.read(kept))
        try text.replacingOccurrences(of: "level: 4", with: "level: 5").write(
            toFile: kept, atomically: false, encoding: .utf8)
        let verify = EnterTesting.run(["verify", "--rubrics", EnterTesting.rubrics, "--store", store])
        #expect(verify.exitCode == 1)
        #expect(
            verify.stdout
                == "\(kept): error: changed after submission (the seal no longer matches the content)\n1 scorecard intact, 1 problem\n"
        )
    }

    @Test(arguments: [
        (
            ["--amend"],
            "an amendment needs a reason: --reason \"...\" (what was wrong, for example a rating typed on the wrong criterion)\n"
        ),
        (["--reason", "x"], "--reason is the reason of an amendment; give it together with --amend\n"),
    ])
    func amendAndReasonGoTogether(extra: [String], expected: String) {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let result = EnterTesting.run(EnterTesting.enterArguments(store: folder + "/store") + extra)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix("Error: " + expected), "\(result.stderr)")
    }

    @Test func amendingACardThatIsNotThereSaysSo() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let result = EnterTesting.run(
            EnterTesting.enterArguments(store: store) + ["--amend", "--reason", Self.reason, "--lang", "de"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.stderr
                == "Fehler: unter claims-2026-01/c-1042/juergen-gross.yaml gibt es keinen abgegebenen Bewertungsbogen zum Korrigieren; geben Sie ihn mit 'hirescore enter' ohne --amend ein\n"
        )
    }

    /// Killed at each step of an amendment, the store comes back whole: before the event nothing changed and
    /// rerunning the command records the sealed correction; after it, the next command completes it. Either
    /// way there is one amend event, the old card kept byte for byte and the new one in its place.
    @Test(arguments: [
        "amend.after-seal", "amend.before-event", "amend.after-event", "amend.after-keep", "amend.after-effects",
    ])
    func anAmendmentKilledAtEachStepEndsWhole(step: String) throws {
        let temp = try ComplianceStore()
        let card = "claims-2026-01/c-101/anna-schmidt.yaml"
        let original = try Data(contentsOf: temp.url(card))
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
        let arguments = [
            "enter", "--all-stages", "--rubric", "claims-handler", "--requisition", "claims-2026-01", "--candidate",
            "c-101", "--interviewer", "Anna Schmidt", "--amend", "--reason", Self.reason,
        ]
        let killed = HireScoreProcess.run(
            arguments + [
                "--answers", answers.path, "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path,
            ],
            environment: ["HIRESCORE_CRASH_AT": step, "HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(killed.exitCode != 0, "the process was killed at \(step)")
        if ["amend.after-seal", "amend.before-event"].contains(step) {
            #expect(try Data(contentsOf: temp.url(card)) == original, "nothing was logged, so the card is unchanged")
            let again = temp.run(arguments)
            #expect(again.exitCode == 0, "\(again)")
            #expect(
                again.stdout.hasPrefix(
                    "the amendment of \(temp.store.path)/\(card) was sealed but not recorded (interrupted); it is recorded now\n"
                ), "\(again.stdout)")
        } else {
            let repair = temp.run(["audit", "repair"])
            #expect(repair.exitCode == 0, "\(repair)")
        }
        let audit = temp.run(["audit", "verify"])
        #expect(audit.exitCode == 0, "\(audit.stdout)")
        let amends = try temp.auditEvents().filter { $0["event"] as? String == "amend" }
        #expect(amends.count == 1)
        let kept = try #require(
            try FileManager.default.contentsOfDirectory(atPath: temp.url("claims-2026-01/c-101/.superseded").path).first
        )
        #expect(try Data(contentsOf: temp.url("claims-2026-01/c-101/.superseded/" + kept)) == original)
        #expect(try Data(contentsOf: temp.url(card)) != original)
        #expect(!FileManager.default.fileExists(atPath: temp.url("claims-2026-01/c-101/.amending").path))
        let verify = temp.run(["verify"])
        #expect(verify.stdout == "20 scorecards intact, 0 problems\n", "\(verify)")
    }

    /// On a terminal in German the correction opens at the numbered review: one number jumps to the item,
    /// then back to the review, and j submits the amended card.
    @Test func onATerminalTheAmendmentOpensAtTheReviewInGerman() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = Self.submit(store: store)
        let reason = "Bewertung beim falschen Kriterium eingetragen"
        let child = try HireScoreChild.start(
            EnterTesting.enterArguments(store: store) + ["--lang", "de", "--amend", "--reason", reason],
            input: .terminal, columns: EnterTerminalTests.columns)
        let typist = EnterTerminalTests.Typist(child: child)
        let review = "Jetzt abgeben? j = abgeben und versiegeln, n = Entwurf behalten und beenden, z = zurück"
        let steps =
            typist.see("Korrektur von \(path) (Grund: \(reason)). Der abgegebene Bogen bleibt erhalten")
            && typist.answer(review, "1")
            && typist.see("Punkt 1 wird geändert; danach geht es zurück zur Übersicht.", "[1/20]")
            && typist.answer("speichern und beenden: ", "3")
            && typist.answer("Beleg (erforderlich", "Hat den Gutachter zweimal angemahnt.")
            && typist.answer(review, "j")
            && typist.see("Korrigiert und versiegelt: \(path)")
        let result = child.finish()
        #expect(steps)
        #expect(result.exitCode == 0, "\(result)")
        #expect(!result.stdout.contains("[2/20]"), "only the item asked for is asked again")
        let amended = try #require(EnterTesting.read(path))
        #expect(
            EnterTesting.ratings(inScorecard: amended)["ownership"]
                == .init(level: "3", evidence: "Hat den Gutachter zweimal angemahnt."))
        let superseded = try FileManager.default.contentsOfDirectory(
            atPath: store + "/claims-2026-01/c-1042/.superseded")
        #expect(superseded.count == 1)
    }
}
