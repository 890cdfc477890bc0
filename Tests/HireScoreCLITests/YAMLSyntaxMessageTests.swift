import Foundation
import Testing

/// LibYAML's own syntax messages: paraphrased in German, as LibYAML wrote them in English, and the original kept
/// in `--format json` whatever the language.
@Suite struct YAMLSyntaxMessageTests {
    static func validate(_ arguments: [String]) -> (exitCode: Int32, stdout: String, stderr: String) {
        HireScoreProcess.run(
            ["rubric", "validate"] + arguments + ["yaml-syntax"], currentDirectory: TestPaths.fixtures)
    }

    @Test func german() {
        let run = Self.validate(["--lang", "de"])
        #expect(run.exitCode == 1)
        #expect(
            run.stdout == """
                yaml-syntax/dedented-key.yaml:5:2: error: YAML-Syntaxfehler: hier wurde ein Schlüssel erwartet (beim Lesen einer eingerückten Zuordnung, begonnen bei 2:1)
                 en: Title
                 ^
                yaml-syntax/indented-value.yaml:3:8: error: YAML-Syntaxfehler: ein Wert nach ':' ist hier nicht erlaubt (fehlen Anführungszeichen um einen Text mit ': '?)
                  title: y
                       ^
                yaml-syntax/unclosed-flow.yaml:4:8: error: YAML-Syntaxfehler: hier wurde ',' oder '}' erwartet (beim Lesen einer Zuordnung in { }, begonnen bei 3:8)
                version: 1
                       ^
                yaml-syntax/unclosed-quote.yaml:4:1: error: YAML-Syntaxfehler: die Datei endet unerwartet (beim Lesen eines Textes in Anführungszeichen, begonnen bei 3:8)

                ^
                yaml-syntax/undefined-alias.yaml:2:5: error: der Alias '*nowhere' nennt keinen Anker, der vor ihm definiert ist
                id: *nowhere
                    ^
                5 Fehler und 0 Warnungen in 5 Dateien

                """)
    }

    @Test func english() {
        let run = Self.validate(["--lang", "en"])
        #expect(run.exitCode == 1)
        #expect(
            run.stdout == """
                yaml-syntax/dedented-key.yaml:5:2: error: YAML syntax error: did not find expected key (while parsing a block mapping that starts at 2:1)
                 en: Title
                 ^
                yaml-syntax/indented-value.yaml:3:8: error: YAML syntax error: mapping values are not allowed in this context
                  title: y
                       ^
                yaml-syntax/unclosed-flow.yaml:4:8: error: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping that starts at 3:8)
                version: 1
                       ^
                yaml-syntax/unclosed-quote.yaml:4:1: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that starts at 3:8)

                ^
                yaml-syntax/undefined-alias.yaml:2:5: error: the alias '*nowhere' names no anchor defined before it
                id: *nowhere
                    ^
                5 errors and 0 warnings in 5 files

                """)
    }

    @Test("--format json keeps LibYAML's English in 'original' beside the German message")
    func jsonKeepsTheOriginal() throws {
        let run = Self.validate(["--lang", "de", "--format", "json"])
        let document = try PanelRun.json(run.stdout)
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        let pairs = entries.map { ($0["message"] as? String ?? "", $0["original"] as? String) }
        #expect(pairs.count == 5)
        #expect(
            pairs[0].0
                == "YAML-Syntaxfehler: hier wurde ein Schlüssel erwartet (beim Lesen einer eingerückten Zuordnung, begonnen bei 2:1)"
        )
        #expect(pairs[0].1 == "did not find expected key (while parsing a block mapping that starts at 2:1)")
        #expect(pairs[1].1 == "mapping values are not allowed in this context")
        #expect(pairs[3].1 == "found unexpected end of stream (while scanning a quoted scalar that starts at 3:8)")
        // Only syntax errors have an original: the alias message is HireScore's own.
        #expect(pairs[4].1 == nil)
    }
}
