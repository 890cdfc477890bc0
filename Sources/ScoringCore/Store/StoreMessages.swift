import Foundation

/// The sentences of the scorecard store (``ScorecardStore``, ``ScorecardLock``, ``BoundedFile``): names and ids that
/// cannot be file names, folders that cannot be made, locks held by another session, files that cannot be read,
/// each with its German and English text.
///
/// They show when `enter` opens a scorecard and wherever a command reads one from the store.
enum StoreMessages: MessageCatalogue {
    /// Two interviewer names that map to the same file, which belongs to the other.
    static func nameCollision(_ interviewer: String, owner: String, file: String) -> LocalizedText {
        .init(
            en:
                "'\(interviewer.shortened)' and '\(owner.shortened)' both map to the file \(file), which belongs to '\(owner.shortened)'; enter with exactly that name if you are that interviewer, otherwise use a name that differs in its letters (for example with a middle initial) or your own --interviewer-id",
            de:
                "'\(interviewer.shortened)' und '\(owner.shortened)' ergeben beide die Datei \(file), die '\(owner.shortened)' gehört; geben Sie genau diesen Namen an, wenn Sie das sind, sonst einen Namen, der sich in den Buchstaben unterscheidet (zum Beispiel mit einem weiteren Initial), oder Ihre eigene --interviewer-id"
        )
    }

    /// A card started with another `--interviewer-id` (or none); `recorded` is "--interviewer-id ID" or nil.
    static func startedWithOtherID(_ file: String, recorded: String?) -> LocalizedText {
        .init(
            en: "\(file) was started " + (recorded.map { "with \($0)" } ?? "without --interviewer-id")
                + "; continue it the same way",
            de: "\(file) wurde " + (recorded.map { "mit \($0)" } ?? "ohne --interviewer-id")
                + " begonnen; setzen Sie ihn genauso fort")
    }

    /// An interviewer name that gives no file name; `shown` has its control characters escaped.
    static func unusableInterviewerName(_ shown: String) -> LocalizedText {
        .init(
            en:
                "'\(shown)' is not a usable interviewer name: use 1 to 100 printable characters with at least one letter or digit",
            de:
                "'\(shown)' ist kein verwendbarer Name: 1 bis 100 druckbare Zeichen mit mindestens einem Buchstaben oder einer Ziffer"
        )
    }

    /// A candidate or requisition id that cannot be a folder name; `kind` is ``candidateKind`` or ``requisitionKind``.
    static func invalidID(_ id: String, kind: LocalizedText) -> LocalizedText {
        .init(
            en:
                "the \(kind.text(in: "en")) id '\(id.shortened)' is not valid: use letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters",
            de:
                "die \(kind.text(in: "de"))kennung '\(id.shortened)' ist ungültig: Buchstaben, Ziffern, '-', '_' und '.', nicht mit '.' beginnend, höchstens 64 Zeichen"
        )
    }

    /// The kind of a candidate id (German as the first part of a compound: "Kandidatenkennung").
    static let candidateKind = LocalizedText(en: "candidate", de: "Kandidaten")
    /// The kind of a requisition id (German as the first part of a compound: "Ausschreibungskennung").
    static let requisitionKind = LocalizedText(en: "requisition", de: "Ausschreibungs")

    /// An `--interviewer-id` that is not kebab-case; `suggestion` is the id made kebab-case.
    static func invalidInterviewerID(_ id: String, suggestion: String) -> LocalizedText {
        .init(
            en:
                "the interviewer id '\(TerminalText.line(id.shortened))' is not valid: use lowercase letters, digits and single hyphens, starting with a letter, at most 64 characters, for example '\(suggestion)'",
            de:
                "die Interviewer-Kennung '\(TerminalText.line(id.shortened))' ist ungültig: Kleinbuchstaben, Ziffern und einzelne Bindestriche, mit einem Buchstaben beginnend, höchstens 64 Zeichen, zum Beispiel '\(suggestion)'"
        )
    }

    /// A store folder that cannot be made; `reason` is the system's.
    static func cannotCreateFolder(_ folder: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot create the store folder \(folder): \(reason)",
            de: "der Ablageordner \(folder) kann nicht angelegt werden: \(reason)")
    }

    /// A store folder without write permission.
    static func folderNotWritable(_ folder: String) -> LocalizedText {
        .init(
            en: "the store folder \(folder) is not writable", de: "der Ablageordner \(folder) ist nicht beschreibbar")
    }

    /// A lock file that cannot be made; `reason` is the system's.
    static func cannotCreateLock(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot create the lock file \(path): \(reason)",
            de: "die Sperrdatei \(path) kann nicht angelegt werden: \(reason)")
    }

    /// A scorecard open in another session on this computer.
    static func openInAnotherSession(process: Int32, host: String, since: String) -> LocalizedText {
        .init(
            en:
                "this scorecard is open in another session (process \(process) on \(host), since \(since)); finish or quit that session first",
            de:
                "dieser Bewertungsbogen ist in einer anderen Sitzung geöffnet (Prozess \(process) auf \(host), seit \(since)); beenden Sie zuerst diese Sitzung"
        )
    }

    /// A scorecard locked by a session on another computer.
    static func lockedOnAnotherComputer(host: String, process: String, lock: String) -> LocalizedText {
        .init(
            en:
                "this scorecard is locked by a session on another computer (\(host), process \(process)); if that session is gone, delete \(lock)",
            de:
                "dieser Bewertungsbogen ist von einer Sitzung auf einem anderen Rechner gesperrt (\(host), Prozess \(process)); ist sie beendet, löschen Sie \(lock)"
        )
    }

    /// A lock that cannot be taken.
    static func cannotTakeLock(_ path: String) -> LocalizedText {
        .init(en: "cannot take the lock \(path)", de: "die Sperre \(path) kann nicht gesetzt werden")
    }

    /// A file that does not exist or cannot be read.
    static let fileUnreadable = LocalizedText(
        en: "the file cannot be read (it does not exist or is not readable)",
        de: "die Datei kann nicht gelesen werden (sie existiert nicht oder ist nicht lesbar)")

    /// A folder, pipe or device where a file is read.
    static let notARegularFile = LocalizedText(
        en: "it is not a regular file (a folder, pipe or device); it was not read",
        de: "sie ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät); sie wurde nicht gelesen")

    /// A file larger than the limit for its kind.
    static func fileTooLarge(_ size: Int, limit: Int) -> LocalizedText {
        .init(
            en: "the file is \(size) bytes, more than the limit of \(limit) bytes",
            de: "die Datei ist \(size) Bytes groß, mehr als die Grenze von \(limit) Bytes")
    }

    static let entries: [(name: String, text: LocalizedText)] = [
        ("nameCollision", nameCollision("ANNA  SCHMIDT", owner: "Anna Schmidt", file: "anna-schmidt.yaml")),
        ("startedWithOtherID", startedWithOtherID("anna.yaml", recorded: "--interviewer-id anna")),
        ("unusableInterviewerName", unusableInterviewerName("\\u{07}")),
        ("invalidID", invalidID("../c-1", kind: candidateKind)), ("candidateKind", candidateKind),
        ("requisitionKind", requisitionKind),
        ("invalidInterviewerID", invalidInterviewerID("Anna S", suggestion: "anna-s")),
        ("cannotCreateFolder", cannotCreateFolder("store/claims", reason: "Permission denied")),
        ("folderNotWritable", folderNotWritable("store/claims")),
        ("cannotCreateLock", cannotCreateLock("anna.yaml.lock", reason: "Permission denied")),
        ("openInAnotherSession", openInAnotherSession(process: 4711, host: "laptop", since: "2026-01-12T09:00:00Z")),
        ("lockedOnAnotherComputer", lockedOnAnotherComputer(host: "laptop", process: "4711", lock: "anna.yaml.lock")),
        ("cannotTakeLock", cannotTakeLock("anna.yaml.lock")), ("fileUnreadable", fileUnreadable),
        ("notARegularFile", notARegularFile), ("fileTooLarge", fileTooLarge(2_000_000, limit: 1_048_576)),
    ]
}
