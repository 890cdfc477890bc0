import Foundation
import Testing

/// `hirescore rubric validate`.
@Suite struct RubricValidateTests {
    @Test(arguments: [false, true])
    func shippedRubricsHaveNoProblems(strict: Bool) {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--rubrics", TestPaths.shippedRubrics.path] + (strict ? ["--strict"] : []))
        #expect(result.exitCode == 0)
        #expect(result.stdout == "no problems in 5 files\n")
        #expect(result.stderr == "")
    }

    @Test func defaultFolderIsRubricsInTheCurrentDirectory() {
        let result = HireScoreProcess.run(["rubric", "validate", "--strict"], currentDirectory: TestPaths.packageRoot)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "no problems in 5 files\n")
    }

    /// The fixtures are deliberately minimal: one criterion per section, below the usual 3 to 6, is their only warning.
    @Test func fixtureRubricsAreClean() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--format", "json", "valid"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("\"errors\" : 0"), "\(result.stdout)")
        let codes = result.stdout.split(separator: "\n").filter { $0.contains("\"code\" :") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(codes == Array(repeating: "\"code\" : \"criteria-per-section\",", count: 4), "\(result.stdout)")
    }

    @Test func typoInKeyIsAnErrorWithAHint() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "single/typo-anchor.yaml"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                single/typo-anchor.yaml:22:5: warning: section 'customer-orientation' has 1 criterion; 3 to 6 are usual
                  - id: customer-orientation
                    ^
                  hint: with fewer than 3, the section's score rests on one rating: add criteria that observe the competency in other situations
                single/typo-anchor.yaml:39:9: error: unknown key 'anchor' in criterion 'friendliness'
                        anchor:
                        ^
                  hint: did you mean 'anchors'?
                1 error and 1 warning in 1 file

                """)
    }

    @Test func typoInKeyInGerman() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--lang", "de", "single/typo-anchor.yaml"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(
            result.stdout == """
                single/typo-anchor.yaml:22:5: warning: Abschnitt 'customer-orientation' hat 1 Kriterium; üblich sind 3 bis 6
                  - id: customer-orientation
                    ^
                  Hinweis: mit weniger als 3 beruht der Wert des Abschnitts auf einer Bewertung: ergänzen Sie Kriterien, die die Kompetenz in anderen Situationen beobachten
                single/typo-anchor.yaml:39:9: error: unbekannter Schlüssel 'anchor' in Kriterium 'friendliness'
                        anchor:
                        ^
                  Hinweis: meinten Sie 'anchors'?
                1 Fehler und 1 Warnung in 1 Datei

                """)
    }

    @Test func languageComesFromTheLocale() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "single/typo-anchor.yaml"], environment: ["LANG": "de_DE.UTF-8"],
            currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasSuffix("1 Fehler und 1 Warnung in 1 Datei\n"))
        let english = HireScoreProcess.run(
            ["rubric", "validate", "--lang", "en", "single/typo-anchor.yaml"], environment: ["LANG": "de_DE.UTF-8"],
            currentDirectory: TestPaths.fixtures)
        #expect(english.stdout.hasSuffix("1 error and 1 warning in 1 file\n"))
    }

    /// For editors and CI the keywords stay English under a German locale; the messages follow the language.
    @Test func toolFormatsKeepEnglishKeywordsUnderAGermanLocale() {
        let plain = HireScoreProcess.run(
            ["rubric", "validate", "--format", "plain", "single/typo-anchor.yaml"],
            environment: ["LANG": "de_DE.UTF-8"], currentDirectory: TestPaths.fixtures)
        #expect(plain.exitCode == 1)
        #expect(plain.stderr == "")
        #expect(
            plain.stdout == """
                single/typo-anchor.yaml:22:5: warning: Abschnitt 'customer-orientation' hat 1 Kriterium; üblich sind 3 bis 6; hint: mit weniger als 3 beruht der Wert des Abschnitts auf einer Bewertung: ergänzen Sie Kriterien, die die Kompetenz in anderen Situationen beobachten [criteria-per-section]
                single/typo-anchor.yaml:39:9: error: unbekannter Schlüssel 'anchor' in Kriterium 'friendliness'; hint: meinten Sie 'anchors'? [unknown-key]

                """)
        let github = HireScoreProcess.run(
            ["rubric", "validate", "--format", "github", "--lang", "en", "single/typo-anchor.yaml"],
            environment: ["LANG": "de_DE.UTF-8"], currentDirectory: TestPaths.fixtures)
        #expect(github.exitCode == 1)
        #expect(
            github.stdout == """
                ::warning file=single/typo-anchor.yaml,line=22,col=5,title=hirescore criteria-per-section::section 'customer-orientation' has 1 criterion; 3 to 6 are usual%0Ahint: with fewer than 3, the section's score rests on one rating: add criteria that observe the competency in other situations
                ::error file=single/typo-anchor.yaml,line=39,col=9,title=hirescore unknown-key::unknown key 'anchor' in criterion 'friendliness'%0Ahint: did you mean 'anchors'?

                """)
        // The text for people is German, and its keywords stay English like a compiler's.
        let text = HireScoreProcess.run(
            ["rubric", "validate", "single/typo-anchor.yaml"], environment: ["LANG": "de_DE.UTF-8"],
            currentDirectory: TestPaths.fixtures)
        #expect(text.stdout.contains(": error: unbekannter Schlüssel 'anchor'"))
    }

    @Test func typoInKeyAsJSON() throws {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--format", "json", "single/typo-anchor.yaml"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "hirescore/diagnostics@1")
        #expect(document["files"] as? Int == 1)
        #expect(document["errors"] as? Int == 1)
        #expect(document["warnings"] as? Int == 1)
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        try #require(entries.count == 2)
        #expect(entries[0]["code"] as? String == "criteria-per-section")
        let typo = entries[1]
        #expect(typo["file"] as? String == "single/typo-anchor.yaml")
        #expect(typo["line"] as? Int == 39)
        #expect(typo["column"] as? Int == 9)
        #expect(typo["severity"] as? String == "error")
        #expect(typo["code"] as? String == "unknown-key")
        #expect(typo["message"] as? String == "unknown key 'anchor' in criterion 'friendliness'")
        #expect(typo["hint"] as? String == "did you mean 'anchors'?")
    }

    @Test func typoInKeyAsJSONInGerman() throws {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--format", "json", "--lang", "de", "single/typo-anchor.yaml"],
            currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        try #require(entries.count == 2)
        #expect(entries[1]["message"] as? String == "unbekannter Schlüssel 'anchor' in Kriterium 'friendliness'")
        #expect(entries[1]["hint"] as? String == "meinten Sie 'anchors'?")
        // Severity and code are stable identifiers, not translated.
        #expect(entries[1]["severity"] as? String == "error")
        #expect(entries[1]["code"] as? String == "unknown-key")
    }

    @Test func shippedRubricsAsJSON() throws {
        let result = HireScoreProcess.run([
            "rubric", "validate", "--format", "json", "--rubrics", TestPaths.shippedRubrics.path,
        ])
        #expect(result.exitCode == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "hirescore/diagnostics@1")
        #expect(document["files"] as? Int == 5)
        #expect(document["errors"] as? Int == 0)
        #expect((document["diagnostics"] as? [Any])?.isEmpty == true)
    }

    static let warningText = """
        single/warning-only.yaml:20:9: warning: no criterion measures requirement 'write-tickets'
          - id: write-tickets
                ^
          hint: add 'write-tickets' to the 'measures' of a criterion, or remove the requirement
        single/warning-only.yaml:26:5: warning: section 'customer-orientation' has 1 criterion; 3 to 6 are usual
          - id: customer-orientation
            ^
          hint: with fewer than 3, the section's score rests on one rating: add criteria that observe the competency in other situations
        0 errors and 2 warnings in 1 file

        """

    @Test func warningAloneDoesNotFail() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "single/warning-only.yaml"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 0)
        #expect(result.stdout == Self.warningText)
    }

    @Test func warningFailsWhenStrict() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--strict", "single/warning-only.yaml"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout == Self.warningText)
    }

    @Test func warningAsJSON() throws {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--format", "json", "--strict", "single/warning-only.yaml"],
            currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["errors"] as? Int == 0)
        #expect(document["warnings"] as? Int == 2)
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(entries.first?["severity"] as? String == "warning")
        #expect(entries.first?["code"] as? String == "unmeasured-requirement")
    }

    @Test func nonexistentPathIsAnError() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "no-such-file.yaml"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(
            result.stdout == """
                no-such-file.yaml: error: no such file or folder
                  hint: check the path, or pass --rubrics DIR
                1 error and 0 warnings in 0 files

                """)
    }

    @Test func nonexistentRubricFolderIsAnError() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "--rubrics", "no-such-folder"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasPrefix("no-such-folder: error: no such file or folder\n"))
    }

    @Test func everyProblemOfEveryFileIsReported() {
        let result = HireScoreProcess.run(
            ["rubric", "validate", "single/warning-only.yaml", "broken-folder"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        // The minimal fixtures' one-criterion sections (criteria-per-section) are left out of the comparison.
        let headers = result.stdout.split(separator: "\n").filter {
            ($0.contains(": error: ") || $0.contains(": warning: ")) && !$0.contains("3 to 6 are usual")
        }
        #expect(
            headers == [
                "broken-folder/zz-broken.yaml:39:9: error: unknown key 'anchor' in criterion 'friendliness'",
                "single/warning-only.yaml:20:9: warning: no criterion measures requirement 'write-tickets'",
            ])
        #expect(result.stdout.hasSuffix("1 error and 7 warnings in 4 files\n"))
    }
}
