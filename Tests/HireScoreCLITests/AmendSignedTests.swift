import Foundation
import Testing

/// An amendment in a signed store: the amended card is signed with its interviewer's key, the event carries the
/// signature, and nobody else's key can amend the card.
@Suite struct AmendSignedTests {
    @Test func theAmendedCardIsSignedAndOnlyItsInterviewerAmendsIt() throws {
        let box = try SignatureTests.Sandbox(copying: ComplianceStore.exampleStore)
        try box.register("HR Test", role: "hr", by: "HR Test")
        try box.register("Anna Schmidt", role: "interviewer", by: "HR Test")
        try box.register("Ben Okafor", role: "interviewer", by: "HR Test")
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
            .path
        let card = box.store.appendingPathComponent("claims-2026-01/c-109/anna-schmidt.yaml").path
        let arguments = [
            "enter", "--all-stages", "--store", box.store.path, "--rubric", "claims-handler", "--requisition",
            "claims-2026-01", "--candidate", "c-109", "--interviewer", "Anna Schmidt", "--interview-date",
            "2026-11-17", "--answers", answers,
        ]
        let entered = box.run(arguments, as: "Anna Schmidt", actorFlag: false)
        #expect(entered.exitCode == 0, "\(entered)")
        let original = try Data(contentsOf: URL(fileURLWithPath: card))
        // The correction changes the reason of the own recommendation (an amendment identical to the card is refused).
        let corrected = box.store.deletingLastPathComponent().appendingPathComponent("corrected.txt").path
        try String(contentsOfFile: answers, encoding: .utf8).replacingOccurrences(
            of: "Took ownership in every example", with: "Took ownership in each of the examples"
        ).write(toFile: corrected, atomically: true, encoding: .utf8)
        let amend =
            arguments.map { $0 == answers ? corrected : $0 } + [
                "--amend", "--reason", "rating typed on the wrong criterion",
            ]

        // Someone else's key cannot amend Anna's card: refused before the interview, nothing changes.
        let stranger = box.run(amend, as: "Ben Okafor", actorFlag: false)
        #expect(stranger.exitCode == 1, "\(stranger)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: card)) == original)

        let amended = box.run(amend, as: "Anna Schmidt", actorFlag: false)
        #expect(amended.exitCode == 0, "\(amended)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: card)) != original)
        let events = try box.lines().compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let event = try #require(events.last)
        #expect(event["event"] as? String == "amend")
        let details = event["details"] as? [String: String] ?? [:]
        #expect(details["signature"]?.hasPrefix("ed25519:") == true, "\(details)")
        #expect((event["sig"] as? String)?.hasPrefix("ed25519:") == true, "the event is signed by its actor")

        let verify = box.run(["verify", box.store.path, "--verbose"])
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(verify.stdout.contains("\(card): seal intact, signed by Anna Schmidt (ed25519:"), "\(verify.stdout)")
        #expect(verify.stdout.contains("; amended "), "\(verify.stdout)")
        #expect(
            verify.stdout.contains("/c-109/.superseded/anna-schmidt.") && verify.stdout.contains("superseded by"),
            "\(verify.stdout)")
        let audit = box.run(["audit", "verify"], store: true)
        #expect(audit.exitCode == 0, "\(audit)")
        let merge = box.run(["merge", box.store.appendingPathComponent("claims-2026-01/c-109").path])
        #expect(!merge.stdout.contains("signature is refused"), "\(merge.stdout)")
        #expect(merge.stdout.contains("Signatures: "), "\(merge.stdout)")
    }
}
