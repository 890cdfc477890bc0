import ScoringCore

/// What `hirescore docs` (and the `generate-rubric-docs` plugin through it) says about its run, in both languages.
package enum DocsCommandMessages: MessageCatalogue {
    /// The closing line when a rubric has an error: nothing is written.
    package static let rubricsHaveErrors = LocalizedText(
        en: "the rubrics have errors; nothing was written",
        de: "die Bewertungsvorlagen haben Fehler; es wurde nichts geschrieben")

    /// The rubric folder or files hold no rubric.
    package static func noRubrics(in source: String) -> LocalizedText {
        .init(en: "no rubrics in \(source)", de: "keine Bewertungsvorlagen in \(source)")
    }

    /// The output folder cannot be created because a file stands where a folder is needed.
    package static func outputBlocked(_ output: String, by file: String) -> LocalizedText {
        .init(
            en: "cannot create the output folder \(output): \(file) is a file, not a folder",
            de: "der Ausgabeordner \(output) kann nicht angelegt werden: \(file) ist eine Datei, kein Ordner")
    }

    /// Writing into the output folder failed.
    package static func cannotWrite(to output: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot write to the output folder \(output): \(reason)",
            de: "der Ausgabeordner \(output) ist nicht beschreibbar: \(reason)")
    }

    /// "1 file" / "3 files".
    package static func files(_ count: Int) -> LocalizedText {
        .init(
            en: count == 1 ? "1 file" : "\(count) files",
            de: count == 1 ? "1 Datei" : "\(count) Dateien")
    }

    /// A run that wrote files: "wrote 3 files to out", with what was already current after it.
    package static func wrote(_ written: Int, to output: String, unchanged: Int) -> LocalizedText {
        let en = "wrote \(files(written).text(in: .en)) to \(output)"
        let de = "\(files(written).text(in: .de)) nach \(output) geschrieben"
        guard unchanged > 0 else { return .init(en: en, de: de) }
        return .init(en: en + " (\(unchanged) unchanged)", de: de + " (\(unchanged) unverändert)")
    }

    /// A run that had nothing to write: "12 files up to date in out".
    package static func upToDate(_ count: Int, in output: String) -> LocalizedText {
        .init(
            en: "\(files(count).text(in: .en)) up to date in \(output)",
            de: "\(files(count).text(in: .de)) in \(output) aktuell")
    }

    /// `--check` found nothing to change: "12 files up to date".
    package static func checkedUpToDate(_ count: Int) -> LocalizedText {
        .init(en: "\(files(count).text(in: .en)) up to date", de: "\(files(count).text(in: .de)) aktuell")
    }

    /// After a file that `--check` found in the output folder but no rubric generates any more.
    package static let leftOver = LocalizedText(
        en: " (left over: no longer generated)", de: " (veraltet: keine Vorlage mehr)")

    /// `--check` found stale files (listed, indented, after this line's text).
    package static func outOfDate(_ list: String) -> LocalizedText {
        .init(
            en:
                "the generated docs are out of date:\n\(list)\n  regenerate them with: swift package --allow-writing-to-package-directory generate-rubric-docs",
            de:
                "die erzeugten Dokumente sind nicht aktuell:\n\(list)\n  neu erzeugen mit: swift package --allow-writing-to-package-directory generate-rubric-docs"
        )
    }

    /// The templates could not be prepared (a defect of the build, not of the rubrics).
    package static func templatesBroken(_ reason: String) -> LocalizedText {
        .init(
            en: "the document templates cannot be read: \(reason)",
            de: "die Dokumentvorlagen sind nicht lesbar: \(reason)")
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("rubricsHaveErrors", rubricsHaveErrors), ("noRubrics", noRubrics(in: "rubrics")),
        ("outputBlocked", outputBlocked("docs", by: "docs")),
        ("cannotWrite", cannotWrite(to: "docs", reason: "Permission denied")), ("files", files(2)),
        ("files(1)", files(1)), ("wrote", wrote(2, to: "docs", unchanged: 0)),
        ("wrote(unchanged)", wrote(2, to: "docs", unchanged: 10)), ("upToDate", upToDate(12, in: "docs")),
        ("checkedUpToDate", checkedUpToDate(12)), ("leftOver", leftOver), ("outOfDate", outOfDate("  docs/a.md")),
        ("templatesBroken", templatesBroken("unclosed section")),
    ]
}
