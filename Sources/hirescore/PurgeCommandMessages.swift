import ScoringCore

/// What `hirescore purge` prints: its plan line by line, its summary, and why it refuses a `--before` date.
enum PurgeCommandMessages: MessageCatalogue {
    /// `--before` that is not a date.
    static let beforeNeedsDate = LocalizedText(
        en: "--before needs a date YYYY-MM-DD", de: "--before braucht ein Datum JJJJ-MM-TT")

    /// `--before` after today.
    static func beforeInFuture(_ before: String, today: String) -> LocalizedText {
        .init(
            en: "--before \(before) is in the future; only what is due can be deleted (up to today, \(today))",
            de:
                "--before \(before) liegt in der Zukunft; gelöscht wird nur, was fällig ist (höchstens bis heute, \(today))"
        )
    }

    /// A candidate due for deletion since the date shown.
    static func due(since date: String) -> LocalizedText {
        .init(en: "DELETE (due since \(date))", de: "LÖSCHEN (fällig seit \(date))")
    }

    /// A candidate kept until the date shown.
    static func keepUntil(_ date: String) -> LocalizedText {
        .init(en: "keep until \(date)", de: "behalten bis \(date)")
    }

    /// A candidate kept because of a legal hold.
    static let onHold = LocalizedText(en: "keep: on hold", de: "behalten: Sperre")

    /// A candidate kept because no decision was recorded.
    static let undecided = LocalizedText(en: "keep: no decision yet", de: "behalten: noch keine Entscheidung")

    /// The number of a candidate's files.
    static func files(_ count: Int) -> LocalizedText {
        .init(en: "\(count) files", de: "\(count) Dateien")
    }

    /// The summary of `--dry-run`.
    static func dryRun(_ candidates: Int) -> LocalizedText {
        .init(
            en: "dry run: \(candidates) candidates would be deleted; nothing deleted",
            de: "Probelauf: \(candidates) Kandidat*innen wären zu löschen; nichts gelöscht")
    }

    /// The summary of a purge.
    static func deleted(_ files: Int, candidates: Int) -> LocalizedText {
        .init(
            en: "deleted \(files) files of \(candidates) candidates and logged it",
            de: "\(files) Dateien von \(candidates) Kandidat*innen gelöscht und protokolliert")
    }

    /// After a purge: the files holding applicants' data removed from the user's own cache folder, and where the
    /// others' are.
    static func cacheCleared(_ files: Int, folder: String) -> LocalizedText {
        let folder = TerminalText.line(folder)
        let (en, de) = (
            CacheCommandMessages.files(files).text(in: .en), CacheCommandMessages.files(files).text(in: .de)
        )
        return .init(
            en:
                "removed \(en) with copies of applicants' data (kept reports, scorecard indexes) from your cache folder \(folder); other people's caches are on their computers: hirescore merge, rank and calibrate remove such files there once unused for 14 days",
            de:
                "\(de) mit Kopien von Daten der Kandidat*innen (aufbewahrte Berichte, Verzeichnisse der Bewertungsbögen) aus Ihrem Zwischenspeicher \(folder) entfernt; die Zwischenspeicher anderer liegen auf deren Rechnern: hirescore merge, rank und calibrate entfernen dort solche Dateien, die 14 Tage nicht genutzt wurden"
        )
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("beforeNeedsDate", beforeNeedsDate), ("beforeInFuture", beforeInFuture("2027-01-01", today: "2026-12-07")),
        ("due", due(since: "2026-06-01")), ("keepUntil", keepUntil("2027-06-01")), ("onHold", onHold),
        ("undecided", undecided), ("files", files(3)), ("dryRun", dryRun(2)), ("deleted", deleted(6, candidates: 2)),
        ("cacheCleared", cacheCleared(2, folder: "/home/hr/.cache/hirescore")),
    ]
}
