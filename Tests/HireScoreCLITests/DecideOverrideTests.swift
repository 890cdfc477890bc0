import Foundation
import Testing

/// Issue 14, item 4: every decision gives its reason, and a knock-out that stands can only be set aside by a
/// recorded debrief decision, which the audit log, merge and the export show.
@Suite struct DecideOverrideTests {
    static let c102 = ["--candidate", "c-102", "--requisition", "claims-2026-01"]
    static let reason = "The role-play actor misread the brief; both knock-outs came from that call."

    @Test func aDecisionWithoutAReasonIsRefused() throws {
        let temp = try ComplianceStore()
        let before = try temp.snapshot()
        let result = temp.run(["decide"] + Self.c102 + ["--outcome", "rejected", "--actor", "HR Office"])
        #expect(result.exitCode == 64 || result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--reason is required: say in the rubric's terms why"))
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func aKnockOutThatDoesNotStandCannotBeSetAside() throws {
        let temp = try ComplianceStore()
        let result = temp.run(
            ["decide"] + Self.c102 + [
                "--outcome", "hired", "--actor", "HR Office", "--reason", Self.reason,
                "--override-knock-out", "customer-orientation/red-flag/ownership",
            ])
        #expect(result.exitCode == 2)
        #expect(
            result.stderr.contains(
                "error: 'customer-orientation/red-flag/ownership' is not a knock-out that stands in this panel; "
                    + "the ones that stand: customer-orientation/below-minimum, customer-orientation/red-flag/empathy"))
        #expect(try temp.auditEvents().allSatisfy { $0["event"] as? String != "decision" })
    }

    @Test func settingBothKnockOutsAsideIsLoggedAndShownByMergeAndTheExport() throws {
        let temp = try ComplianceStore()
        // Before: the two knock-outs stand and the panel says no.
        let before = temp.run(["merge", temp.url("claims-2026-01/c-102").path], store: false)
        #expect(before.stdout.contains("PANEL RECOMMENDATION: NO"))

        let output = try temp.succeed(
            ["decide"] + Self.c102 + [
                "--outcome", "hired", "--date", "2026-12-01", "--actor", "HR Lead",
                "--reason", Self.reason,
                "--override-knock-out", "customer-orientation/red-flag/empathy",
                "--override-knock-out", "customer-orientation/below-minimum",
            ])
        #expect(
            output.hasPrefix(
                "Decision recorded: c-102 hired on 2026-12-01 (panel: yes); kept until 2027-06-01\nThe decision rests on these 3 scorecards:\n"
            ), "\(output)")

        // The log: one override event per knock-out, before the merge and the decision, each with the reason.
        let events = try temp.auditEvents().suffix(4)
        #expect(
            events.map { $0["event"] as? String } == ["knock-out-override", "knock-out-override", "merge", "decision"])
        let overrides = events.prefix(2).compactMap { $0["details"] as? [String: String] }
        #expect(
            overrides.map { $0["knock-out"] } == [
                "customer-orientation/red-flag/empathy", "customer-orientation/below-minimum",
            ])
        #expect(overrides.allSatisfy { $0["reason"] == Self.reason && $0["date"] == "2026-12-01" })
        let decision = try #require(events.last?["details"] as? [String: String])
        #expect(decision["reason"] == Self.reason)
        #expect(
            decision["knock-outs-set-aside"]
                == "customer-orientation/below-minimum, customer-orientation/red-flag/empathy")

        // Merge now shows both as set aside, with who, when and why; the score decides.
        let after = temp.run(["merge", temp.url("claims-2026-01/c-102").path], store: false)
        #expect(after.exitCode == 0)
        #expect(after.stdout.contains("PANEL RECOMMENDATION: YES   consensus score 3.19"))
        #expect(
            after.stdout.contains(
                "  knock-out customer-orientation/red-flag/empathy set aside by the debrief (HR Lead, 2026-12-01): "
                    + Self.reason))
        #expect(
            after.stdout.contains(
                "  ↷ [customer-orientation/red-flag/empathy] set aside by the debrief (HR Lead, 2026-12-01: "
                    + Self.reason + ")"))

        // The export carries the decision's reason and the panel's reasons with the override.
        let export = try ComplianceStore.object(try temp.succeed(["export", "--candidate", "c-102"]))
        let decisions = try #require(export["decisions"] as? [[String: Any]])
        #expect(decisions.first?["reason"] as? String == Self.reason)
        let panel = try #require((export["panels"] as? [[String: Any]])?.first)
        #expect(
            (panel["reasons"] as? [String])?.contains(
                "knock-out customer-orientation/below-minimum set aside by the debrief (HR Lead, 2026-12-01): "
                    + Self.reason) == true)

        // audit show tells the story.
        let story = try temp.succeed(["audit", "show", "c-102"])
        #expect(story.contains("knock-out-override  by HR Lead  [claims-2026-01]\n"))
        #expect(
            story.contains(
                "     date: 2026-12-01\n     knock-out: customer-orientation/red-flag/empathy\n     reason: "
                    + Self.reason + "\n"))
        #expect(temp.run(["audit", "verify"]).exitCode == 0)
    }
}
