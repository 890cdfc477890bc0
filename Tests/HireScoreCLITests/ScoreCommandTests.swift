import Foundation
import TestSupport
import Testing

/// `hirescore score FILE`: golden output of the shipped claims-handler rubric, the bad-input rules,
/// n/a never counted as zero, and knock-outs overriding a high average.
///
/// Golden files live in `Tests/HireScoreCLITests/Fixtures/score/expected-{en,de}.{txt,json}` and are
/// compared byte for byte with what the built binary prints for `ratings-claims-handler.yaml`.
/// To regenerate them on purpose (after a deliberate change of the report), run
///
///     HIRESCORE_UPDATE_GOLDEN=1 swift test --filter HireScoreCLITests.ScoreCommandTests
///
/// which rewrites the golden files in the source tree instead of comparing; then read the diff
/// critically (every number, the German text) before committing it.
///
/// Every run happens in a fresh temporary folder holding only a copy of the input file (with HOME
/// and HIRESCORE_STORE pointing into it), and the folder is compared afterwards: `score` never writes.
@Suite struct ScoreCommandTests {
    /// The fixtures of this suite in the source tree (not the bundle copy), so golden files can be rewritten.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("score")
    /// The ratings file the golden files are made from (a copy of examples/ratings-claims-handler.yaml).
    static let example = "ratings-claims-handler.yaml"

    // MARK: - Golden output

    @Test(arguments: [
        ("en", "text", "expected-en.txt"), ("de", "text", "expected-de.txt"),
        ("en", "json", "expected-en.json"), ("de", "json", "expected-de.json"),
    ])
    func goldenOutput(language: String, format: String, golden: String) throws {
        let run = try ScoreRun(fixture: Self.example, arguments: ["--lang", language, "--format", format])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        #expect(run.wroteNothing)
        let goldenURL = Self.fixtures.appendingPathComponent(golden)
        if GoldenFiles.updating {
            try Data(run.stdout.utf8).write(to: goldenURL)
            return
        }
        guard let expected = try? String(contentsOf: goldenURL, encoding: .utf8) else {
            Issue.record("missing golden file \(golden); run with HIRESCORE_UPDATE_GOLDEN=1 to create it")
            return
        }
        if let difference = GoldenFiles.firstDifference(expected: expected, actual: run.stdout) {
            Issue.record(
                """
                output of 'score --lang \(language) --format \(format)' differs from \(golden) \(difference)
                (if the change is intended, run with HIRESCORE_UPDATE_GOLDEN=1 and review the diff)
                """)
        }
    }

    /// The numbers of the golden example, worked out by hand from rubrics/claims-handler.yaml and
    /// checked against the JSON, so a regenerated golden file with a wrong number cannot slip through.
    @Test func goldenNumbersCheckedByHand() throws {
        let run = try ScoreRun(fixture: Self.example, arguments: ["--format", "json"])
        #expect(run.exitCode == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let sections = try #require(document["sections"] as? [[String: Any]])
        try #require(sections.count == 3)
        // Customer orientation, weights ownership 3, empathy 2, expectations 2, recovery 2 (n/a), internal 2:
        // (3×4 + 2×4 + 2×3 + 2×5) / 9 = 36 / 9 = 4.
        let customer: Double = 36.0 / 9
        // Conversation skills: interview (2×4 + 2×3 + 2×4 + 2×3) / 8 = 3.5; role-play de-escalation 4;
        // blended with the role-play weight 0.35: 0.65 × 3.5 + 0.35 × 4 = 3.675.
        let conversation: Double = 0.65 * 3.5 + 0.35 * 4
        // Technical depth, the weighted mean of the observed levels (weights claims-law 3, coverage 3, liability 2,
        // fraud 2, claims-system 1): (3×3 + 3×2 + 2×3 + 2×4 + 1×3) / 11 = 32 / 11 = 2.9091.
        let levels: [(weight: Double, level: Double)] = [(3, 3), (3, 2), (2, 3), (2, 4), (1, 3)]
        let technical: Double = levels.reduce(0.0) { $0 + $1.weight * $1.level } / 11
        // Overall: (35 × 4 + 25 × 3.675 + 40 × 2.9091) / 100 = 3.4824; 3 ≤ 3.48 < 4 is a yes by the score, but
        // coverage-assessment is a critical skill (required 3) rated 2: a knock-out caps the recommendation at no.
        let overall: Double = (35 * customer + 25 * conversation + 40 * technical) / 100
        let expectedScores = [customer, conversation, technical]
        for (section, expected) in zip(sections, expectedScores) {
            let score = section["score"] as? Double ?? .nan
            let id = section["id"] as? String ?? "?"
            #expect(abs(score - expected) < 0.0001, "section \(id): \(score) ≠ \(expected)")
        }
        #expect(sections.map { $0["rated"] as? Int } == [4, 5, 5])
        let overallEntry = try #require(document["overall"] as? [String: Any])
        let score = try #require(overallEntry["score"] as? Double)
        #expect(abs(score - overall) < 0.0001)
        #expect(abs(score - 3.4824) < 0.0001)
        // Coverage: 14 of 15 criteria rated (service-recovery is n/a) = 0.9333 ≥ 0.75.
        #expect(overallEntry["rated"] as? Int == 14)
        #expect(overallEntry["criteria"] as? Int == 15)
        #expect(abs((overallEntry["coverage"] as? Double ?? 0) - 14.0 / 15) < 0.0001)
        #expect(overallEntry["recommendation"] as? String == "no")
        let knockOuts = try #require(overallEntry["knock-outs"] as? [[String: Any]])
        #expect(knockOuts.map { $0["code"] as? String } == ["critical-skill-gap"])
        #expect(knockOuts.map { $0["section"] as? String } == ["technical-depth"])

        // The text shows the same numbers rounded half up, as a recruiter checking by hand would:
        // 3.675 is 3.68, not 3.67.
        let text = try ScoreRun(fixture: Self.example, arguments: [])
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Customer orientation (customer-orientation, weight 35%)  score 4.00  coverage 4/5"))
        #expect(lines.contains("  = section: 0.65×3.50 + 0.35×4.00 = 3.68"))
        #expect(lines.contains("Conversation skills (conversation-skills, weight 25%)  score 3.68  coverage 5/5"))
        #expect(
            lines.contains(
                "Technical expertise in claims handling (technical-depth, weight 40%)  score 2.91  coverage 5/5"))
        #expect(
            lines.contains(
                "  = gap to the required level (rated − required): claims-law ±0, coverage-assessment −1, liability-recourse ±0, fraud-indicators +1, claims-system ±0"
            ))
        #expect(
            lines.contains("  overall: weighted mean of the section scores (35×4.00 + 25×3.68 + 40×2.91) / 100 = 3.48"))
        #expect(lines.contains("  coverage: 14/15 (93%), minimum 75%"))
        #expect(
            lines.contains(
                "  ✖ knock-out [technical-depth]: critical skill 'Coverage assessment and loss calculation' is below its required level (observed 2, required 3)"
            ))
        #expect(lines.contains("Recommendation: NO"))
        #expect(lines.contains("  3 ≤ 3.48 < 4 (yes)"))
        #expect(lines.contains("  1 knock-out caps the recommendation at \"no\""))
    }

    /// German numbers have decimal commas and English ones decimal points, in every line of the text.
    @Test(arguments: ["de", "en"])
    func decimalSeparatorsMatchTheLanguage(language: String) throws {
        let run = try ScoreRun(fixture: Self.example, arguments: ["--lang", language])
        #expect(run.exitCode == 0)
        let wrong = language == "de" ? #/\d\.\d/# : #/\d,\d/#
        let offending = run.stdout.split(separator: "\n").filter { $0.contains(wrong) }
        #expect(offending.isEmpty, "lines with the other language's decimal separator: \(offending)")
        #expect(run.stdout.contains(language == "de" ? "Wert 3,68" : "score 3.68"))
    }

    // MARK: - Bad input

    /// One bad input and the exact error it must give.
    struct BadInput: Sendable, CustomTestStringConvertible {
        let fixture: String
        let stderr: String
        var testDescription: String { fixture }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            fixture: "rating-off-scale.yaml",
            stderr: """
                rating-off-scale.yaml:9:12: error: the rating 7 of 'empathy' is outside the scale 1..5
                  empathy: 7
                           ^
                  hint: rate 1..5, or n/a when not assessed
                1 error and 0 warnings in 1 file

                """),
        BadInput(
            fixture: "unknown-criterion.yaml",
            stderr: """
                unknown-criterion.yaml:9:3: error: 'empaty' is not a criterion of rubric 'claims-handler@3'
                  empaty: 4
                  ^
                  hint: did you mean 'empathy'?
                1 error and 0 warnings in 1 file

                """),
        BadInput(
            fixture: "unknown-cefr-level.yaml",
            stderr: """
                unknown-cefr-level.yaml:10:7: error: 'C3' is not a CEFR level; use A1, A2, B1, B2, C1 or C2
                  de: C3
                      ^
                  hint: write n/a when it was not assessed
                1 error and 0 warnings in 1 file

                """),
        BadInput(
            fixture: "other-rubric-version.yaml",
            stderr: """
                other-rubric-version.yaml:3:3: error: no rubric 'claims-handler' version 4 is known
                  id: claims-handler
                  ^
                  hint: rubric 'claims-handler' exists in version 3; this scorecard was made for version 4
                1 error and 0 warnings in 1 file

                """),
        BadInput(
            fixture: "unknown-rubric-near-miss.yaml",
            stderr: """
                unknown-rubric-near-miss.yaml:3:3: error: no rubric 'claims-handlr' version 1 is known
                  id: claims-handlr
                  ^
                  hint: did you mean 'claims-handler'?
                1 error and 0 warnings in 1 file

                """),
        BadInput(
            fixture: "unknown-rubric.yaml",
            stderr: """
                unknown-rubric.yaml:3:3: error: no rubric 'underwriter' version 1 is known
                  id: underwriter
                  ^
                  hint: known rubrics: \(shippedRubricIDs.joined(separator: ", ")); pass --rubrics DIR to look elsewhere
                1 error and 0 warnings in 1 file

                """),
        BadInput(
            fixture: "hash-mismatch.yaml",
            stderr: """
                hash-mismatch.yaml:3:3: error: the scorecard was made for rubric 'claims-handler@3' with hash sha256:0123456789ab…, \
                but that rubric now has hash sha256:27ade695814f…
                  id: claims-handler
                  ^
                  hint: the rubric changed without a new version; restore it or raise its version
                1 error and 0 warnings in 1 file

                """),
        BadInput(
            fixture: "not-yaml.yaml",
            stderr: """
                not-yaml.yaml:1:35: error: YAML syntax error: mapping values are not allowed in this context
                Interview notes, c-2008: ownership: strong, empathy: good
                                                  ^
                1 error and 0 warnings in 1 file

                """),
    ]

    @Test(arguments: badInputs)
    func badInputIsAClearErrorAndNothingIsWritten(_ input: BadInput) throws {
        for format in ["text", "json"] {
            let run = try ScoreRun(fixture: input.fixture, arguments: ["--format", format])
            #expect(run.exitCode == 1)
            #expect(run.stdout == "")
            #expect(run.stderr == input.stderr)
            #expect(run.wroteNothing)
        }
    }

    @Test func missingFileIsAnError() throws {
        let run = try ScoreRun(fixture: nil, file: "no-such-ratings.yaml", arguments: [])
        #expect(run.exitCode == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                no-such-ratings.yaml: error: the file cannot be read (it does not exist or is not readable)
                1 error and 0 warnings in 1 file

                """)
        #expect(run.wroteNothing)
    }

    @Test func badInputInGerman() throws {
        let run = try ScoreRun(fixture: "rating-off-scale.yaml", arguments: ["--lang", "de"])
        #expect(run.exitCode == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                rating-off-scale.yaml:9:12: error: die Bewertung 7 von 'empathy' liegt außerhalb der Skala 1..5
                  empathy: 7
                           ^
                  Hinweis: bewerten Sie mit 1..5 oder n/a, wenn nicht beurteilt
                1 Fehler und 0 Warnungen in 1 Datei

                """)
        let missing = try ScoreRun(fixture: nil, file: "no-such-ratings.yaml", arguments: ["--lang", "de"])
        #expect(missing.exitCode == 1)
        #expect(
            missing.stderr == """
                no-such-ratings.yaml: error: die Datei kann nicht gelesen werden (sie existiert nicht oder ist nicht lesbar)
                1 Fehler und 0 Warnungen in 1 Datei

                """)
    }

    // MARK: - Scoring rules end to end

    /// One customer-orientation criterion rated 5, the other four n/a: the section score is 5.00, not
    /// 15 / 11 = 1.36 (n/a as zero), and there is no knock-out (n/a is not a red flag either).
    @Test func notAssessedIsNeverCountedAsZero() throws {
        let text = try ScoreRun(fixture: "na-not-zero.yaml", arguments: [])
        #expect(text.exitCode == 0)
        #expect(text.stderr == "")
        #expect(text.wroteNothing)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Customer orientation (customer-orientation, weight 35%)  score 5.00  coverage 1/5"))
        #expect(lines.contains("  Empathy in stressful loss situations                               n/a"))
        #expect(
            lines.contains(
                "  = Customer orientation: weighted mean of 1 rated criterion: (3×5) / 3 = 5.00; 4 n/a left out"))
        // The overall mean uses 5 for the section; technical depth is 3 on every skill, so 3.00:
        // (35×5 + 25×3 + 40×3) / 100 = 3.70.
        #expect(
            lines.contains("  overall: weighted mean of the section scores (35×5.00 + 25×3.00 + 40×3.00) / 100 = 3.70"))
        #expect(lines.contains("  knock-outs: none"))
        // 11 of 15 criteria rated is 73%, below the minimum 75%: no decision, whatever the score (and the four
        // customer-orientation criteria left n/a can knock out, which is a reason for no decision of its own).
        #expect(lines.contains("  coverage: 11/15 (73%), minimum 75%"))
        #expect(lines.contains("Recommendation: NO DECISION"))

        let german = try ScoreRun(fixture: "na-not-zero.yaml", arguments: ["--lang", "de"])
        #expect(
            german.stdout.contains(
                "\nKundenorientierung (customer-orientation, Gewicht 35 %)  Wert 5,00  Abdeckung 1/5\n"))
        #expect(
            german.stdout.contains(
                "\n  = Kundenorientierung: gewichtetes Mittel des 1 bewerteten Kriteriums: (3×5) / 3 = 5,00; 4 × n/a nicht gezählt\n"
            ))

        let json = try ScoreRun(fixture: "na-not-zero.yaml", arguments: ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let customer = try #require((document["sections"] as? [[String: Any]])?.first)
        #expect(customer["id"] as? String == "customer-orientation")
        #expect(customer["score"] as? Double == 5)
        #expect(customer["rated"] as? Int == 1)
        #expect(customer["criteria"] as? Int == 5)
        #expect((customer["knock-outs"] as? [Any])?.isEmpty == true)
        let ratings = try #require(customer["ratings"] as? [[String: Any]])
        #expect(ratings.map { $0["rating"] as? String } == ["5", "n/a", "n/a", "n/a", "n/a"])
        let overall = try #require(document["overall"] as? [String: Any])
        #expect(abs((overall["score"] as? Double ?? 0) - 3.7) < 0.0001)
        #expect(overall["recommendation"] as? String == "no-decision")
    }

    /// Everything 5 except one customer-orientation criterion rated 1: the average 4.75 would be a
    /// strong yes, but the red flag caps the recommendation at the rubric's knock-out cap, no.
    @Test func knockOutOverridesAHighAverage() throws {
        let text = try ScoreRun(fixture: "knock-out.yaml", arguments: [])
        #expect(text.exitCode == 0)
        #expect(text.stderr == "")
        #expect(text.wroteNothing)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // (3×5 + 2×1 + 2×5 + 2×5 + 2×5) / 11 = 47 / 11 = 4.27, above the section minimum 2.5: only the red flag.
        #expect(lines.contains("Customer orientation (customer-orientation, weight 35%)  score 4.27  coverage 5/5"))
        #expect(
            lines.contains(
                "  ✖ knock-out: red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1"
            ))
        // (35×4.2727 + 25×5 + 40×5) / 100 = 4.7455.
        #expect(
            lines.contains("  overall: weighted mean of the section scores (35×4.27 + 25×5.00 + 40×5.00) / 100 = 4.75"))
        #expect(
            lines.contains(
                "  ✖ knock-out [customer-orientation]: red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1"
            ))
        #expect(
            text.stdout.hasSuffix(
                """
                Recommendation: NO
                  4.75 ≥ 4 (strong yes)
                  1 knock-out caps the recommendation at "no"

                """))

        let german = try ScoreRun(fixture: "knock-out.yaml", arguments: ["--lang", "de"])
        #expect(
            german.stdout.hasSuffix(
                """
                Empfehlung: NEIN
                  4,75 ≥ 4 (klares Ja)
                  1 K.-o.-Kriterium begrenzt die Empfehlung auf „Nein“

                """))

        let json = try ScoreRun(fixture: "knock-out.yaml", arguments: ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let overall = try #require(document["overall"] as? [String: Any])
        #expect(overall["recommendation"] as? String == "no")
        #expect(abs((overall["score"] as? Double ?? 0) - 4.7455) < 0.0001)
        let knockOuts = try #require(overall["knock-outs"] as? [[String: Any]])
        #expect(knockOuts.count == 1)
        #expect(knockOuts.first?["code"] as? String == "red-flag")
        #expect(knockOuts.first?["section"] as? String == "customer-orientation")
    }
}

/// One `hirescore score` run in a fresh temporary folder that holds only a copy of the input file.
struct ScoreRun {
    let exitCode: Int32
    let stdout: String
    let stderr: String
    /// Whether the folder holds exactly what it held before the run, byte for byte.
    let wroteNothing: Bool

    /// Copies `fixture` (from Fixtures/score) into a fresh folder and runs `score FILE` there with the
    /// shipped rubrics; `file` is the name passed (defaults to the fixture's name).
    init(fixture: String?, file: String? = nil, arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hirescore-score-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let fixture {
            try FileManager.default.copyItem(
                at: ScoreCommandTests.fixtures.appendingPathComponent(fixture),
                to: folder.appendingPathComponent(fixture))
        }
        let before = try Self.snapshot(folder)
        // The snapshot must see the copied input, or comparing snapshots would prove nothing.
        guard before.count == (fixture == nil ? 0 : 1) else {
            throw SnapshotError(folder: folder.path, files: Array(before.keys))
        }
        let result = HireScoreProcess.run(
            ["score", file ?? fixture ?? "", "--rubrics", TestPaths.shippedRubrics.path] + arguments,
            environment: ["HOME": folder.path, "HIRESCORE_STORE": folder.appendingPathComponent("scorecards").path],
            currentDirectory: folder)
        exitCode = result.exitCode
        stdout = result.stdout
        stderr = result.stderr
        wroteNothing = try Self.snapshot(folder) == before
    }

    struct SnapshotError: Error {
        let folder: String
        let files: [String]
    }

    /// Every file below `folder` with its contents, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return files
        }
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            files[relative] = isDirectory.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: url)
        }
        return files
    }
}
