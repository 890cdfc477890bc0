import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Interview
import ScoringCore

extension HireScoreCommand {
    /// `hirescore enter`: guided, independent, interruption-proof entry of one scorecard.
    struct Enter: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enter",
            abstract: "Enter your ratings for one candidate, criterion by criterion; every answer is saved at once.",
            discussion: """
                Shows each criterion's questions and the anchors of every level, takes a level (n = n/a, ? = help, \
                b = back, q = save and quit; with --lang de: z = zurück, s = speichern und beenden, the English keys \
                work too) and evidence (where required, at least a short sentence), then asks for your own \
                recommendation and a reason, shows the result and a numbered review of everything: type a number \
                there to change that item, y (j) to submit. Nothing of other interviewers' scorecards is shown. \
                On a terminal the text is wrapped to its width (else $COLUMNS, else 80), each anchor takes one line \
                (? shows them in full) and titles are bold unless NO_COLOR is set. Running the same command again resumes a draft. The scorecard is written to \
                STORE/REQUISITION/CANDIDATE/INTERVIEWER.yaml (store: --store, else $HIRESCORE_STORE, else ./scorecards).
                With --answers FILE, or answers piped on standard input, the same flow runs without a terminal: one \
                answer per line, lines starting with # are comments; the first invalid answer stops it and the \
                answers before it stay in the draft.

                EXAMPLES:
                  hirescore enter --rubric claims-handler --stage structured-interview \\
                      --candidate c-104 --requisition claims-2026-01 \\
                      --interviewer "Anna Schmidt" --interviewer-id a-schmidt
                  hirescore enter --rubric claims-handler --all-stages --candidate c-104 \\
                      --interviewer "Anna Schmidt" --answers answers.txt
                  hirescore enter ... --amend --reason "rating typed on the wrong criterion"
                """
        )

        @OptionGroup var options: GlobalOptions

        @Option(help: ArgumentHelp("The rubric id, optionally with @version.", valueName: "id"))
        var rubric: String

        @Option(help: ArgumentHelp("The candidate's pseudonymous id.", valueName: "id"))
        var candidate: String

        @Option(help: ArgumentHelp("Your name, as it should appear on the scorecard.", valueName: "name"))
        var interviewer: String

        @Option(
            help: ArgumentHelp(
                "A stable id for you that names your scorecard files (kebab-case ASCII, e.g. a-schmidt; default: derived from your name). Use the same id every time.",
                valueName: "id"))
        var interviewerID: String?

        @Option(help: ArgumentHelp("The requisition (opening) id.", valueName: "id"))
        var requisition: String?

        @Option(
            help: ArgumentHelp(
                "The stage of the rubric's interview plan you run; only its criteria are shown and rated (required when the plan has several stages).",
                valueName: "id"))
        var stage: String?

        @Flag(
            help:
                "Rate every criterion of a rubric with an interview plan, as in a panel interview that runs all stages together; the scorecard records no stage."
        )
        var allStages = false

        @Option(
            help: ArgumentHelp(
                "The scorecard store folder (default: $HIRESCORE_STORE, else ./scorecards).", valueName: "dir"))
        var store: String?

        @Flag(
            help: "Present the criteria of each section in random order (reduces halo effects); the order is recorded.")
        var shuffle = false

        @Option(help: ArgumentHelp("Read the answers from a file instead of the terminal.", valueName: "file"))
        var answers: String?

        @Option(
            help: ArgumentHelp(
                "The day of the interview, YYYY-MM-DD (default: today); set when a new scorecard is started.",
                valueName: "date"))
        var interviewDate: String?

        @Flag(
            help:
                "Correct your own submitted scorecard: start from it, change what was wrong, submit again. The submitted card is kept, the correction becomes a new sealed card, and the audit log records both with the reason. Refused once a decision on the candidate is recorded."
        )
        var amend = false

        @Option(help: ArgumentHelp("Why the scorecard is amended (required with --amend).", valueName: "text"))
        var reason: String?

        func validate() throws {
            if let interviewDate, CalendarDate(parsing: interviewDate) == nil {
                throw ValidationError("--interview-date must be a date YYYY-MM-DD, for example 2026-11-20")
            }
            if reason != nil && !amend {
                throw ValidationError(AmendmentMessages.reasonWithoutAmend.text(in: options.language))
            }
            if amend && (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(AmendmentMessages.reasonMissing.text(in: options.language))
            }
        }

        func run() throws {
            let language = options.language
            let catalog = options.loadRubrics()
            let parts = rubric.split(separator: "@", maxSplits: 1).map(String.init)
            let wantedID = parts.first ?? rubric
            let wantedVersion = parts.count > 1 ? Int(parts[1]) : nil
            if parts.count > 1, (wantedVersion ?? 0) < 1 {
                throw CommandFailure(
                    EnterCommandMessages.badRubricVersion(TerminalText.line(rubric), id: wantedID), language: language,
                    exitCode: 2)
            }
            guard
                let chosen = catalog.rubrics.filter({
                    $0.id == wantedID && (wantedVersion == nil || $0.version == wantedVersion)
                })
                .max(by: { $0.version < $1.version })
            else {
                let known = Array(Set(catalog.rubrics.map(\.id))).sorted()
                throw CommandFailure(
                    CommandMessages.unknownRubric(rubric, folder: options.rubricFolder, known: known),
                    language: language)
            }
            if allStages, let stage {
                throw CommandFailure(EnterCommandMessages.allStagesAndStage(stage), language: language)
            }
            // An amendment keeps the stage of the card it corrects.
            let stageID = allStages || amend ? nil : try Self.chooseStage(stage, of: chosen, language: language)
            let storeRoot =
                store ?? ProcessInfo.processInfo.environment["HIRESCORE_STORE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? "scorecards"
            try refuseDatabaseStore(storeRoot, command: "enter", language: language)
            let scorecardStore = ScorecardStore(root: storeRoot)
            let path: String
            do {
                path = try scorecardStore.path(
                    requisition: requisition, candidate: candidate, interviewer: interviewer,
                    interviewerID: interviewerID)
                try scorecardStore.prepareFolder(for: path)
            } catch {
                throw CommandFailure(error.message, language: language, exitCode: 1)
            }
            if let collision = ScorecardStore.interviewerCollision(
                at: path, interviewer: interviewer, interviewerID: interviewerID)
            {
                throw CommandFailure(collision, language: language)
            }
            // In a signed store, a missing or unregistered key is refused before the interview, not after sealing.
            do throws(StoreLedger.LedgerError) {
                if let problem = KeyRegistry.signingProblem(
                    storeRoot: storeRoot, person: interviewer, key: try SigningKey.loadIfPresent())
                {
                    throw StoreLedger.LedgerError(message: problem)
                }
            } catch {
                throw CommandFailure(error.message, language: language)
            }
            let lock: ScorecardLock
            do {
                lock = try ScorecardLock.acquire(for: path)
            } catch {
                throw CommandFailure(error.message, language: language)
            }
            SignalCleanup.install(lockPath: lock.path, language: language)
            defer { lock.release() }
            AtomicFile.removeStaleTemporaries(of: path)
            if amend {
                try amendSubmitted(at: path, storeRoot: storeRoot, rubrics: catalog.rubrics, requested: chosen)
                return
            }

            var draft = Scorecard(
                rubricID: chosen.id, rubricVersion: chosen.version, rubricHash: chosen.hash, candidate: candidate,
                requisition: requisition, interviewer: interviewer,
                interviewDate: interviewDate.flatMap(CalendarDate.init(parsing:)) ?? Self.today(), sourcePath: path)
            draft.stage = stageID
            draft.interviewerID = interviewerID
            if FileManager.default.fileExists(atPath: path) {
                let loaded = ScorecardLoader().load(path: path, rubrics: catalog.rubrics)
                if let existing = loaded.scorecard, existing.status == .submitted {
                    // A submission cut off between sealing and logging is completed, not refused.
                    if existing.hasValidSeal,
                        let recorded = try? RecordSession(
                            ledger: StoreLedger(storeRoot: storeRoot), rubrics: catalog.rubrics,
                            signer: SigningKey.loadIfPresent()
                        )
                        .recordInterruptedSubmissions(only: path), !recorded.isEmpty
                    {
                        Terminal.standardOutput.write(
                            EnterCommandMessages.interruptedSubmissionLogged(path).text(in: language))
                        return
                    }
                    throw CommandFailure(AmendmentMessages.alreadySubmitted(path), language: language)
                }
                if let existing = loaded.scorecard ?? nil, existing.rubricID == chosen.id,
                    existing.rubricVersion != chosen.version
                        || (existing.rubricHash != nil && existing.rubricHash != chosen.hash)
                {
                    throw CommandFailure(
                        EnterCommandMessages.draftRubricChanged(
                            path, started: "\(existing.rubricID)@\(existing.rubricVersion)", now: chosen.reference,
                            hash: String(chosen.hash.prefix(19))), language: language)
                }
                guard let existing = loaded.scorecard else {
                    let printer = DiagnosticPrinter(
                        language: language, useColor: Terminal.standardError.supportsColor,
                        sources: [path: loaded.source])
                    Terminal.standardError.write(printer.render(loaded.diagnostics, fileCount: 1))
                    throw CommandFailure(EnterCommandMessages.draftUnreadable(path), language: language)
                }
                if existing.rubricID != chosen.id {
                    throw CommandFailure(
                        EnterCommandMessages.draftForOtherRubric(path, draft: existing.rubricID, asked: chosen.id),
                        language: language)
                }
                if existing.stage != stageID {
                    throw CommandFailure(
                        EnterCommandMessages.draftForOtherStage(path, draft: existing.stage, asked: stageID ?? ""),
                        language: language)
                }
                draft = existing
            }

            let session = try entrySession(rubric: chosen, draft: draft, path: path, language: language)
            let outcome = session.run()
            switch outcome {
            case .submitted(let seal):
                Terminal.standardOutput.write(EnterCommandMessages.submitted(path, seal: seal).text(in: language))
                CrashPoint.reach("submit.after-seal")
                do throws(StoreLedger.LedgerError) {
                    let session = try RecordSession(
                        ledger: StoreLedger(storeRoot: storeRoot), rubrics: catalog.rubrics,
                        signer: SigningKey.loadIfPresent())
                    guard let sealed = ScorecardLoader().load(path: path, rubrics: catalog.rubrics).scorecard,
                        sealed.seal == seal
                    else {
                        throw StoreLedger.LedgerError(
                            message: EnterCommandMessages.unreadableAfterSealing(path))
                    }
                    try session.recordSubmission(of: sealed, at: path, rubric: chosen)
                } catch {
                    throw CommandFailure(EnterCommandMessages.submittedNotLogged(error.message), language: language)
                }
            case .savedAndQuit, .endOfInput, .invalidAnswer, .submissionRefused, .saveFailed:
                try Self.finishUnsubmitted(outcome, path: path, language: language)
            }
        }

        /// The stage id to record: nil for a rubric without a plan; the one stage of a one-stage plan; else the
        /// stage asked for, which must be one of the plan's.
        static func chooseStage(_ wanted: String?, of rubric: ScoringCore.Rubric, language: Language) throws -> String?
        {
            guard !rubric.plan.isEmpty else {
                if let wanted, wanted != InterviewStage.defaultID {
                    throw CommandFailure(
                        EnterCommandMessages.noPlan(rubric.reference, stage: wanted), language: language)
                }
                return nil
            }
            let list = rubric.plan.map { "  \($0.id)  \($0.title.text(in: language.rawValue))" }.joined(separator: "\n")
            guard let wanted else {
                if rubric.plan.count == 1 { return rubric.plan[0].id }
                throw CommandFailure(
                    EnterCommandMessages.stageNeeded(rubric.reference, stages: list), language: language)
            }
            guard rubric.stage(wanted) != nil else {
                throw CommandFailure(
                    EnterCommandMessages.unknownStage(wanted, rubric: rubric.reference, stages: list),
                    language: language)
            }
            return wanted
        }

        static func today() -> CalendarDate? {
            let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            guard let year = components.year, let month = components.month, let day = components.day else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
    }
}

/// A scorecard that would be larger than the loaders accept.
struct ScorecardTooLarge: Error, CustomStringConvertible {
    var size: Int
    var limit: Int
    var language: Language

    var description: String {
        EnterCommandMessages.scorecardTooLarge(size: size, limit: limit).text(in: language)
    }
}

/// The terminal or standard input as an entry console.
final class StandardConsole: EntryConsole {
    /// Answers piped on standard input are read like an answers file: lines starting with # are comments.
    private let skipsComments: Bool

    init(skipsComments: Bool) {
        self.skipsComments = skipsComments
    }

    func write(_ text: String) {
        Terminal.standardOutput.write(text)
    }

    func readLine() -> String? {
        while let line = Swift.readLine(strippingNewline: true) {
            if skipsComments && line.hasPrefix("#") { continue }
            return line
        }
        return nil
    }
}

/// Answers from a file; prompts and echoed answers go to standard output.
final class ScriptedOutputConsole: EntryConsole {
    private let script: ScriptedConsole

    init(script: String) {
        self.script = ScriptedConsole(script: script)
    }

    func write(_ text: String) {
        Terminal.standardOutput.write(text)
    }

    func readLine() -> String? {
        script.readLine()
    }
}
