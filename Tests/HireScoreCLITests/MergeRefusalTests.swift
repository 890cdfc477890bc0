import Foundation
import Testing

/// `hirescore merge` refuses what must not be merged, exits 1 and lists every file concerned; nothing
/// read disappears from the accounting. Each test works on a copy of examples/store in a temporary folder.
@Suite struct MergeRefusalTests {
    static let c102 = "store/claims-2026-01/c-102"

    /// Checks the accounting after a refusal: the `Files:` line, the refusal with its files right below it,
    /// and that every file of `candidateFiles` that was not merged is listed under some refusal (the
    /// refused candidate's sound scorecards included): nothing read disappears.
    static func expectRefusal(
        _ stdout: String, files: String, refusal: String, refusedFiles: [String], notMerged: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let lines = PanelRun.lines(stdout)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("Files: ") }) else {
            Issue.record("no 'Files:' line in:\n\(stdout)", sourceLocation: sourceLocation)
            return
        }
        #expect(lines[header] == files, sourceLocation: sourceLocation)
        let block = "  ✖ \(refusal)\n" + refusedFiles.map { "      \($0)\n" }.joined()
        #expect(stdout.contains(block), "missing:\n\(block)in:\n\(stdout)", sourceLocation: sourceLocation)
        let listed = Set(
            lines[(header + 1)...].filter { $0.hasPrefix("      ") }.map { $0.trimmingCharacters(in: .whitespaces) })
        for file in notMerged {
            #expect(
                listed.contains(file), "\(file) is neither merged nor listed as refused", sourceLocation: sourceLocation
            )
        }
    }

    /// Checks the JSON accounting: every file read is merged or named by a refusal.
    static func expectEveryFileAccountedFor(
        json document: [String: Any], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let files = document["files"] as? [String: Any] ?? [:]
        let read = files["read"] as? [String] ?? []
        let merged = Set(files["merged"] as? [String] ?? [])
        let refused = Set((files["refused"] as? [[String: Any]] ?? []).flatMap { $0["files"] as? [String] ?? [] })
        #expect(!read.isEmpty, sourceLocation: sourceLocation)
        let dropped = read.filter { !merged.contains($0) && !refused.contains($0) }
        #expect(
            dropped.isEmpty, "read but neither merged nor refused in the JSON: \(dropped)",
            sourceLocation: sourceLocation)
    }

    /// The refusal of `code` in the JSON.
    static func refusal(_ code: String, in document: [String: Any], sourceLocation: SourceLocation = #_sourceLocation)
        throws -> [String: Any]
    {
        let problems = try #require(
            (document["files"] as? [String: Any])?["refused"] as? [[String: Any]], sourceLocation: sourceLocation)
        return try #require(
            problems.first { $0["code"] as? String == code }, "no refusal '\(code)' in \(problems)",
            sourceLocation: sourceLocation)
    }

    // MARK: - Drafts

    static let c102Files = ["anna-schmidt", "ben-okafor", "clara-wiese"].map { "store/claims-2026-01/c-102/\($0).yaml" }
    static let c103Files = ["anna-schmidt", "ben-okafor", "clara-wiese"].map { "store/claims-2026-01/c-103/\($0).yaml" }
    static let draftMessage =
        "candidate 'c-102': a scorecard is still a draft; submit it first, or merge with --include-drafts"

    @Test func draftIsRefusedUnlessDraftsAreIncluded() throws {
        let temp = try TemporaryStore()
        try temp.edit(
            "claims-2026-01/c-102/clara-wiese.yaml", replacing: "\nstatus: submitted\n", with: "\nstatus: draft\n")
        try temp.removeLine("claims-2026-01/c-102/clara-wiese.yaml", startingWith: "seal: ")

        let refused = temp.run(["merge", Self.c102])
        #expect(refused.exitCode == 1)
        #expect(refused.stdout.hasPrefix("\nFiles: "), "no panel result for a refused candidate")
        #expect(!refused.stdout.contains("PANEL RECOMMENDATION"))
        Self.expectRefusal(
            refused.stdout, files: "Files: 3 read, 0 merged, 3 refused", refusal: Self.draftMessage,
            refusedFiles: ["store/claims-2026-01/c-102/clara-wiese.yaml"], notMerged: Self.c102Files)

        let json = temp.run(["merge", Self.c102, "--format", "json"])
        #expect(json.exitCode == 1)
        let document = try PanelRun.json(json.stdout)
        #expect((document["candidates"] as? [Any])?.isEmpty == true)
        let draft = try Self.refusal("draft", in: document)
        #expect(draft["candidate"] as? String == "c-102")
        #expect(draft["files"] as? [String] == ["store/claims-2026-01/c-102/clara-wiese.yaml"])
        #expect((document["files"] as? [String: Any])?["merged"] as? [String] == [])
        Self.expectEveryFileAccountedFor(json: document)

        // With --include-drafts the draft is merged and marked, and the result is otherwise the same.
        let included = temp.run(["merge", Self.c102, "--include-drafts"])
        #expect(included.exitCode == 0)
        let lines = PanelRun.lines(included.stdout)
        #expect(lines.contains("Panel: 1 Anna Schmidt, 2 Ben Okafor, 3 Clara Wiese (DRAFT)"))
        #expect(lines.contains("PANEL RECOMMENDATION: NO   consensus score 3.19   coverage 15/15 (100%)"))
        #expect(lines.contains("Files: 3 read, 3 merged, 0 refused"))
        let includedJSON = try PanelRun.json(
            temp.run(["merge", Self.c102, "--include-drafts", "--format", "json"]).stdout)
        let raters = try #require(
            (includedJSON["candidates"] as? [[String: Any]])?.first?["raters"] as? [[String: Any]])
        #expect(raters.map { $0["draft"] as? Bool } == [false, false, true])
        let german = temp.run(["merge", Self.c102, "--include-drafts", "--lang", "de"])
        #expect(german.stdout.contains("Panel: 1 Anna Schmidt, 2 Ben Okafor, 3 Clara Wiese (ENTWURF)\n"))
    }

    /// A refused candidate does not stop the others: the store is merged without it, exit 1, and it is listed.
    @Test func draftInTheWholeStoreRefusesOnlyItsCandidate() throws {
        let temp = try TemporaryStore()
        try temp.edit(
            "claims-2026-01/c-102/clara-wiese.yaml", replacing: "\nstatus: submitted\n", with: "\nstatus: draft\n")
        try temp.removeLine("claims-2026-01/c-102/clara-wiese.yaml", startingWith: "seal: ")
        let run = temp.run(["merge", "store"])
        #expect(run.exitCode == 1)
        let candidates = PanelRun.lines(run.stdout).filter { $0.hasPrefix("Candidate ") }.map {
            $0.split(separator: " ")[1]
        }
        #expect(candidates == ["c-201", "c-202", "c-203", "c-101", "c-103"])
        Self.expectRefusal(
            run.stdout, files: "Files: 19 read, 16 merged, 3 refused", refusal: Self.draftMessage,
            refusedFiles: ["store/claims-2026-01/c-102/clara-wiese.yaml"], notMerged: Self.c102Files)
        Self.expectEveryFileAccountedFor(
            json: try PanelRun.json(temp.run(["merge", "store", "--format", "json"]).stdout))
    }

    // MARK: - Seals

    @Test func brokenSealIsRefused() throws {
        let temp = try TemporaryStore()
        // One character of one evidence line: "Contractor" → "contractor".
        try temp.edit(
            "claims-2026-01/c-102/ben-okafor.yaml",
            replacing: "evidence: Contractor quote overdue", with: "evidence: contractor quote overdue")
        let run = temp.run(["merge", Self.c102])
        #expect(run.exitCode == 1)
        #expect(!run.stdout.contains("PANEL RECOMMENDATION"))
        Self.expectRefusal(
            run.stdout, files: "Files: 3 read, 0 merged, 3 refused",
            refusal: "candidate 'c-102': the seal of a scorecard does not match the content: changed after submission",
            refusedFiles: ["store/claims-2026-01/c-102/ben-okafor.yaml"], notMerged: Self.c102Files)
        let document = try PanelRun.json(temp.run(["merge", Self.c102, "--format", "json"]).stdout)
        #expect(
            try Self.refusal("broken-seal", in: document)["files"] as? [String] == [
                "store/claims-2026-01/c-102/ben-okafor.yaml"
            ])
        Self.expectEveryFileAccountedFor(json: document)
        // --include-drafts does not let a broken seal through.
        #expect(temp.run(["merge", Self.c102, "--include-drafts"]).exitCode == 1)
    }

    // MARK: - The same interviewer twice

    @Test func sameInterviewerTwiceIsRefused() throws {
        let temp = try TemporaryStore()
        try FileManager.default.copyItem(
            at: temp.url("claims-2026-01/c-103/anna-schmidt.yaml"),
            to: temp.url("claims-2026-01/c-103/anna-schmidt-copy.yaml"))
        let run = temp.run(["merge", "store/claims-2026-01/c-103"])
        #expect(run.exitCode == 1)
        #expect(!run.stdout.contains("PANEL RECOMMENDATION"))
        let copies = [
            "store/claims-2026-01/c-103/anna-schmidt-copy.yaml", "store/claims-2026-01/c-103/anna-schmidt.yaml",
        ]
        Self.expectRefusal(
            run.stdout, files: "Files: 4 read, 0 merged, 4 refused",
            refusal: "candidate 'c-103': interviewer 'anna-schmidt' has 2 scorecards; keep one",
            refusedFiles: copies, notMerged: Self.c103Files + copies)
        let document = try PanelRun.json(temp.run(["merge", "store/claims-2026-01/c-103", "--format", "json"]).stdout)
        #expect(try Self.refusal("duplicate-interviewer", in: document)["files"] as? [String] == copies)
        Self.expectEveryFileAccountedFor(json: document)
    }

    // MARK: - Rubric versions

    /// A scorecard naming a rubric version that does not exist cannot be read: it is listed with its
    /// diagnostic (file:line:column), and the candidate's other scorecards are refused with it, since
    /// merging them alone would present a partial panel as complete.
    @Test func unknownRubricVersionIsListedAsUnreadableWithItsDiagnostic() throws {
        let temp = try TemporaryStore()
        try temp.edit("claims-2026-01/c-101/clara-wiese.yaml", replacing: "\n  version: 3\n", with: "\n  version: 4\n")
        let run = temp.run(["merge", "store/claims-2026-01/c-101"])
        #expect(run.exitCode == 1)
        #expect(!run.stdout.contains("PANEL RECOMMENDATION"))
        #expect(
            run.stdout.hasSuffix(
                """
                Files: 4 read, 0 merged, 4 refused
                  ✖ the scorecard cannot be read or does not match a known rubric
                      store/claims-2026-01/c-101/clara-wiese.yaml
                      store/claims-2026-01/c-101/clara-wiese.yaml:3:3: error: no rubric 'claims-handler' version 4 is known
                  ✖ candidate 'c-101': another scorecard of this candidate cannot be read, so the panel would be incomplete; fix or remove that file
                      store/claims-2026-01/c-101/anna-schmidt.yaml
                      store/claims-2026-01/c-101/ben-okafor.yaml
                      store/claims-2026-01/c-101/deniz-yilmaz.yaml

                """))
        let document = try PanelRun.json(temp.run(["merge", "store/claims-2026-01/c-101", "--format", "json"]).stdout)
        #expect(
            try Self.refusal("unreadable", in: document)["files"] as? [String] == [
                "store/claims-2026-01/c-101/clara-wiese.yaml"
            ])
        Self.expectEveryFileAccountedFor(json: document)
    }

    // MARK: - Nothing to merge

    @Test func emptyFolderIsAnError() throws {
        let temp = try TemporaryStore(copyExamples: false)
        let run = temp.run(["merge", "store"])
        #expect(run.exitCode == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: no scorecards found in store\n")
        let german = temp.run(["merge", "store", "--lang", "de"])
        #expect(german.exitCode == 1)
        #expect(german.stderr == "Fehler: keine Bewertungsbögen in store gefunden\n")
        let missing = temp.run(["merge", "no-such-folder"])
        #expect(missing.exitCode == 1)
        #expect(missing.stdout.contains("  ✖ no such file or folder\n      no-such-folder\n"))
    }

    // MARK: - Links out of the store

    @Test func symbolicLinkOutsideTheStoreIsListedAndNotRead() throws {
        let temp = try TemporaryStore()
        // A valid scorecard of another panel member outside the store, linked into c-201's folder.
        let outside = temp.folder.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: temp.url("claims-2026-01/c-101/deniz-yilmaz.yaml"),
            to: outside.appendingPathComponent("deniz-yilmaz.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: temp.url("claims-2026-01/c-101/zz-linked.yaml").path,
            withDestinationPath: "../../../outside/deniz-yilmaz.yaml")
        let run = temp.run(["merge", "store/claims-2026-01/c-101"])
        #expect(run.exitCode == 1)
        // Not read: the panel still has four raters (Deniz Yilmaz once), and the link is not among the files read.
        #expect(run.stdout.contains("Panel: 1 Anna Schmidt, 2 Ben Okafor, 3 Clara Wiese, 4 Deniz Yilmaz\n"))
        #expect(
            run.stdout.hasSuffix(
                """
                Files: 4 read, 4 merged, 1 refused
                  ✖ a symbolic link that points outside the store; it is not read
                      store/claims-2026-01/c-101/zz-linked.yaml

                """))
        let document = try PanelRun.json(temp.run(["merge", "store/claims-2026-01/c-101", "--format", "json"]).stdout)
        let files = try #require(document["files"] as? [String: Any])
        #expect((files["read"] as? [String])?.contains("store/claims-2026-01/c-101/zz-linked.yaml") == false)
        let problems = try #require(files["refused"] as? [[String: Any]])
        #expect(problems.map { $0["code"] as? String } == ["outside-store"])
        #expect(problems.first?["files"] as? [String] == ["store/claims-2026-01/c-101/zz-linked.yaml"])
    }
}
