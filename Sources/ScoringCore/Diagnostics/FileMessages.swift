/// The messages and hints about a file as a whole (``RubricLoader``, ``Diagnostic/init(yamlError:file:)``): a path
/// that names nothing, a folder without rubrics, a file too large or unreadable, YAML that cannot be read, a rubric
/// defined twice; each with its German and English text.
///
/// They show as diagnostics wherever rubrics or scorecards are read (`hirescore rubric validate`, `score`, `merge`).
enum FileMessages: MessageCatalogue {
    /// A path that names no file or folder.
    static let noSuchFile = LocalizedText(en: "no such file or folder", de: "Datei oder Ordner nicht gefunden")
    /// The hint for a path that names nothing.
    static let checkPathOrRubrics = LocalizedText(
        en: "check the path, or pass --rubrics DIR", de: "prüfen Sie den Pfad oder geben Sie --rubrics DIR an")
    /// A folder given for rubrics holds no `.yaml` files.
    static let noRubricFiles = LocalizedText(
        en: "the folder holds no rubric files (*.yaml)", de: "der Ordner enthält keine Bewertungsvorlagen (*.yaml)")
    /// The hint for a rubric file larger than the limit (``StoreMessages/fileTooLarge(_:limit:)``).
    static let rubricFarSmaller = LocalizedText(
        en: "a rubric is far smaller; check that this is the right file",
        de: "eine Bewertungsvorlage ist viel kleiner; prüfen Sie, ob dies die richtige Datei ist")
    /// A file that cannot be read.
    static let cannotBeRead = LocalizedText(en: "the file cannot be read", de: "die Datei kann nicht gelesen werden")
    /// The hint for a file that cannot be read.
    static let checkExistsAndReadable = LocalizedText(
        en: "check that it exists and that you may read it", de: "prüfen Sie, ob sie existiert und lesbar ist")
    /// A rubric id and version defined in two files.
    static func duplicateRubric(_ id: String, version: Int, firstFile: String) -> LocalizedText {
        .init(
            en: "rubric '\(id)' version \(version) is also defined in \(firstFile)",
            de: "Bewertungsvorlage '\(id)' Version \(version) ist auch in \(firstFile) definiert")
    }
    /// The hint for a rubric defined twice.
    static let raiseVersionOrRemoveCopy = LocalizedText(
        en: "raise 'version' in one of them, or remove the copy",
        de: "erhöhen Sie 'version' in einer der beiden oder entfernen Sie die Kopie")

    /// The hint for a tab in the indentation.
    static let indentWithSpaces = LocalizedText(
        en: "indent with spaces, not tabs", de: "rücken Sie mit Leerzeichen ein, nicht mit Tabulatoren")
    /// The hint for a control character in the file.
    static let removeControlCharacter = LocalizedText(
        en: "remove the character; the file may be binary or corrupted",
        de: "entfernen Sie das Zeichen; die Datei ist vielleicht binär oder beschädigt")
    /// A file over the YAML reader's size limit; `message` is the reader's English message.
    static func yamlTooLarge(_ message: String) -> LocalizedText {
        .init(en: message, de: "die Datei ist größer als die erlaubte Grenze (\(message))")
    }
    /// The hint for a file over the YAML reader's size limit.
    static let checkRightFile = LocalizedText(
        en: "check that this is the right file", de: "prüfen Sie, ob dies die richtige Datei ist")
    /// A file that is not UTF-8; `message` is the reader's English message.
    static func notUTF8(_ message: String) -> LocalizedText {
        .init(en: message, de: "die Datei ist nicht gültig UTF-8-kodiert")
    }
    /// The hint for a file that is not UTF-8.
    static let saveAsUTF8 = LocalizedText(en: "save the file as UTF-8", de: "speichern Sie die Datei als UTF-8")
    /// A file with several YAML documents.
    static let multipleDocuments = LocalizedText(
        en: "the file holds more than one YAML document", de: "die Datei enthält mehr als ein YAML-Dokument")
    /// The hint for several YAML documents.
    static let oneDocumentPerFile = LocalizedText(
        en: "keep one document per file and remove the '---' separator",
        de: "ein Dokument pro Datei; entfernen Sie den Trenner '---'")
    /// An empty file.
    static let emptyFile = LocalizedText(en: "the file is empty", de: "die Datei ist leer")
    /// A document over the reader's node or depth budget; `message` is the reader's English message.
    static func budgetExceeded(_ message: String) -> LocalizedText {
        .init(en: message, de: "das Dokument ist zu tief verschachtelt oder seine Aliase zu groß (\(message))")
    }
    /// The hint for a document over the budget.
    static let removeAliases = LocalizedText(
        en: "remove the aliases or nesting that blow the document up",
        de: "entfernen Sie die Aliase oder Verschachtelungen, die das Dokument aufblähen")
    /// Any other error of the YAML reader, in its own (English) words in both languages.
    static func yamlOther(_ message: String) -> LocalizedText {
        .init(en: message, de: message)
    }

    static let entries: [(name: String, text: LocalizedText)] = [
        ("noSuchFile", noSuchFile), ("checkPathOrRubrics", checkPathOrRubrics), ("noRubricFiles", noRubricFiles),
        ("rubricFarSmaller", rubricFarSmaller),
        ("cannotBeRead", cannotBeRead), ("checkExistsAndReadable", checkExistsAndReadable),
        ("duplicateRubric", duplicateRubric("claims-handler", version: 1, firstFile: "rubrics/claims.yaml")),
        ("raiseVersionOrRemoveCopy", raiseVersionOrRemoveCopy),
        ("indentWithSpaces", indentWithSpaces),
        ("removeControlCharacter", removeControlCharacter),
        ("yamlTooLarge", yamlTooLarge("the file is 2000000 bytes")), ("checkRightFile", checkRightFile),
        ("notUTF8", notUTF8("invalid UTF-8 at byte 12")), ("saveAsUTF8", saveAsUTF8),
        ("multipleDocuments", multipleDocuments), ("oneDocumentPerFile", oneDocumentPerFile),
        ("emptyFile", emptyFile), ("budgetExceeded", budgetExceeded("more than 100000 nodes")),
        ("removeAliases", removeAliases), ("yamlOther", yamlOther("unexpected end of stream")),
    ]

    /// Reader messages HireScore has no German for yet show in English in both languages.
    static let sameInBothLanguages: Set<String> = ["yamlOther"]
}
