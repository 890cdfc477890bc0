import CommandKit
import ScoringCore

/// What `hirescore cache show` and `hirescore cache clear` print.
enum CacheCommandMessages: MessageCatalogue {
    /// The first line of `cache show`: the folder.
    static func folder(_ path: String) -> LocalizedText {
        let path = TerminalText.line(path)
        return .init(en: "cache folder: \(path)", de: "Zwischenspeicher: \(path)")
    }

    /// `cache show` when the folder holds nothing (or is missing).
    static let empty = LocalizedText(en: "  (empty)", de: "  (leer)")

    /// `cache` without a cache folder: neither `XDG_CACHE_HOME` nor `HOME` is an absolute path.
    static let noCacheFolder = LocalizedText(
        en:
            "there is no cache folder: neither XDG_CACHE_HOME nor HOME is an absolute path; set one of them to use a cache",
        de:
            "es gibt keinen Zwischenspeicher: weder XDG_CACHE_HOME noch HOME ist ein absoluter Pfad; setzen Sie eine der beiden Variablen, um einen zu nutzen"
    )

    /// The name of a kind of cache file (nil: files no command writes).
    static func kind(_ kind: CacheFileKind?) -> LocalizedText {
        switch kind {
        case .keptReport: return .init(en: "kept reports", de: "aufbewahrte Berichte")
        case .scorecardIndex: return .init(en: "scorecard indexes", de: "Verzeichnisse der Bewertungsbögen")
        case .compiledRubric: return .init(en: "compiled rubrics", de: "kompilierte Bewertungsvorlagen")
        case .auditLogIndex: return .init(en: "audit log indexes", de: "Verzeichnisse des Prüfprotokolls")
        case .verifiedSignatures: return .init(en: "verified signatures", de: "geprüfte Signaturen")
        case nil: return .init(en: "other files", de: "andere Dateien")
        }
    }

    /// The count of files of a kind.
    static func files(_ count: Int) -> LocalizedText {
        count == 1 ? .init(en: "1 file", de: "1 Datei") : .init(en: "\(count) files", de: "\(count) Dateien")
    }

    /// The columns of `cache show`: the kind of file, how many, their size, the day one was last used.
    static let header = [
        LocalizedText(en: "kind", de: "Art"), LocalizedText(en: "files", de: "Dateien"),
        LocalizedText(en: "size", de: "Größe"), LocalizedText(en: "last used", de: "zuletzt genutzt"),
    ]

    /// After the kinds that hold applicants' data.
    static let applicantData = LocalizedText(
        en: "copies of applicants' data: removed once unused for 14 days, or with 'hirescore cache clear'",
        de:
            "Kopien von Daten der Kandidat*innen: entfernt, sobald 14 Tage ungenutzt, oder mit 'hirescore cache clear'")

    /// What `cache clear` removed.
    static func removed(_ files: Int, bytes: Int64, folder: String) -> LocalizedText {
        let folder = TerminalText.line(folder)
        let (en, de) = (Self.files(files).text(in: .en), Self.files(files).text(in: .de))
        return .init(
            en: "removed \(en) (\(CommandMessages.size(Int(bytes), language: .en))) from \(folder)",
            de: "\(de) (\(CommandMessages.size(Int(bytes), language: .de))) aus \(folder) entfernt")
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] =
        [
            ("folder", folder("/home/hr/.cache/hirescore")), ("empty", empty), ("noCacheFolder", noCacheFolder),
            ("files", files(3)), ("applicantData", applicantData),
            ("removed", removed(4, bytes: 2048, folder: "/home/hr/.cache/hirescore")),
        ] + ([nil] + CacheFileKind.allCases.map(Optional.some)).map { ("kind(\($0?.rawValue ?? "other"))", kind($0)) }
        + header.enumerated().map { ("header[\($0.offset)]", $0.element) }
}
