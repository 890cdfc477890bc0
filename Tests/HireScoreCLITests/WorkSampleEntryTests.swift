import Foundation
import Testing

/// Issue 17, part 3: the work-sample module's own observations, entered through the built binary, written in the
/// card and shown in the panel result; the shipped it-service-desk-agent rubric with a `variants:` list added.
@Suite struct WorkSampleEntryTests {
    /// A rubrics folder with the shipped it-service-desk-agent rubric, its work sample given two task variants.
    static func rubrics(in folder: String) throws -> String {
        let shipped = try String(
            contentsOfFile: EnterTesting.rubrics + "/it-service-desk-agent.yaml", encoding: .utf8)
        let limit = "      time-limit-minutes: 20\n"
        #expect(shipped.components(separatedBy: limit).count == 2)
        let withVariants = shipped.replacingOccurrences(
            of: limit,
            with: limit + "      variants:\n"
                + "        inbox-monday: {de: Posteingang Montag, en: Monday inbox}\n"
                + "        inbox-outage: {de: Posteingang bei Großstörung, en: Inbox during a major outage}\n")
        let rubrics = folder + "/rubrics"
        try FileManager.default.createDirectory(atPath: rubrics, withIntermediateDirectories: true)
        try withVariants.write(toFile: rubrics + "/it-service-desk-agent.yaml", atomically: true, encoding: .utf8)
        return rubrics
    }

    static func answers(minutes: String, variant: String) -> String {
        [
            "3", "Set every priority by the matrix and routed ticket 3 to major incident.",
            "3", "Assigned categories and teams as the matrix says.",
            "3", "Wrote notes the next agent can act on.",
            minutes, variant, "yes", "Solid triage under time pressure.", "y",
        ].joined(separator: "\n") + "\n"
    }

    static func enter(_ interviewer: String, answers: String, rubrics: String, store: String) -> HireScoreChild.Ending {
        EnterTesting.run(
            [
                "enter", "--rubrics", rubrics, "--rubric", "it-service-desk-agent", "--stage", "work-sample",
                "--candidate", "c-7", "--requisition", "it-2026", "--interviewer", interviewer, "--store", store,
            ], input: .text(answers))
    }

    @Test func timeAndVariantAreAskedRecordedAndShownInThePanel() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let rubrics = try Self.rubrics(in: folder)
        let store = folder + "/store"
        let first = Self.enter(
            "Ann Lee", answers: Self.answers(minutes: "25", variant: "inbox-outage"), rubrics: rubrics, store: store)
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout.contains("[4/8] Work sample ticket triage › Time taken: limit 20 minutes\n"))
        #expect(first.stdout.contains("Minutes 1-480, n = not assessed, b = back, q = save and quit: "))
        #expect(first.stdout.contains("    inbox-outage  Inbox during a major outage\n"))
        #expect(first.stdout.contains("  4  Time taken: 25 min, limit 20 minutes\n"))
        #expect(first.stdout.contains("  5  Task variant: Inbox during a major outage\n"))
        let card = try #require(EnterTesting.read(store + "/it-2026/c-7/ann-lee.yaml"))
        #expect(card.contains("\nobservations:\n  work-sample:\n    time-taken: 25\n    variant: inbox-outage\n"))

        // A variant the section does not list is refused, naming the answers.
        let wrong = Self.enter(
            "Cy Chen", answers: Self.answers(minutes: "20", variant: "inbox-friday"), rubrics: rubrics, store: store)
        #expect(wrong.exitCode != 0)
        #expect(
            wrong.stderr.contains(
                "answer 8 ('inbox-friday') for 'Task variant': 'inbox-friday' is not one of the answers for Task variant"
            ))

        let second = Self.enter(
            "Bo Berg", answers: Self.answers(minutes: "18", variant: "inbox-outage"), rubrics: rubrics, store: store)
        #expect(second.exitCode == 0, "\(second)")
        let merge = EnterTesting.run([
            "merge", "--rubrics", rubrics, store + "/it-2026/c-7/ann-lee.yaml", store + "/it-2026/c-7/bo-berg.yaml",
        ])
        #expect(
            merge.stdout.contains(
                "  Work sample ticket triage, observed (panel): Time taken 18 min, Task variant Inbox during a major outage\n"
            ),
            "\(merge)")
        let alone = EnterTesting.run(["score", "--rubrics", rubrics, store + "/it-2026/c-7/ann-lee.yaml"])
        #expect(alone.stdout.contains("  ! flag: the candidate took 25 minutes, over the limit of 20\n"), "\(alone)")
    }
}
