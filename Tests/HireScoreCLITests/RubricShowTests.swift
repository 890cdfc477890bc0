import Foundation
import Testing

/// `hirescore rubric show`.
@Suite struct RubricShowTests {
    static let shipped = ["--rubrics", TestPaths.shippedRubrics.path]

    @Test func claimsHandlerInEnglish() {
        let result = HireScoreProcess.run(["rubric", "show", "claims-handler"] + Self.shipped)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        let title = "Claims Handler, Property and Casualty Insurance"
        #expect(result.stdout.hasPrefix(title + "\n" + String(repeating: "=", count: title.count) + "\n"))
        #expect(result.stdout.contains("\nclaims-handler@3  sha256:"))
        for section in [
            "1. Customer orientation  (customer-orientation, weight 35%)",
            "2. Conversation skills  (conversation-skills, weight 25%)",
            "3. Technical expertise in claims handling  (technical-depth, weight 40%)",
        ] {
            #expect(result.stdout.contains("\n" + section + "\n"), "missing section \(section)")
        }
        #expect(result.stdout.contains("  Ownership of the claim [ownership]"))
        #expect(
            result.stdout.contains(
                "    1: Presents the delay as someone else's problem (\"the adjuster was just slow\")"))
        #expect(result.stdout.contains("\nDecision rules\n"))
        #expect(!result.stdout.contains("Kundenorientierung"))
    }

    @Test func claimsHandlerInGerman() {
        let result = HireScoreProcess.run(["rubric", "show", "--lang", "de", "claims-handler@3"] + Self.shipped)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Sachbearbeiter*in Schadenregulierung (Sach- und Haftpflichtversicherung)\n"))
        #expect(result.stdout.contains("\nclaims-handler@3  sha256:"))
        #expect(result.stdout.contains("\n1. Kundenorientierung  (customer-orientation, Gewicht 35 %)\n"))
        #expect(
            result.stdout.contains("\n2. Gesprächsführung und Kommunikation  (conversation-skills, Gewicht 25 %)\n"))
        #expect(result.stdout.contains("\n3. Fachkompetenz Schadenregulierung  (technical-depth, Gewicht 40 %)\n"))
        #expect(result.stdout.contains("  Verantwortung für den Schadenfall übernehmen [ownership]"))
        #expect(result.stdout.contains("    1: Stellt die Verzögerung als Problem der anderen Stelle dar"))
        #expect(result.stdout.contains("\nEntscheidungsregeln\n"))
        #expect(!result.stdout.contains("Customer orientation"))
        #expect(!result.stdout.contains("Presents the delay"))
    }

    @Test func fixtureRubricInBothLanguages() {
        let english = HireScoreProcess.run(
            ["rubric", "show", "--rubrics", "valid", "mini-claims"], currentDirectory: TestPaths.fixtures)
        #expect(english.exitCode == 0)
        #expect(english.stdout.hasPrefix("Mini claims handler\n===================\nmini-claims@2  sha256:"))
        #expect(english.stdout.contains("  - [settle-claims] Settles claims independently\n"))
        #expect(english.stdout.contains("\n3. Technical expertise  (technical-depth, weight 40%)\n"))
        #expect(english.stdout.contains("    4: Checks that the customer has understood.\n"))
        let german = HireScoreProcess.run(
            ["rubric", "show", "--rubrics", "valid", "--lang", "de", "mini-claims"],
            currentDirectory: TestPaths.fixtures)
        #expect(german.exitCode == 0)
        #expect(german.stdout.hasPrefix("Mini-Schadenregulierung\n=======================\nmini-claims@2  sha256:"))
        #expect(german.stdout.contains("  - [settle-claims] Reguliert Schäden eigenständig\n"))
        #expect(german.stdout.contains("    4: Prüft, ob die Kundschaft verstanden hat.\n"))
    }

    @Test func unknownRubricNamesTheKnownOnes() {
        let result = HireScoreProcess.run(["rubric", "show", "no-such-rubric"] + Self.shipped)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                error: no rubric 'no-such-rubric' in \(TestPaths.shippedRubrics.path)
                  known rubrics: \(shippedRubricIDs.joined(separator: ", "))

                """)
    }

    @Test func nearMissSuggestsTheRubric() {
        let result = HireScoreProcess.run(
            ["rubric", "show", "claims-handlr", "--rubrics", "rubrics"], currentDirectory: TestPaths.packageRoot)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                error: no rubric 'claims-handlr' in rubrics; did you mean 'claims-handler'?
                  known rubrics: \(shippedRubricIDs.joined(separator: ", "))

                """)
    }

    @Test func nearMissInGerman() {
        let result = HireScoreProcess.run(
            ["rubric", "show", "--lang", "de", "claims-handlr", "--rubrics", "rubrics"],
            currentDirectory: TestPaths.packageRoot)
        #expect(result.exitCode == 1)
        #expect(
            result.stderr == """
                Fehler: keine Bewertungsvorlage 'claims-handlr' in rubrics; meinten Sie 'claims-handler'?
                  bekannte Vorlagen: \(shippedRubricIDs.joined(separator: ", "))

                """)
    }

    @Test func unknownVersionFails() {
        let result = HireScoreProcess.run(
            ["rubric", "show", "--rubrics", "valid", "mini-claims@1"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("error: no rubric 'mini-claims@1' in valid"))
        #expect(result.stderr.hasSuffix("  known rubrics: mini-claims, mini-desk\n"))
    }

    @Test func brokenRubricShowsItsErrorsInsteadOfLookingMissing() {
        let result = HireScoreProcess.run(
            ["rubric", "show", "--rubrics", "broken-folder", "broken-desk"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                broken-folder/zz-broken.yaml:39:9: error: unknown key 'anchor' in criterion 'friendliness'
                        anchor:
                        ^
                  hint: did you mean 'anchors'?
                1 error and 0 warnings in 3 files
                error: no rubric 'broken-desk' in broken-folder
                  known rubrics: mini-claims, mini-desk

                """)
    }

    @Test func goodRubricBesideABrokenOneIsShown() {
        let result = HireScoreProcess.run(
            ["rubric", "show", "--rubrics", "broken-folder", "mini-desk"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Mini service desk\n"))
    }

    @Test func missingRubricFolderIsNamed() {
        let result = HireScoreProcess.run(
            ["rubric", "show", "--rubrics", "no-such-folder", "claims-handler"], currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("no-such-folder: error: no such file or folder\n"))
        #expect(result.stderr.hasSuffix("error: no rubric 'claims-handler' in no-such-folder\n  known rubrics: -\n"))
    }

    @Test func missingIDIsWrongUsage() {
        let result = HireScoreProcess.run(["rubric", "show"] + Self.shipped)
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Missing expected argument '<id>'"))
    }
}
