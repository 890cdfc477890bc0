import ScoringCore

/// The commands' own usage errors (options that do not fit together or a value out of range), in both
/// languages. They are thrown as `ValidationError`, so ArgumentParser prints them after "Error: " / "Fehler: "
/// with the usage, and the process ends with exit status 2.
enum UsageMessages: MessageCatalogue {
    /// `verify` with neither paths nor `--store`.
    static let nothingToVerify = LocalizedText(
        en: "name the scorecard files or store folders to verify, or a store with --store",
        de:
            "nennen Sie die Bewertungsbögen oder Ordner von Ablagen, die geprüft werden sollen, oder eine Ablage mit --store"
    )
    /// `enter --interview-date` that is not a date.
    static let interviewDateInvalid = LocalizedText(
        en: "--interview-date must be a date YYYY-MM-DD, for example 2026-11-20",
        de: "--interview-date muss ein Datum JJJJ-MM-TT sein, zum Beispiel 2026-11-20")
    /// `dev generate-store --candidates` out of range.
    static let candidatesRange = LocalizedText(
        en: "--candidates must be from 1 to 1000000", de: "--candidates muss zwischen 1 und 1000000 liegen")
    /// `dev generate-store --interviewers` not a panel size.
    static let interviewersChoice = LocalizedText(
        en: "--interviewers must be 3, 4 or 5", de: "--interviewers muss 3, 4 oder 5 sein")
    /// `dev generate-store --per-requisition` out of range.
    static let perRequisitionRange = LocalizedText(
        en: "--per-requisition must be from 1 to 1000000", de: "--per-requisition muss zwischen 1 und 1000000 liegen")
    /// `merge --evidence` without `--format html`.
    static let evidenceOnlyHTML = LocalizedText(
        en: "--evidence applies only to --format html", de: "--evidence gilt nur mit --format html")
    /// `calibrate --consensus`.
    static let calibrateConsensus = LocalizedText(
        en:
            "calibrate compares each rater with the consensus by the rubric's own method (decision.consensus); --consensus is a what-if for merge and rank only",
        de:
            "calibrate vergleicht jede bewertende Person mit dem Konsens nach der Methode der Bewertungsvorlage (decision.consensus); --consensus ist ein Was-wäre-wenn nur für merge und rank"
    )
    /// `--csv-dialect` without `--format csv`.
    static let csvDialectOnlyCSV = LocalizedText(
        en: "--csv-dialect applies only to --format csv", de: "--csv-dialect gilt nur mit --format csv")
    /// `--output ""`.
    static let outputNeedsFile = LocalizedText(
        en: "--output needs a file name", de: "--output braucht einen Dateinamen")
    /// `decide --outcome` not one of the outcomes.
    static let outcomeChoice = LocalizedText(
        en: "--outcome must be hired, rejected or withdrawn", de: "--outcome muss hired, rejected oder withdrawn sein")
    /// `decide --date` that is not a date.
    static let decisionDateInvalid = LocalizedText(
        en: "--date must be a date YYYY-MM-DD", de: "--date muss ein Datum JJJJ-MM-TT sein")
    /// `decide` without a reason of at least 10 characters.
    static let reasonRequired = LocalizedText(
        en:
            "--reason is required: say in the rubric's terms why (at least 10 characters), e.g. --reason \"red flag on empathy reported by two of three interviewers\"",
        de:
            "--reason ist Pflicht: sagen Sie in den Begriffen der Bewertungsvorlage, warum (mindestens 10 Zeichen), z. B. --reason \"Warnsignal bei Empathie, von zwei von drei Interviewenden gemeldet\""
    )

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("nothingToVerify", nothingToVerify), ("interviewDateInvalid", interviewDateInvalid),
        ("candidatesRange", candidatesRange), ("interviewersChoice", interviewersChoice),
        ("perRequisitionRange", perRequisitionRange), ("evidenceOnlyHTML", evidenceOnlyHTML),
        ("calibrateConsensus", calibrateConsensus), ("csvDialectOnlyCSV", csvDialectOnlyCSV),
        ("outputNeedsFile", outputNeedsFile), ("outcomeChoice", outcomeChoice),
        ("decisionDateInvalid", decisionDateInvalid), ("reasonRequired", reasonRequired),
    ]
}
