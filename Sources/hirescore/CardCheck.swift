import CommandKit
import Compliance
import Foundation
import Panel
import ScoringCore

/// What `verify` finds about one file: its lines, and whether it fails the check.
struct CardCheck {
    /// One line about a file.
    struct Line {
        /// How serious it is: nil for a line that only reports (an intact seal).
        var severity: Diagnostic.Severity?
        /// The message, in the language asked for.
        var message: String
        /// Whether it is printed without `--verbose` (errors, warnings, notes).
        var shown: Bool

        /// The text after `FILE: `: the keyword (English in every language, as in diagnostics) and the message.
        var text: String { (severity.map { $0.keyword + ": " } ?? "") + message }
    }

    /// The lines and the verdict for one file.
    struct Report {
        var lines: [Line] = []
        var failed = false
        /// The diagnostics of a file that is not a readable scorecard (printed by the command in its format).
        var diagnostics: [Diagnostic] = []
        /// The file's text, to quote lines of it in those diagnostics.
        var source = ""

        mutating func fail(_ message: String) {
            lines.append(Line(severity: .error, message: message, shown: true))
            failed = true
        }
    }

    let language: Language
    let rubrics: [Rubric]
    var signatures: SignatureJudge
    let keyStore: String?
    let strict: Bool
    /// The records of each store met, read once: for amendments.
    private var records: [String: LedgerRecords?] = [:]

    init(language: Language, rubrics: [Rubric], signatures: SignatureJudge, keyStore: String?, strict: Bool) {
        self.language = language
        self.rubrics = rubrics
        self.signatures = signatures
        self.keyStore = keyStore
        self.strict = strict
    }

    /// Checks one file.
    mutating func check(_ file: String) -> Report {
        var report = Report()
        let loaded = ScorecardLoader().load(path: file, rubrics: rubrics)
        guard let scorecard = loaded.scorecard else {
            report.diagnostics = loaded.diagnostics.filter { $0.severity == .error }
            report.source = loaded.source
            report.failed = true
            return report
        }
        let superseded = file.contains("/" + Amendment.supersededFolder + "/")
        switch (scorecard.status, scorecard.seal) {
        case (.draft, _):
            report.fail(VerifyMessages.draft.text(in: language))
        case (.submitted, nil):
            report.fail(VerifyMessages.noSeal.text(in: language))
        case (.submitted, let seal?):
            guard seal == scorecard.computeSeal() else {
                report.fail(VerifyMessages.changed.text(in: language))
                break
            }
            let amendment = amendmentNote(file: file, seal: seal, superseded: superseded)
            if superseded && amendment == nil {
                report.fail(AmendmentMessages.supersededUnknown.text(in: language))
                break
            }
            let note = amendment.map { "; " + $0 } ?? ""
            let (verdict, asCopy) = signatures.verdict(file: file, scorecard: scorecard)
            // A copy checked against the named store says which key list vouched for it.
            let against = asCopy ? ", " + SignatureMessages.checkedAgainst(keyStore ?? "").text(in: language) : ""
            let intact = VerifyMessages.sealIntact.text(in: language)
            switch verdict {
            case .unsigned, .signed:
                let label = SignatureMessages.label(verdict.panelSignature).text(in: language)
                report.lines.append(
                    Line(severity: nil, message: intact + TerminalText.line(label) + against + note, shown: false))
            case .notChecked:
                let text = SignatureMessages.notCheckedOutsideStore.text(in: language)
                if strict {
                    report.fail(VerifyMessages.signature.text(in: language) + text)
                } else {
                    report.lines.append(Line(severity: nil, message: intact + text + note, shown: true))
                }
            case .refused(let reason):
                report.fail(
                    VerifyMessages.signature.text(in: language) + TerminalText.line(reason.text(in: language)))
            }
        }
        // A card belongs where it lies (a link is judged by the file it names); a broken seal is reported above
        // already; a superseded card lies where its amendment keeps it.
        if !superseded, scorecard.status == .draft || scorecard.hasValidSeal,
            let problem = ScorecardHeader.storePlacementProblem(
                candidate: scorecard.candidate, requisition: scorecard.requisition,
                interviewer: scorecard.interviewer, interviewerID: scorecard.interviewerID,
                path: file)
        {
            report.fail(problem.text(in: language) + VerifyMessages.moveBack.text(in: language))
        }
        let lint = scorecard.entries.sorted { $0.key < $1.key }.flatMap { id, entry in
            EvidenceLint.check(entry.evidence ?? "").map { (id, $0) }
        }
        for (id, finding) in lint {
            report.lines.append(
                Line(severity: .warning, message: "'\(id)': " + finding.message.text(in: language), shown: true))
        }
        return report
    }

    /// For a current card: "amended DATE by NAME: REASON" when an amendment put it there; for a superseded
    /// card: which amended card replaced it, or nil when the log names no amendment that kept it.
    private mutating func amendmentNote(file: String, seal: String, superseded: Bool) -> String? {
        guard let root = CardSignatures.storeRoot(containing: file) else { return nil }
        if records[root] == nil {
            records[root] = .some(try? LedgerRecords(log: AuditLog(ledger: StoreLedger(storeRoot: root))))
        }
        guard let found = records[root], let records = found else { return nil }
        let relative = StoreFiles.relative(file, to: root)
        if superseded {
            let amendment = records.amendments.values.joined().first {
                $0.supersededPath == relative && $0.supersededSeal == seal
            }
            return amendment.map { AmendmentMessages.supersededIntact(by: $0.seal).text(in: language) }
        }
        guard let amendment = records.amendment(of: relative), amendment.seal == seal else { return nil }
        return TerminalText.line(AmendmentMessages.label(amendment).text(in: language))
    }
}

extension CardSignatures.Verdict {
    /// The signature as a merge shows it (refusals aside).
    var panelSignature: CardSignature {
        switch self {
        case .signed(let name, let keyID): return .signed(name: name, keyID: keyID)
        case .notChecked: return .notChecked
        case .unsigned, .refused: return .unsigned
        }
    }
}
