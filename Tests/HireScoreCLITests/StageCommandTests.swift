import Foundation
import Testing

/// A rubric with a three-stage interview plan, end to end as a new user would run it: validate, `enter --stage`
/// for three interviewers each on their stage, `status` before and after each submission, and `merge` with the
/// stage that is missing and then complete.
@Suite struct StageCommandTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("stages")
    static var rubrics: String { folder.appendingPathComponent("rubrics").path }

    static func answers(_ name: String) -> String {
        folder.appendingPathComponent(name + ".answers").path
    }

    static func enter(store: String, interviewer: String, stage: String?, answers name: String) -> (
        exitCode: Int32, stdout: String, stderr: String
    ) {
        var arguments = [
            "enter", "--rubrics", rubrics, "--rubric", "staged-claims", "--requisition", "claims-2026-07",
            "--candidate", "c-7",
            "--interviewer", interviewer, "--store", store, "--interview-date", "2026-07-01", "--answers",
            answers(name), "--lang", "en",
        ]
        if let stage { arguments += ["--stage", stage] }
        return HireScoreProcess.run(arguments, environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store"])
    }

    static func run(_ arguments: [String], store: String) -> (exitCode: Int32, stdout: String, stderr: String) {
        HireScoreProcess.run(
            arguments + ["--rubrics", rubrics, "--store", store],
            environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store"])
    }

    @Test("validate warns on criteria with a single planned rater, and passes")
    func validate() {
        let result = HireScoreProcess.run(["rubric", "validate", "--lang", "en", Self.rubrics])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.contains(
                "staged-claims.yaml:134:5: warning: stage 'role-play' is the only rating of 'explaining' and has one interviewer"
            ), "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "hint: set 'interviewers: 2' on the stage, or cover these criteria in a second stage"),
            "\(result.stderr)")
        // The mini rubric has one criterion per section, below the usual 3 to 6: a warning per section.
        #expect(
            result.stdout.contains(
                "staged-claims.yaml:28:5: warning: section 'customer-orientation' has 1 criterion; 3 to 6 are usual"),
            "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 errors and 5 warnings in 1 file\n"))
    }

    @Test(
        "docs writes a kit per stage, German and English, Markdown and HTML, each with only the stage's criteria",
        arguments: [("markdown", "md"), ("html", "html")])
    func kitsPerStage(format: String, suffix: String) throws {
        let output = EnterTesting.makeFolder()
        defer { EnterTesting.remove(output) }
        let result = HireScoreProcess.run([
            "docs", "--rubrics", Self.rubrics, "--output", output, "--format", format,
        ])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        for stage in ["phone-screen", "role-play", "technical"] {
            for language in ["de", "en"] {
                for kind in ["guide", "sheet"] {
                    #expect(
                        FileManager.default.fileExists(
                            atPath: "\(output)/staged-claims/\(stage)/\(kind).\(language).\(suffix)"),
                        "\(stage)/\(kind).\(language).\(suffix)")
                }
            }
        }
        let phone = try String(
            contentsOfFile: "\(output)/staged-claims/phone-screen/guide.en.\(suffix)", encoding: .utf8)
        #expect(phone.contains("Ownership of the claim"))
        #expect(!phone.contains("Insurance law") && !phone.contains("Explaining decisions"))
        let technical = try String(
            contentsOfFile: "\(output)/staged-claims/technical/sheet.de.\(suffix)", encoding: .utf8)
        #expect(technical.contains("Versicherungsrecht") && technical.contains("Verantwortung übernehmen"))
        #expect(!technical.contains("Entscheidungen erklären"))
    }

    @Test("enter refuses to guess the stage and names the stages; a stage the plan lacks is refused")
    func stageRequired() {
        let store = EnterTesting.makeFolder()
        defer { EnterTesting.remove(store) }
        let none = Self.enter(store: store, interviewer: "Anna Schmidt", stage: nil, answers: "phone-screen")
        #expect(none.exitCode == 1)
        #expect(
            none.stderr == "error: rubric staged-claims@2 plans several stages; name yours with --stage:\n"
                + "  phone-screen  Phone screen\n  role-play  Role-play\n  technical  Technical interview\n",
            "\(none.stderr)")
        let wrong = Self.enter(store: store, interviewer: "Anna Schmidt", stage: "phone", answers: "phone-screen")
        #expect(wrong.exitCode == 1)
        #expect(
            wrong.stderr.hasPrefix("error: 'phone' is not a stage of staged-claims@2; its stages:\n"), "\(wrong.stderr)"
        )
        #expect(EnterTesting.storeContents(of: store).isEmpty)
    }

    @Test("--all-stages rates every criterion of a planned rubric and records no stage; with --stage it is refused")
    func allStages() throws {
        let store = EnterTesting.makeFolder()
        defer { EnterTesting.remove(store) }
        let both = HireScoreProcess.run(
            [
                "enter", "--rubrics", Self.rubrics, "--rubric", "staged-claims", "--requisition", "claims-2026-07",
                "--candidate", "c-8", "--interviewer", "Dana Roth", "--store", store, "--stage", "technical",
                "--all-stages", "--answers", Self.answers("all-stages"), "--lang", "en",
            ],
            environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store"])
        #expect(both.exitCode == 1)
        #expect(
            both.stderr == "error: --all-stages and --stage technical exclude each other; give only one\n",
            "\(both.stderr)")

        let whole = HireScoreProcess.run(
            [
                "enter", "--rubrics", Self.rubrics, "--rubric", "staged-claims", "--requisition", "claims-2026-07",
                "--candidate", "c-8", "--interviewer", "Dana Roth", "--store", store, "--interview-date", "2026-07-01",
                "--all-stages", "--answers", Self.answers("all-stages"), "--lang", "en",
            ],
            environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store"])
        #expect(whole.exitCode == 0, "\(whole.stdout)\(whole.stderr)")
        #expect(
            whole.stdout.contains("Ownership of the claim") && whole.stdout.contains("Explaining decisions")
                && whole.stdout.contains("Insurance law"))
        let text = try #require(EnterTesting.read(store + "/claims-2026-07/c-8/dana-roth.yaml"))
        #expect(EnterTesting.topLevelValue("stage", in: text) == nil, "\(text)")
        #expect(EnterTesting.ratings(inScorecard: text).keys.sorted() == ["claims-law", "explaining", "ownership"])

        // status counts the scorecard in every stage.
        let status = Self.run(["status", "--lang", "en"], store: store)
        #expect(
            status.stdout == """
                Candidate c-8  (requisition claims-2026-07)  staged-claims@2
                  phone-screen (Phone screen, 20 min, Recruiting): 1 of 1 submitted
                    ✔ Dana Roth
                  role-play (Role-play, 15 min, Claims team lead): 1 of 1 submitted
                    ✔ Dana Roth
                  technical (Technical interview, 20 min, Claims specialist): 1 of 1 submitted
                    ✔ Dana Roth
                  → ready to merge


                """, "\(status.stdout)")
    }

    @Test("three interviewers, one stage each: status and merge before and after each submission")
    func threeStages() throws {
        let store = EnterTesting.makeFolder()
        defer { EnterTesting.remove(store) }

        // Phone screen: only ownership is shown and rated.
        let phone = Self.enter(
            store: store, interviewer: "Anna Schmidt", stage: "phone-screen", answers: "phone-screen")
        #expect(phone.exitCode == 0, "\(phone.stdout)\(phone.stderr)")
        #expect(phone.stdout.contains("Ownership of the claim"))
        #expect(!phone.stdout.contains("Explaining decisions"))
        #expect(!phone.stdout.contains("Insurance law"))
        #expect(phone.stdout.contains("coverage 100%"), "\(phone.stdout)")
        let phoneFile = store + "/claims-2026-07/c-7/anna-schmidt.yaml"
        let phoneText = try #require(EnterTesting.read(phoneFile))
        #expect(EnterTesting.topLevelValue("stage", in: phoneText) == "phone-screen")
        #expect(EnterTesting.ratings(inScorecard: phoneText).keys.sorted() == ["ownership"])

        var status = Self.run(["status", "--lang", "en"], store: store)
        #expect(status.exitCode == 0, "\(status.stdout)\(status.stderr)")
        #expect(
            status.stdout == """
                Candidate c-7  (requisition claims-2026-07)  staged-claims@2
                  phone-screen (Phone screen, 20 min, Recruiting): 1 of 1 submitted
                    ✔ Anna Schmidt
                  role-play (Role-play, 15 min, Claims team lead): 0 of 1 submitted
                    ✗ 1 missing (Claims team lead)
                  technical (Technical interview, 20 min, Claims specialist): 0 of 1 submitted
                    ✗ 1 missing (Claims specialist)
                  → not ready to merge: stage 'role-play': 1 scorecard missing; stage 'technical': 1 scorecard missing


                """, "\(status.stdout)")

        // Role-play: only explaining and the language.
        let play = Self.enter(store: store, interviewer: "Ben Okafor", stage: "role-play", answers: "role-play")
        #expect(play.exitCode == 0, "\(play.stdout)\(play.stderr)")
        #expect(play.stdout.contains("Explaining decisions"))
        #expect(!play.stdout.contains("Ownership of the claim"))
        // The question has an alternate: candidate c-7 is asked variant 1, and the scorecard records it.
        #expect(
            play.stdout.contains("Question: How do you tell a customer that her loss is not covered?"), "\(play.stdout)"
        )
        #expect(!play.stdout.contains("How do you explain a declination?"))
        let playText = try #require(EnterTesting.read(store + "/claims-2026-07/c-7/ben-okafor.yaml"))
        #expect(playText.contains("\nquestion-variants:\n  explaining: 1\n"), "\(playText)")
        #expect(!phoneText.contains("question-variants"))

        // The technical interviewer stops half-way: a draft.
        let partial = Self.enter(
            store: store, interviewer: "Clara Wiese", stage: "technical", answers: "technical-partial")
        #expect(partial.stderr.contains("the draft is saved"), "\(partial.stdout)\(partial.stderr)")
        status = Self.run(["status", "--lang", "en", "--requisition", "claims-2026-07"], store: store)
        #expect(
            status.stdout.contains(
                "  technical (Technical interview, 20 min, Claims specialist): 0 of 1 submitted\n    … Clara Wiese: draft since 20"
            ), "\(status.stdout)")
        #expect(
            status.stdout.contains("→ not ready to merge: Clara Wiese: draft not yet submitted"), "\(status.stdout)")
        let json = Self.run(["status", "--format", "json"], store: store)
        #expect(json.stdout.contains("\"schema\" : \"hirescore/panel-status@1\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"can-merge\" : false"))

        // Merging the two submitted stages: the technical stage is missing, so claims-law is covered by no stage
        // and its knock-out rule is unchecked: no decision.
        let twoStages = Self.run(
            [
                "merge", "--lang", "en", store + "/claims-2026-07/c-7/anna-schmidt.yaml",
                store + "/claims-2026-07/c-7/ben-okafor.yaml",
            ], store: store)
        #expect(twoStages.exitCode == 0, "\(twoStages.stdout)\(twoStages.stderr)")
        #expect(
            twoStages.stdout.contains("Panel: 1 Anna Schmidt [phone-screen], 2 Ben Okafor [role-play]"),
            "\(twoStages.stdout)")
        #expect(
            twoStages.stdout.contains("Stages without a scorecard: technical (Technical interview)\n"),
            "\(twoStages.stdout)")
        #expect(twoStages.stdout.contains("Covered by no stage of the panel: claims-law\n"), "\(twoStages.stdout)")
        #expect(twoStages.stdout.contains("Gaps (rated by nobody): claims-law"))
        #expect(twoStages.stdout.contains("no decision"), "\(twoStages.stdout)")

        // The technical interviewer finishes: every stage is in, and the panel decides.
        let technical = Self.enter(store: store, interviewer: "Clara Wiese", stage: "technical", answers: "technical")
        #expect(technical.exitCode == 0, "\(technical.stdout)\(technical.stderr)")
        status = Self.run(["status", "--lang", "de"], store: store)
        #expect(status.stdout.contains("  → kann zusammengeführt werden\n"), "\(status.stdout)")
        #expect(
            status.stdout.contains(
                "  technical (Fachinterview, 20 min, Fachexpert*in Schaden): 1 von 1 abgegeben\n    ✔ Clara Wiese\n"),
            "\(status.stdout)")

        let merged = Self.run(["merge", "--lang", "en", "--format", "json"], store: store)
        #expect(merged.exitCode == 0, "\(merged.stdout)\(merged.stderr)")
        #expect(merged.stdout.contains("\"missing-stages\" : [\n\n"), "\(merged.stdout)")
        #expect(merged.stdout.contains("\"stage\" : \"technical\""))
        let text = Self.run(["merge", "--lang", "en"], store: store)
        #expect(!text.stdout.contains("Stages without a scorecard"))
        #expect(!text.stdout.contains("Gaps"))
        #expect(!text.stdout.contains("no decision"), "\(text.stdout)")
    }
}
