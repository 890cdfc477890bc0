import Foundation
import Testing

/// `score` and `merge` of a few scorecards load only the rubrics the cards name: a broken rubric that no card
/// names no longer matters, the outputs are those of a load of every rubric byte for byte, and a card naming an
/// unknown rubric still gets every rubric file's errors and the did-you-mean of the whole folder.
@Suite struct SelectiveRubricTests {
    /// A copy of the shipped rubrics with two broken rubrics beside them: a YAML syntax error (whose id cannot be
    /// told, so it is always loaded) and a copy of sales-back-office as `zz-other` with `version: seven`.
    static func rubricsWithBrokenNeighbours() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hirescore-selective-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: TestPaths.shippedRubrics, to: folder)
        try "id: [broken\n".write(
            to: folder.appendingPathComponent("aa-broken.yaml"), atomically: true, encoding: .utf8)
        let sales = try String(
            contentsOf: TestPaths.shippedRubrics.appendingPathComponent("sales-back-office.yaml"), encoding: .utf8)
        try sales.replacingOccurrences(
            of: "\nid: sales-back-office\nversion: 3\n", with: "\nid: zz-other\nversion: seven\n"
        )
        .write(to: folder.appendingPathComponent("zz-other.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: ["text", "json"])
    func scoreIgnoresBrokenUnrelatedRubrics(format: String) throws {
        let rubrics = try Self.rubricsWithBrokenNeighbours()
        defer { try? FileManager.default.removeItem(at: rubrics) }
        let card = MergeCommandTests.c102 + "/anna-schmidt.yaml"
        let shipped = HireScoreProcess.run(
            ["score", card, "--rubrics", TestPaths.shippedRubrics.path, "--format", format, "--lang", "en"],
            currentDirectory: TestPaths.packageRoot)
        let withBroken = HireScoreProcess.run(
            ["score", card, "--rubrics", rubrics.path, "--format", format, "--lang", "en"],
            currentDirectory: TestPaths.packageRoot)
        #expect(shipped.exitCode == 0)
        #expect(shipped.stderr == "")
        #expect(withBroken.exitCode == 0)
        #expect(withBroken.stderr == "")
        #expect(withBroken.stdout == shipped.stdout)
        #expect(shipped.stdout.contains("claims-handler"))
    }

    @Test func mergeOfOneCandidateIgnoresBrokenUnrelatedRubrics() throws {
        let rubrics = try Self.rubricsWithBrokenNeighbours()
        defer { try? FileManager.default.removeItem(at: rubrics) }
        let shipped = HireScoreProcess.run(
            ["merge", MergeCommandTests.c102, "--rubrics", TestPaths.shippedRubrics.path, "--lang", "en"],
            currentDirectory: TestPaths.packageRoot)
        let withBroken = HireScoreProcess.run(
            ["merge", MergeCommandTests.c102, "--rubrics", rubrics.path, "--lang", "en"],
            currentDirectory: TestPaths.packageRoot)
        #expect(shipped.exitCode == 0)
        #expect(withBroken.exitCode == 0)
        #expect(withBroken.stderr == shipped.stderr)
        #expect(withBroken.stdout == shipped.stdout)
    }

    /// A card naming a misspelt rubric: every rubric is loaded after all, so the broken files' errors show (one
    /// of them may be why the rubric is unknown) and the hint names the closest id of the whole folder.
    @Test func unknownRubricStillReportsTheWholeFolder() throws {
        let rubrics = try Self.rubricsWithBrokenNeighbours()
        defer { try? FileManager.default.removeItem(at: rubrics) }
        let folder = rubrics.deletingLastPathComponent()
            .appendingPathComponent("hirescore-selective-card-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent(MergeCommandTests.c102 + "/anna-schmidt.yaml"),
            encoding: .utf8)
        let card = folder.appendingPathComponent("card.yaml")
        try text.replacingOccurrences(of: "  id: claims-handler\n", with: "  id: claims-handlr\n")
            .write(to: card, atomically: true, encoding: .utf8)
        let run = HireScoreProcess.run(
            ["score", card.path, "--rubrics", rubrics.path, "--lang", "en"], currentDirectory: folder)
        #expect(run.exitCode == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                \(rubrics.path)/aa-broken.yaml:2:1: error: YAML syntax error: did not find expected ',' or ']' \
                (while parsing a flow sequence that starts at 1:5)

                ^
                \(rubrics.path)/zz-other.yaml:5:10: error: 'version' must be a whole number, found 'seven'
                version: seven
                         ^
                2 errors and 0 warnings in 7 files
                \(card.path):3:3: error: no rubric 'claims-handlr' version 3 is known
                  id: claims-handlr
                  ^
                  hint: did you mean 'claims-handler'?
                1 error and 0 warnings in 1 file

                """)
    }
}
