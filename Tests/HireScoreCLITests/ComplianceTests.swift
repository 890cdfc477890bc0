import Foundation
import Testing

/// `hirescore decide` and `hirescore hold`, the store's retention setting, and the merge warning for
/// criteria that were not fixed before the interview.
@Suite struct ComplianceTests {
    static let c102 = "claims-2026-01/c-102"
    static let claimsRubricHash = "sha256:27ade695814f359bf8defcf3a88f53f1cb91645fc681dd4e9fd4843e003ec0cd"

    // MARK: - decide

    @Test func decideRecordsTheDecisionSetsRetentionAndLogsMergeAndDecision() throws {
        let temp = try ComplianceStore()
        let files = try temp.scorecards(Self.c102)
        let seals = try files.map { try temp.seal($0) }
        let output = try temp.decide("c-102", "rejected", date: "2026-01-31")
        #expect(
            output.hasPrefix(
                "Decision recorded: c-102 rejected on 2026-01-31 (panel: no); kept until 2026-07-31\nThe decision rests on these 3 scorecards:\n"
            ), "\(output)")
        #expect(output.hasSuffix("/claims-2026-01/c-102/clara-wiese.yaml: unsigned (v1)\n"), "\(output)")

        let decisions = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: temp.url(".hirescore/decisions.json")))
                as? [[String: String]])
        #expect(
            decisions == [
                [
                    "actor": "HR Office", "candidate": "c-102", "date": "2026-01-31", "outcome": "rejected",
                    "panel-recommendation": "no", "reason": "Decided by the rubric's rules in the debrief.",
                    "requisition": "claims-2026-01",
                    "retain-until": "2026-07-31",
                ]
            ])
        // Every scorecard carries the retain-until date, and its seal still holds (retain-until is not sealed).
        for (file, seal) in zip(files, seals) {
            let text = try String(contentsOf: temp.url(file), encoding: .utf8)
            #expect(text.contains("\nretain-until: 2026-07-31\n"), "\(file)")
            #expect(try temp.seal(file) == seal)
        }
        let events = try temp.auditEvents()
        try #require(events.count == 21)
        for (event, name) in zip(events.suffix(2), ["merge", "decision"]) {
            #expect(event["event"] as? String == name)
            #expect(event["candidate"] as? String == "c-102")
            #expect(event["actor"] as? String == "HR Office")
            #expect(event["rubric"] as? String == "claims-handler@3")
            #expect(event["rubric-hash"] as? String == Self.claimsRubricHash)
            let references = try #require(event["files"] as? [[String: String]])
            #expect(references == zip(files, seals).map { ["path": $0, "seal": $1] }, "the exact sealed scorecards")
        }
        #expect(
            events[20]["details"] as? [String: String] == [
                "outcome": "rejected", "date": "2026-01-31", "retain-until": "2026-07-31",
                "recommendation": "no", "score": "3.19",
                "reason": "Decided by the rubric's rules in the debrief.",
            ])
        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 0, "\(verify.stdout)")
    }

    @Test func storeRetentionSettingChangesTheRetainUntilDate() throws {
        let sixMonths = try ComplianceStore()
        #expect(try sixMonths.decide("c-101", "hired", date: "2020-03-31").contains("kept until 2020-09-30\n"))

        let sevenMonths = try ComplianceStore()
        try Data(#"{"retention-months": 7}"#.utf8).write(to: sevenMonths.url(".hirescore/settings.json"))
        let output = try sevenMonths.decide("c-101", "hired", date: "2020-03-31")
        #expect(output.contains("kept until 2020-10-31\n"), "\(output)")
        let decisions = try String(contentsOf: sevenMonths.url(".hirescore/decisions.json"), encoding: .utf8)
        #expect(decisions.contains(#""retain-until" : "2020-10-31""#), "\(decisions)")
        for file in try sevenMonths.scorecards("claims-2026-01/c-101") {
            #expect(
                try String(contentsOf: sevenMonths.url(file), encoding: .utf8).contains("\nretain-until: 2020-10-31\n"),
                "\(file)")
        }
        let decision = try #require(try sevenMonths.auditEvents().last)
        #expect((decision["details"] as? [String: String])?["retain-until"] == "2020-10-31")
        // Purge follows the seven months: kept on 2020-10-31, due the day after.
        let keep = sevenMonths.run(["purge", "--dry-run", "--before", "2020-10-31"])
        #expect(keep.stdout.contains("  claims-2026-01/c-101: keep until 2020-10-31 (4 files)\n"), "\(keep.stdout)")
        let due = sevenMonths.run(["purge", "--dry-run", "--before", "2020-11-01"])
        #expect(
            due.stdout.contains("  claims-2026-01/c-101: DELETE (due since 2020-10-31) (4 files)\n"), "\(due.stdout)")
        // The export reports the store's period.
        let export = try ComplianceStore.object(try sevenMonths.succeed(["export", "--candidate", "c-101"]))
        #expect(export["retention-months"] as? Int == 7)
    }

    @Test func damagedSettingsAreAClearErrorNotTheDefault() throws {
        let temp = try ComplianceStore()
        try Data("retention-months: 7\n".utf8).write(to: temp.url(".hirescore/settings.json"))
        let before = try temp.snapshot()
        let result = temp.run([
            "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
            "--requisition", "claims-2026-01", "--outcome", "rejected",
        ])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("settings.json is damaged and cannot be read"), "\(result.stderr)")
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func decideRefusesWhenThePanelHasADraft() throws {
        let temp = try ComplianceStore()
        let draft = try temp.enterDraft(
            "draft-markup.answers", candidate: "c-102", requisition: "claims-2026-01", interviewer: "Hanna Draft")
        let before = try temp.snapshot()
        let result = temp.run([
            "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
            "--requisition", "claims-2026-01", "--outcome", "rejected",
        ])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("error: the panel cannot be merged; no decision recorded:"), "\(result.stderr)")
        #expect(result.stderr.contains("candidate 'c-102': a scorecard is still a draft"))
        #expect(result.stderr.contains(draft.lastPathComponent))
        #expect(result.stdout.isEmpty)
        // Nothing recorded: no decision, no log line, no retain-until on the scorecards.
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
        #expect(!FileManager.default.fileExists(atPath: temp.url(".hirescore/decisions.json").path))
    }

    @Test func decideRefusesUnknownCandidatesAndOutcomes() throws {
        let temp = try ComplianceStore()
        let before = try temp.snapshot()
        let unknown = temp.run([
            "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-999",
            "--requisition", "claims-2026-01", "--outcome", "rejected",
        ])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("error: no scorecards for 'c-999'"), "\(unknown.stderr)")
        let outcome = temp.run([
            "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
            "--requisition", "claims-2026-01", "--outcome", "maybe",
        ])
        #expect(outcome.exitCode != 0)
        #expect(outcome.stderr.contains("--outcome must be hired, rejected or withdrawn"), "\(outcome.stderr)")
        let date = temp.run([
            "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
            "--requisition", "claims-2026-01", "--outcome", "rejected", "--date", "31.01.2026",
        ])
        #expect(date.exitCode != 0)
        #expect(date.stderr.contains("--date must be a date YYYY-MM-DD"))
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    // MARK: - hold

    @Test func holdWithoutAReasonIsAClearError() throws {
        let temp = try ComplianceStore()
        let before = try temp.snapshot()
        for arguments in [
            ["hold", "c-103"], ["hold", "c-103", "--reason", "   "], ["hold", "c-103", "--reason", ""],
        ] {
            let result = temp.run(arguments)
            #expect(result.exitCode == 2, "\(arguments)")
            #expect(result.stderr.contains("error: a hold needs a reason: --reason \"...\""), "\(result.stderr)")
        }
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
        let unknown = temp.run(["hold", "c-999", "--reason", "AGG claim"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("error: no candidate 'c-999' in the store"))
        let notHeld = temp.run(["hold", "c-103", "--release"])
        #expect(notHeld.exitCode == 1)
        #expect(notHeld.stderr.contains("error: there is no hold on 'c-103'"))
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func holdAndReleaseRoundTrip() throws {
        let temp = try ComplianceStore()
        let placed = try temp.succeed(["hold", "c-103", "--reason", "AGG claim pending", "--actor", "HR Office"])
        #expect(placed == "Hold placed: c-103 is kept until released\n")
        let holds = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: temp.url(".hirescore/holds.json")))
                as? [[String: String]])
        #expect(holds.count == 1)
        #expect(holds.first?["candidate"] == "c-103")
        #expect(holds.first?["reason"] == "AGG claim pending")
        #expect(holds.first?["actor"] == "HR Office")
        let show = try temp.succeed(["audit", "show", "c-103"])
        #expect(show.contains("hold  by HR Office"))
        #expect(show.contains("reason: AGG claim pending"))

        let released = try temp.succeed(["hold", "c-103", "--release", "--actor", "HR Office"])
        #expect(released == "Hold released: c-103\n")
        let remaining =
            try JSONSerialization.jsonObject(with: Data(contentsOf: temp.url(".hirescore/holds.json"))) as? [Any]
        #expect(remaining?.isEmpty == true, "the hold is gone")
        let events = try temp.auditEvents().suffix(2)
        #expect(events.map { $0["event"] as? String } == ["hold", "release"])
        #expect(events.allSatisfy { $0["candidate"] as? String == "c-103" })
        #expect(temp.run(["audit", "verify"]).exitCode == 0)
    }

    // MARK: - criteria fixed in advance

    @Test func mergeWarnsWhenTheInterviewPrecededTheRubric() throws {
        let temp = try ComplianceStore()
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101")
        try temp.enter(
            answers: answers.appendingPathComponent("anna-schmidt.txt"), candidate: "c-104",
            requisition: "claims-2026-01",
            interviewer: "Anna Schmidt", interviewDate: "2025-06-01")
        try temp.enter(
            answers: answers.appendingPathComponent("ben-okafor.txt"), candidate: "c-104",
            requisition: "claims-2026-01",
            interviewer: "Ben Okafor", interviewDate: "2026-11-17")
        let result = temp.run(["merge", "store/claims-2026-01"], store: false)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stderr == """
                warning: candidate 'c-104': interviewed on 2025-06-01, before rubric claims-handler@3 applied (effective from 2026-01-01); the criteria were not fixed in advance
                  store/claims-2026-01/c-104/anna-schmidt.yaml

                """, "only the early interview, only once")

        let german = temp.run(["merge", "store/claims-2026-01/c-104", "--lang", "de"], store: false)
        #expect(
            german.stderr.contains(
                "Warnung: Kandidat*in 'c-104': Interview am 2025-06-01, bevor die Vorlage claims-handler@3 galt (gültig ab 2026-01-01)"
            ),
            "\(german.stderr)")
    }

    @Test func mergeOfTheExampleStoreHasNoWarning() throws {
        let temp = try ComplianceStore()
        let result = temp.run(["merge", "store"], store: false)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
    }
}
