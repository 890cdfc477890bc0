import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Interview
import PostgresStore
import ScoringCore

extension HireScoreCommand {
    /// `hirescore enter`: guided, independent, interruption-proof entry of one scorecard.
    struct Enter: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "enter",
                abstract: EnterCommandHelp.enterAbstract.helpText,
                discussion: EnterCommandHelp.enterDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @Option(help: ArgumentHelp(EnterCommandHelp.rubric, valueName: "id"))
        var rubric: String

        @Option(help: ArgumentHelp(EnterCommandHelp.candidate, valueName: "id"))
        var candidate: String

        @Option(help: ArgumentHelp(EnterCommandHelp.interviewer, valueName: "name"))
        var interviewer: String

        @Option(
            help: ArgumentHelp(
                EnterCommandHelp.interviewerID,
                valueName: "id"))
        var interviewerID: String?

        @Option(help: ArgumentHelp(EnterCommandHelp.requisition, valueName: "id"))
        var requisition: String?

        @Option(
            help: ArgumentHelp(
                EnterCommandHelp.stage,
                valueName: "id"))
        var stage: String?

        @Flag(
            help: ArgumentHelp(EnterCommandHelp.allStages)
        )
        var allStages = false

        @Option(
            help: ArgumentHelp(
                EnterCommandHelp.store, valueName: "dir"))
        var store: String?

        @Flag(
            help: ArgumentHelp(EnterCommandHelp.shuffle))
        var shuffle = false

        @Option(help: ArgumentHelp(EnterCommandHelp.answers, valueName: "file"))
        var answers: String?

        @Option(
            help: ArgumentHelp(
                EnterCommandHelp.interviewDate,
                valueName: "date"))
        var interviewDate: String?

        @Flag(
            help: ArgumentHelp(EnterCommandHelp.amend)
        )
        var amend = false

        @Option(help: ArgumentHelp(EnterCommandHelp.reason, valueName: "text"))
        var reason: String?

        @Option(
            help: ArgumentHelp(
                EnterCommandHelp.keep, valueName: "copy"))
        var keep: String?

        func validate() throws {
            if let interviewDate, CalendarDate(parsing: interviewDate) == nil {
                throw ValidationError(UsageMessages.interviewDateInvalid.text(in: options.language))
            }
            if let keep, DraftMirror.Keep(rawValue: keep) == nil {
                throw ValidationError(EnterCommandMessages.badKeep(keep).text(in: options.language))
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
            let chosen = try chooseRubric(in: catalog.rubrics, language: language)
            if allStages, let stage {
                throw CommandFailure(EnterCommandMessages.allStagesAndStage(stage), language: language)
            }
            // An amendment keeps the stage of the card it corrects.
            let stageID = allStages || amend ? nil : try Self.chooseStage(stage, of: chosen, language: language)
            let storeRoot =
                store ?? ProcessInfo.processInfo.environment["HIRESCORE_STORE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? "scorecards"
            if isDatabaseStore(storeRoot) {
                try enterOnDatabase(storeRoot, rubric: chosen, rubrics: catalog.rubrics, stage: stageID)
                return
            }
            let path = try preparedPath(in: storeRoot, language: language)
            try checkSigningKey(storeRoot: storeRoot, language: language)
            let lock = try Self.lockCard(at: path, language: language)
            defer { lock.release() }
            if amend {
                try amendSubmitted(at: path, storeRoot: storeRoot, rubrics: catalog.rubrics, requested: chosen)
                return
            }
            guard
                let draft = try startOrResume(
                    rubric: chosen, stage: stageID, path: path, storeRoot: storeRoot, rubrics: catalog.rubrics,
                    language: language)
            else { return }
            let session = try entrySession(rubric: chosen, draft: draft, path: path, language: language)
            let outcome = session.run()
            switch outcome {
            case .submitted(let seal):
                try recordSubmission(
                    sealed: seal, path: path, storeRoot: storeRoot, rubric: chosen, rubrics: catalog.rubrics,
                    language: language)
            case .savedAndQuit, .endOfInput, .invalidAnswer, .submissionRefused, .saveFailed:
                try Self.finishUnsubmitted(outcome, path: path, language: language)
            }
        }

        /// The rubric `--rubric` names (`ID` or `ID@VERSION`; without a version the newest), refused with the known
        /// ids when there is none.
        private func chooseRubric(in rubrics: [ScoringCore.Rubric], language: Language) throws -> ScoringCore.Rubric {
            let parts = rubric.split(separator: "@", maxSplits: 1).map(String.init)
            let wantedID = parts.first ?? rubric
            let wantedVersion = parts.count > 1 ? Int(parts[1]) : nil
            if parts.count > 1, (wantedVersion ?? 0) < 1 {
                throw CommandFailure(
                    EnterCommandMessages.badRubricVersion(TerminalText.line(rubric), id: wantedID), language: language,
                    exitCode: 2)
            }
            guard
                let chosen = rubrics.filter({
                    $0.id == wantedID && (wantedVersion == nil || $0.version == wantedVersion)
                })
                .max(by: { $0.version < $1.version })
            else {
                let known = Array(Set(rubrics.map(\.id))).sorted()
                throw CommandFailure(
                    CommandMessages.unknownRubric(rubric, folder: options.rubricFolder, known: known),
                    language: language)
            }
            return chosen
        }

        /// The scorecard's path in the folder store, its folder made, refused when another interviewer's card of
        /// the same name is there.
        private func preparedPath(in storeRoot: String, language: Language) throws -> String {
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
            return path
        }

        /// In a signed store, a missing or unregistered key is refused before the interview, not after sealing.
        private func checkSigningKey(storeRoot: String, language: Language) throws {
            do throws(StoreLedger.LedgerError) {
                if let problem = KeyRegistry.signingProblem(
                    storeRoot: storeRoot, person: interviewer, key: try SigningKey.loadIfPresent())
                {
                    throw StoreLedger.LedgerError(message: problem)
                }
            } catch {
                throw CommandFailure(error.message, language: language)
            }
        }

        /// A new draft, or the draft at `path` to resume; nil when the card there was submitted but its submission
        /// was cut off before it was logged, and has now been logged (said on standard output).
        private func startOrResume(
            rubric chosen: ScoringCore.Rubric, stage stageID: String?, path: String, storeRoot: String,
            rubrics: [ScoringCore.Rubric], language: Language
        ) throws -> Scorecard? {
            guard FileManager.default.fileExists(atPath: path) else {
                return newDraft(rubric: chosen, stage: stageID, path: path)
            }
            let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
            if let existing = loaded.scorecard, existing.status == .submitted {
                // A submission cut off between sealing and logging is completed, not refused.
                if existing.hasValidSeal,
                    let recorded = try? RecordSession(
                        ledger: StoreLedger(storeRoot: storeRoot), rubrics: rubrics,
                        signer: SigningKey.loadIfPresent()
                    )
                    .recordInterruptedSubmissions(only: path), !recorded.isEmpty
                {
                    Terminal.standardOutput.write(
                        EnterCommandMessages.interruptedSubmissionLogged(path).text(in: language))
                    return nil
                }
                throw CommandFailure(AmendmentMessages.alreadySubmitted(path), language: language)
            }
            return try Self.resumable(loaded, at: path, rubric: chosen, stage: stageID, language: language)
        }

        /// Takes the lock of the card at `path` (released on a signal too) and removes the temporary files an
        /// interrupted write left beside it; the caller releases the lock.
        static func lockCard(at path: String, language: Language) throws -> ScorecardLock {
            let lock: ScorecardLock
            do {
                lock = try ScorecardLock.acquire(for: path)
            } catch {
                throw CommandFailure(error.message, language: language)
            }
            SignalCleanup.install(lockPath: lock.path, language: language)
            AtomicFile.removeStaleTemporaries(of: path)
            return lock
        }

        /// An empty draft of this interviewer's card for the candidate, to be written at `path`.
        func newDraft(rubric chosen: ScoringCore.Rubric, stage stageID: String?, path: String) -> Scorecard {
            var draft = Scorecard(
                rubricID: chosen.id, rubricVersion: chosen.version, rubricHash: chosen.hash, candidate: candidate,
                requisition: requisition, interviewer: interviewer,
                interviewDate: interviewDate.flatMap(CalendarDate.init(parsing:)) ?? CalendarDate.today,
                sourcePath: path)
            draft.stage = stageID
            draft.interviewerID = interviewerID
            return draft
        }

        /// Says the card was submitted and logs the submission (signed where the store is) in the audit log.
        private func recordSubmission(
            sealed seal: String, path: String, storeRoot: String, rubric chosen: ScoringCore.Rubric,
            rubrics: [ScoringCore.Rubric], language: Language
        ) throws {
            Terminal.standardOutput.write(EnterCommandMessages.submitted(path, seal: seal).text(in: language))
            CrashPoint.reach("submit.after-seal")
            do throws(StoreLedger.LedgerError) {
                let session = try RecordSession(
                    ledger: StoreLedger(storeRoot: storeRoot), rubrics: rubrics, signer: SigningKey.loadIfPresent())
                guard let sealed = ScorecardLoader().load(path: path, rubrics: rubrics).scorecard, sealed.seal == seal
                else {
                    throw StoreLedger.LedgerError(message: EnterCommandMessages.unreadableAfterSealing(path))
                }
                try session.recordSubmission(of: sealed, at: path, rubric: chosen)
            } catch {
                throw CommandFailure(EnterCommandMessages.submittedNotLogged(error.message), language: language)
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

        /// The draft loaded from `path`, when it may be resumed with the rubric and stage asked for; else the
        /// reason it may not (its diagnostics printed first when it cannot be read).
        static func resumable(
            _ loaded: ScorecardLoader.Result, at path: String, rubric chosen: ScoringCore.Rubric,
            stage stageID: String?,
            language: Language
        ) throws -> Scorecard {
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
            return existing
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
