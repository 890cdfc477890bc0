import ScoringCore

/// The words the commands put before a line of their own on standard error, in both languages.
enum CommandMessages {
    /// Before an error: "error: " / "Fehler: ".
    static let error = LocalizedText(en: "error: ", de: "Fehler: ")
    /// Before a warning: "warning: " / "Warnung: ".
    static let warning = LocalizedText(en: "warning: ", de: "Warnung: ")
    /// Before a note: "note: " / "Hinweis: ".
    static let note = LocalizedText(en: "note: ", de: "Hinweis: ")
}
