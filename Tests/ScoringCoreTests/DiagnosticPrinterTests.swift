import ScoringCore
import Testing

/// The German rendering of diagnostics, and the summary line.
@Suite("Diagnostic printer")
struct DiagnosticPrinterTests {
    @Test("German: an unknown key next to the missing key it was meant to be")
    func germanUnknownKey() {
        let file = RubricFixtures.path("rubrics/unknown-key.yaml")
        let loaded = RubricFixtures.load("rubrics/unknown-key.yaml")
        #expect(
            loaded.rendered(in: .de) == """
                \(file):68:9: error: unbekannter Schlüssel 'anchor' in Kriterium 'clarity'
                        anchor:
                        ^
                  Hinweis: meinten Sie 'anchors'?

                """)
    }

    @Test("German: thresholds out of order, with decimal commas")
    func germanThresholds() {
        let file = RubricFixtures.path("rubrics/thresholds-out-of-order.yaml")
        let loaded = RubricFixtures.load("rubrics/thresholds-out-of-order.yaml")
        #expect(
            loaded.rendered(in: .de) == """
                \(file):99:10: error: Entscheidungsschwellen in falscher Reihenfolge: 'yes' (2,4) muss größer sein als 'no' (2,5)
                    yes: 2.4
                         ^
                  Hinweis: die Schwellen müssen steigen: no < yes < strong-yes

                """)
    }

    @Test("German: a requirement written as text instead of a mapping, and a warning")
    func germanNotAMapping() {
        let text = """
            id: tiny
            version: 1
            languages: [de, en]
            title: Tiny
            description: Tiny
            role-family: testing
            owner: Tests
            effective-from: 2026-01-01
            requirements:
              - serve-customers
              - id: speak-clearly
                text: {de: Spricht klar}
            sections: []
            decision: {thresholds: {no: 2, yes: 3, strong-yes: 4}, minimum-coverage: 0.5, rationale: Tiny.}

            """
        let loaded = RubricFixtures.load(text: text, path: "tiny.yaml")
        #expect(loaded.codes == ["wrong-type", "unmeasured-requirement", "missing-translation", "no-sections"])
        #expect(loaded.severities == [.error, .warning, .error, .error])
        #expect(
            loaded.rendered(in: .de) == """
                tiny.yaml:10:5: error: bei einer Anforderung wird eine Zuordnung von Schlüsseln zu Werten erwartet, gefunden: 'serve-customers'
                  - serve-customers
                    ^
                tiny.yaml:11:9: warning: kein Kriterium misst die Anforderung 'speak-clearly'
                  - id: speak-clearly
                        ^
                  Hinweis: ergänzen Sie 'speak-clearly' unter 'measures' eines Kriteriums oder entfernen Sie die Anforderung
                tiny.yaml:12:11: error: in 'text' fehlt die Sprache 'en'
                    text: {de: Spricht klar}
                          ^
                  Hinweis: ergänzen Sie 'en: ...' in diesem Text
                tiny.yaml:13:11: error: 'sections' muss mindestens einen Abschnitt enthalten
                sections: []
                          ^

                """)
        #expect(
            loaded.rendered(in: .en).hasPrefix(
                """
                tiny.yaml:10:5: error: a requirement must be a mapping of keys to values, found 'serve-customers'
                """))
    }

    @Test("the summary line counts errors and warnings, in English and German")
    func summary() {
        let loaded = RubricFixtures.load("rubrics/unknown-requirement.yaml")
        let english = DiagnosticPrinter(language: .en, sources: loaded.result.sources)
        let german = DiagnosticPrinter(language: .de, sources: loaded.result.sources)
        #expect(english.summary(loaded.diagnostics, fileCount: 1) == "1 error and 1 warning in 1 file")
        #expect(german.summary(loaded.diagnostics, fileCount: 2) == "1 Fehler und 1 Warnung in 2 Dateien")
        #expect(english.summary([], fileCount: 5) == "no problems in 5 files")
        #expect(english.render(loaded.diagnostics, fileCount: 1).hasSuffix("\n1 error and 1 warning in 1 file\n"))
    }
}
