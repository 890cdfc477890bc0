import Foundation
import Testing

/// `hirescore rubric list`.
@Suite struct RubricListTests {
    /// The cells of a text table row (columns are separated by two or more spaces).
    static func cells(_ line: Substring) -> [String] {
        line.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The rubric entries of `rubric list --format json` output.
    static func jsonRubrics(_ text: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "hirescore/rubric-list@1")
        return try #require(document["rubrics"] as? [[String: Any]])
    }

    static func isFullHash(_ value: String?) -> Bool {
        guard let value, value.hasPrefix("sha256:"), value.count == 71 else { return false }
        return value.dropFirst(7).allSatisfy { "0123456789abcdef".contains($0) }
    }

    @Test func shippedRubricsAsTable() throws {
        let result = HireScoreProcess.run(["rubric", "list", "--rubrics", TestPaths.shippedRubrics.path])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count == 8, "header, rule, 5 rows and the final line break")
        #expect(Self.cells(lines[0]) == ["id", "version", "title", "languages", "hash"])
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })
        #expect(lines[7] == "")
        let rows = lines[2..<7].map(Self.cells)
        #expect(rows.map { $0[0] } == shippedRubricIDs)
        for row in rows {
            try #require(row.count == 5)
            // Version 3: interview plans (issue 18); the service desk rubric's version 4 adds its work sample (issue 17).
            #expect(row[1] == (row[0] == "it-service-desk-agent" ? "4" : "3"))
            #expect(row[3] == "de,en")
            #expect(row[4].hasPrefix("sha256:"))
            #expect(row[4].count == 19)
        }
        #expect(rows[2][2] == "Claims Handler, Property and Casualty Insurance")
        // Columns line up: every cell of the hash column starts where its header does.
        let hashColumn = try #require(lines[0].range(of: "hash")).lowerBound.utf16Offset(in: lines[0])
        for line in lines[2..<7] {
            #expect(line.dropFirst(hashColumn).hasPrefix("sha256:"))
        }
    }

    @Test func shippedRubricsAsJSON() throws {
        let result = HireScoreProcess.run([
            "rubric", "list", "--format", "json", "--rubrics", TestPaths.shippedRubrics.path,
        ])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        let rubrics = try Self.jsonRubrics(result.stdout)
        #expect(rubrics.count == 5)
        #expect(rubrics.map { $0["id"] as? String } == shippedRubricIDs)
        for rubric in rubrics {
            #expect(Self.isFullHash(rubric["hash"] as? String), "bad hash \(String(describing: rubric["hash"]))")
            #expect(rubric["version"] as? Int == (rubric["id"] as? String == "it-service-desk-agent" ? 4 : 3))
            #expect(rubric["languages"] as? [String] == ["de", "en"])
            #expect((rubric["file"] as? String)?.hasSuffix("/\(rubric["id"] as? String ?? "?").yaml") == true)
        }
    }

    @Test func tableHashIsThePrefixOfTheFullHash() throws {
        let text = HireScoreProcess.run(["rubric", "list", "--rubrics", "valid"], currentDirectory: TestPaths.fixtures)
        let json = HireScoreProcess.run(
            ["rubric", "list", "--format", "json", "--rubrics", "valid"], currentDirectory: TestPaths.fixtures)
        #expect(text.exitCode == 0)
        #expect(json.exitCode == 0)
        let rubrics = try Self.jsonRubrics(json.stdout)
        #expect(rubrics.map { $0["id"] as? String } == ["mini-claims", "mini-desk"])
        #expect(rubrics.map { $0["file"] as? String } == ["valid/mini-claims.yaml", "valid/mini-desk.yaml"])
        #expect(rubrics.map { $0["version"] as? Int } == [2, 1])
        let hashes = rubrics.map { ($0["hash"] as? String ?? "").prefix(19) }
        #expect(rubrics.allSatisfy { Self.isFullHash($0["hash"] as? String) })
        #expect(hashes[0] != hashes[1])
        #expect(
            text.stdout == """
                id           version  title                languages  hash
                -----------  -------  -------------------  ---------  -------------------
                mini-claims  2        Mini claims handler  de,en      \(hashes[0])
                mini-desk    1        Mini service desk    de,en      \(hashes[1])

                """)
    }

    @Test func listInGerman() throws {
        let result = HireScoreProcess.run(
            ["rubric", "list", "--lang", "de", "--rubrics", "valid"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n")
        try #require(lines.count == 4)
        #expect(Self.cells(lines[0]) == ["Kennung", "Version", "Titel", "Sprachen", "Hash"])
        #expect(Self.cells(lines[2]).prefix(4) == ["mini-claims", "2", "Mini-Schadenregulierung", "de,en"])
        #expect(Self.cells(lines[3]).prefix(4) == ["mini-desk", "1", "Mini-Servicedesk", "de,en"])
    }

    @Test func rubricFolderFromTheEnvironment() throws {
        let folder = TestPaths.fixtures.appendingPathComponent("valid").path
        let result = HireScoreProcess.run(
            ["rubric", "list", "--format", "json"], environment: ["HIRESCORE_RUBRICS": folder],
            currentDirectory: TestPaths.packageRoot)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        let rubrics = try Self.jsonRubrics(result.stdout)
        #expect(rubrics.map { $0["id"] as? String } == ["mini-claims", "mini-desk"])
    }

    @Test func rubricsOptionBeatsTheEnvironment() throws {
        let folder = TestPaths.fixtures.appendingPathComponent("valid").path
        let result = HireScoreProcess.run(
            ["rubric", "list", "--format", "json", "--rubrics", TestPaths.shippedRubrics.path],
            environment: ["HIRESCORE_RUBRICS": folder])
        #expect(result.exitCode == 0)
        let rubrics = try Self.jsonRubrics(result.stdout)
        #expect(rubrics.map { $0["id"] as? String } == shippedRubricIDs)
    }

    @Test func withoutOptionOrEnvironmentTheFolderIsRubrics() throws {
        let result = HireScoreProcess.run(
            ["rubric", "list", "--format", "json"], currentDirectory: TestPaths.packageRoot)
        #expect(result.exitCode == 0)
        let rubrics = try Self.jsonRubrics(result.stdout)
        #expect(rubrics.map { $0["file"] as? String } == shippedRubricIDs.map { "rubrics/\($0).yaml" })
    }

    @Test func brokenRubricIsReportedAndFails() throws {
        let result = HireScoreProcess.run(
            ["rubric", "list", "--rubrics", "broken-folder"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        let lines = result.stdout.split(separator: "\n")
        try #require(lines.count == 4)
        #expect(Self.cells(lines[0]) == ["id", "version", "title", "languages", "hash"])
        #expect(lines[2...].map { Self.cells($0)[0] } == ["mini-claims", "mini-desk"])
        #expect(
            result.stderr == """
                broken-folder/zz-broken.yaml:39:9: error: unknown key 'anchor' in criterion 'friendliness'
                        anchor:
                        ^
                  hint: did you mean 'anchors'?
                1 error and 0 warnings in 3 files
                note: rubrics with errors are missing above; check them with 'hirescore rubric validate'.

                """)
    }

    @Test func brokenRubricAsJSONStillListsTheGoodOnes() throws {
        let result = HireScoreProcess.run(
            ["rubric", "list", "--format", "json", "--rubrics", "broken-folder"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        let rubrics = try Self.jsonRubrics(result.stdout)
        #expect(rubrics.map { $0["id"] as? String } == ["mini-claims", "mini-desk"])
        #expect(
            result.stderr.contains(
                "broken-folder/zz-broken.yaml:39:9: error: unknown key 'anchor' in criterion 'friendliness'\n"))
    }

    @Test func missingRubricFolderFails() {
        let result = HireScoreProcess.run(
            ["rubric", "list", "--rubrics", "no-such-folder"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasSuffix("No rubrics in no-such-folder.\n"))
        #expect(result.stderr.hasPrefix("no-such-folder: error: no such file or folder\n"))
    }
}
