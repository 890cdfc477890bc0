import ScoringCore

/// What is said about the files of a store's ledger (`STORE/.hirescore`): a folder or file that cannot be created,
/// read, written or deleted, and a settings file that is not as it must be. `reason` arguments are the system's own
/// words (strerror) or a file error's description, shown as they are.
package enum StoreLedgerMessages: MessageCatalogue {
    /// A folder cannot be created.
    package static func cannotCreateFolder(_ folder: String, reason: String) -> LocalizedText {
        .init(en: "cannot create \(folder): \(reason)", de: "\(folder) kann nicht angelegt werden: \(reason)")
    }

    /// A file cannot be written.
    package static func cannotWrite(_ path: String, reason: String) -> LocalizedText {
        .init(en: "cannot write \(path): \(reason)", de: "\(path) kann nicht geschrieben werden: \(reason)")
    }

    /// A file cannot be deleted.
    package static func cannotDelete(_ path: String, reason: String) -> LocalizedText {
        .init(en: "cannot delete \(path): \(reason)", de: "\(path) kann nicht gelöscht werden: \(reason)")
    }

    /// A file's error that already names the file (its description), after the path it concerns.
    package static func fileError(_ path: String, error: String) -> LocalizedText {
        .init(en: "\(path): \(error)", de: "\(path): \(error)")
    }

    /// A JSON file of the ledger that cannot be decoded, with how to recover.
    package static func damaged(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "\(path) is damaged and cannot be read: \(reason); restore it from a backup",
            de:
                "\(path) ist beschädigt und kann nicht gelesen werden: \(reason); stellen Sie es aus einer Sicherung wieder her"
        )
    }

    /// The settings file is not a JSON object, with an example of one.
    package static func settingsNotAnObject(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) is damaged and cannot be read: it is not a JSON object of settings; write for example {\"retention-months\": 6}",
            de:
                "\(path) ist beschädigt und kann nicht gelesen werden: es ist kein JSON-Objekt mit Einstellungen; schreiben Sie zum Beispiel {\"retention-months\": 6}"
        )
    }

    /// A setting the settings file may not hold.
    package static func unknownSetting(_ path: String, key: String) -> LocalizedText {
        .init(
            en: "\(path): unknown setting '\(key)'; the only setting is 'retention-months'",
            de: "\(path): unbekannte Einstellung '\(key)'; die einzige Einstellung ist 'retention-months'")
    }

    /// A retention period that is not a whole number of months in the allowed range.
    package static func retentionMonths(_ path: String, range: ClosedRange<Int>, found: String) -> LocalizedText {
        .init(
            en:
                "\(path): 'retention-months' must be a whole number of months from \(range.lowerBound) to \(range.upperBound), found \(found)",
            de:
                "\(path): 'retention-months' muss eine ganze Zahl von Monaten von \(range.lowerBound) bis \(range.upperBound) sein, gefunden: \(found)"
        )
    }

    /// The entries whose German is the English on purpose: a path and an error that speaks for itself.
    package static let sameInBothLanguages: Set<String> = ["fileError"]

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("cannotCreateFolder", cannotCreateFolder(".hirescore", reason: "Permission denied")),
        ("cannotWrite", cannotWrite(".hirescore/holds.json", reason: "No space left on device")),
        ("cannotDelete", cannotDelete("r/c/a.yaml", reason: "Permission denied")),
        ("fileError", fileError("r/c/a.yaml", error: "cannot write r/c/a.yaml: No space left on device")),
        ("damaged", damaged(".hirescore/holds.json", reason: "The data is not valid JSON.")),
        ("settingsNotAnObject", settingsNotAnObject(".hirescore/settings.json")),
        ("unknownSetting", unknownSetting(".hirescore/settings.json", key: "retention")),
        ("retentionMonths", retentionMonths(".hirescore/settings.json", range: 1...120, found: "\"six\"")),
    ]
}
