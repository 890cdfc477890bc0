import ArgumentParser
import Compliance
import Foundation
import Interview
import ScoringCore

extension HireScoreCommand {
    /// `hirescore enter`: guided, independent, interruption-proof entry of one scorecard.
    struct Enter: ParsableCommand {
        static let configuration = CommandConfiguration(
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

        func validate() throws {
            if let interviewDate, CalendarDate(parsing: interviewDate) == nil {
                throw ValidationError("--interview-date must be a date YYYY-MM-DD, for example 2026-11-20")
            }
        }

        func run() throws {
            let language = options.language
            let de = language == .de
            let catalog = options.loadRubrics()
            let parts = rubric.split(separator: "@", maxSplits: 1).map(String.init)
            let wantedID = parts.first ?? rubric
            let wantedVersion = parts.count > 1 ? Int(parts[1]) : nil
            if parts.count > 1, (wantedVersion ?? 0) < 1 {
                throw CommandFailure(
                    message: de
                        ? "Fehler: --rubric \(TerminalText.line(rubric)): die Version nach '@' muss eine ganze Zahl ab 1 sein, zum Beispiel \(wantedID)@1"
                        : "error: --rubric \(TerminalText.line(rubric)): the version after '@' must be a whole number from 1, for example \(wantedID)@1",
                    exitCode: 2)
            }
            guard
                let chosen = catalog.rubrics.filter({
                    $0.id == wantedID && (wantedVersion == nil || $0.version == wantedVersion)
                })
                .max(by: { $0.version < $1.version })
            else {
                let known = Array(Set(catalog.rubrics.map(\.id))).sorted().joined(separator: ", ")
                throw CommandFailure(
                    message: de
                        ? "Fehler: keine Bewertungsvorlage '\(rubric)' in \(options.rubricFolder); bekannt: \(known)"
                        : "error: no rubric '\(rubric)' in \(options.rubricFolder); known rubrics: \(known)")
            }
            if allStages, let stage {
                throw CommandFailure(
                    message: de
                        ? "Fehler: --all-stages und --stage \(stage) schließen sich aus; geben Sie nur eines an"
                        : "error: --all-stages and --stage \(stage) exclude each other; give only one")
            }
            let stageID = allStages ? nil : try Self.chooseStage(stage, of: chosen, language: language)
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
                throw CommandFailure(
                    message: (de ? "Fehler: " : "error: ") + error.message.text(in: language), exitCode: 1)
            }
            if let collision = ScorecardStore.interviewerCollision(
                at: path, interviewer: interviewer, interviewerID: interviewerID)
            {
                throw CommandFailure(message: (de ? "Fehler: " : "error: ") + collision.text(in: language))
            }
            // In a signed store, a missing or unregistered key is refused before the interview, not after sealing.
            do throws(StoreLedger.LedgerError) {
                if let problem = KeyRegistry.signingProblem(
                    storeRoot: storeRoot, person: interviewer, key: try SigningKey.loadIfPresent())
                {
                    throw StoreLedger.LedgerError(message: problem)
                }
            } catch {
                throw CommandFailure(message: (de ? "Fehler: " : "error: ") + error.message.text(in: language))
            }
            let lock: ScorecardLock
            do {
                lock = try ScorecardLock.acquire(for: path)
            } catch {
                throw CommandFailure(message: (de ? "Fehler: " : "error: ") + error.message.text(in: language))
            }
            SignalCleanup.install(lockPath: lock.path, language: language)
            defer { lock.release() }
            AtomicFile.removeStaleTemporaries(of: path)

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
                            de
                                ? "\(path) war schon versiegelt, aber seine Abgabe war nicht protokolliert (unterbrochen); sie ist jetzt protokolliert\n"
                                : "\(path) was already sealed, but its submission had not been logged (interrupted); it is logged now\n"
                        )
                        return
                    }
                    throw CommandFailure(
                        message: de
                            ? "Fehler: \(path) ist bereits abgegeben und versiegelt; es gibt nichts mehr einzugeben"
                            : "error: \(path) is already submitted and sealed; there is nothing left to enter")
                }
                if let existing = loaded.scorecard ?? nil, existing.rubricID == chosen.id,
                    existing.rubricVersion != chosen.version
                        || (existing.rubricHash != nil && existing.rubricHash != chosen.hash)
                {
                    throw CommandFailure(
                        message: de
                            ? "Fehler: der Entwurf \(path) wurde mit \(existing.rubricID)@\(existing.rubricVersion) begonnen, die Vorlage ist jetzt \(chosen.reference) (Hash \(chosen.hash.prefix(19))…); setzen Sie ihn mit --rubric \(existing.rubricID)@\(existing.rubricVersion) fort oder löschen Sie ihn, um neu zu beginnen"
                            : "error: the draft \(path) was started with \(existing.rubricID)@\(existing.rubricVersion), but the rubric is now \(chosen.reference) (hash \(chosen.hash.prefix(19))…); finish it with --rubric \(existing.rubricID)@\(existing.rubricVersion), or delete the draft to start over"
                    )
                }
                guard let existing = loaded.scorecard else {
                    let printer = DiagnosticPrinter(
                        language: language, useColor: Terminal.standardError.supportsColor,
                        sources: [path: loaded.source])
                    Terminal.standardError.write(printer.render(loaded.diagnostics, fileCount: 1))
                    throw CommandFailure(
                        message: de
                            ? "Fehler: der Entwurf \(path) kann nicht gelesen werden; er bleibt unverändert"
                            : "error: the draft \(path) cannot be read; it is left unchanged")
                }
                if existing.rubricID != chosen.id {
                    throw CommandFailure(
                        message: de
                            ? "Fehler: der Entwurf \(path) gehört zur Vorlage '\(existing.rubricID)', nicht '\(chosen.id)'"
                            : "error: the draft \(path) is for rubric '\(existing.rubricID)', not '\(chosen.id)'")
                }
                if existing.stage != stageID {
                    let was = existing.stage ?? (de ? "keine Stufe" : "no stage")
                    throw CommandFailure(
                        message: de
                            ? "Fehler: der Entwurf \(path) ist für die Stufe '\(was)', nicht '\(stageID ?? "")'; setzen Sie ihn mit --stage \(existing.stage ?? "") fort"
                            : "error: the draft \(path) is for stage '\(was)', not '\(stageID ?? "")'; continue it with --stage \(existing.stage ?? "")"
                    )
                }
                draft = existing
            }

            let scripted = answers != nil || isatty(STDIN_FILENO) != 1
            let console: EntryConsole
            if let answers {
                // A bounded read: a huge file, /dev/zero or a FIFO is refused, never read into memory or waited on.
                let limit = YAMLReader.Limits().maximumBytes
                let data: [UInt8]
                switch BoundedFile.read(answers, limit: limit) {
                case .success(let bytes):
                    data = bytes
                case .failure(.tooLarge):
                    throw CommandFailure(
                        message: de
                            ? "Fehler: die Antwortdatei \(answers) ist größer als die Grenze von \(limit) Bytes"
                            : "error: the answers file \(answers) is larger than the limit of \(limit) bytes")
                case .failure(.notRegular):
                    throw CommandFailure(
                        message: de
                            ? "Fehler: die Antwortdatei \(answers) ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät)"
                            : "error: the answers file \(answers) is not a regular file (a folder, pipe or device)")
                case .failure(.unreadable):
                    throw CommandFailure(
                        message: de
                            ? "Fehler: die Antwortdatei \(answers) kann nicht gelesen werden"
                            : "error: the answers file \(answers) cannot be read")
                }
                console = ScriptedOutputConsole(script: String(decoding: data, as: UTF8.self))
            } else {
                console = StandardConsole(skipsComments: scripted)
            }
            // On a terminal the screen is wrapped to its width; into a file or pipe the text stays as it always was.
            let screen =
                isatty(STDOUT_FILENO) == 1
                ? EntryScreen(
                    width: Terminal.standardOutput.columns, height: Terminal.standardOutput.rows,
                    bold: Terminal.standardOutput.supportsColor) : nil
            let session = EntrySession(
                rubric: chosen, registry: HireScoreModules.registry, scorecard: draft, console: console,
                language: language, shuffle: shuffle, scripted: scripted, screen: screen,
                currentWidth: { Terminal.standardOutput.columns }
            ) { scorecard in
                // Never write a scorecard the loaders would refuse as too large: it could not be verified, merged or exported.
                let text = try scorecard.yamlText()
                let limit = YAMLReader.Limits().maximumBytes
                guard text.utf8.count <= limit else {
                    throw ScorecardTooLarge(size: text.utf8.count, limit: limit, language: language)
                }
                try AtomicFile.write(text, to: path)
            }
            let outcome = session.run()
            switch outcome {
            case .submitted(let seal):
                Terminal.standardOutput.write(
                    de
                        ? "\nAbgegeben und versiegelt: \(path)\n  Siegel \(seal)\n"
                        : "\nSubmitted and sealed: \(path)\n  seal \(seal)\n")
                CrashPoint.reach("submit.after-seal")
                do throws(StoreLedger.LedgerError) {
                    let session = try RecordSession(
                        ledger: StoreLedger(storeRoot: storeRoot), rubrics: catalog.rubrics,
                        signer: SigningKey.loadIfPresent())
                    guard let sealed = ScorecardLoader().load(path: path, rubrics: catalog.rubrics).scorecard,
                        sealed.seal == seal
                    else {
                        throw StoreLedger.LedgerError(
                            message: .init(
                                en: "\(path) cannot be read back after sealing",
                                de: "\(path) ist nach dem Versiegeln nicht lesbar"))
                    }
                    try session.recordSubmission(of: sealed, at: path, rubric: chosen)
                } catch {
                    throw CommandFailure(
                        message: (de
                            ? "Fehler: abgegeben, aber das Protokoll konnte nicht geschrieben werden: "
                            : "error: submitted, but the audit log could not be written: ")
                            + error.message.text(in: language)
                            + (de
                                ? "; 'hirescore audit repair' trägt die Abgabe nach"
                                : "; 'hirescore audit repair' records the submission"))
                }
            case .savedAndQuit:
                Terminal.standardOutput.write(
                    de
                        ? "\nEntwurf gespeichert: \(path); derselbe Befehl setzt fort.\n"
                        : "\nDraft saved: \(path); run the same command again to continue.\n")
            case .endOfInput:
                Terminal.standardError.write(
                    de
                        ? "\nEnde der Eingabe: Entwurf gespeichert in \(path); derselbe Befehl setzt fort.\n"
                        : "\nend of input: the draft is saved in \(path); run the same command again to continue.\n")
            case .invalidAnswer(let message):
                throw CommandFailure(
                    message: (de ? "\nFehler: " : "\nerror: ") + message
                        + (de
                            ? "\n  die Antworten davor sind im Entwurf \(path) gespeichert"
                            : "\n  the answers before it are saved in the draft \(path)"))
            case .submissionRefused(let missing):
                throw CommandFailure(
                    message: (de
                        ? "\nFehler: Abgabe nicht möglich, es fehlt:\n" : "\nerror: cannot submit yet; missing:\n")
                        + missing.map { "  - \($0)" }.joined(separator: "\n")
                        + (de ? "\n  der Entwurf bleibt gespeichert: \(path)" : "\n  the draft stays saved: \(path)"))
            case .saveFailed(let reason):
                throw CommandFailure(
                    message: (de ? "\nFehler: Speichern fehlgeschlagen: " : "\nerror: saving failed: ") + reason)
            }
        }

        /// The stage id to record: nil for a rubric without a plan; the one stage of a one-stage plan; else the
        /// stage asked for, which must be one of the plan's.
        static func chooseStage(_ wanted: String?, of rubric: ScoringCore.Rubric, language: Language) throws -> String?
        {
            let de = language == .de
            guard !rubric.plan.isEmpty else {
                if let wanted, wanted != InterviewStage.defaultID {
                    throw CommandFailure(
                        message: de
                            ? "Fehler: die Bewertungsvorlage \(rubric.reference) hat keinen Interviewplan, also keine Stufe '\(wanted)'; lassen Sie --stage weg"
                            : "error: rubric \(rubric.reference) has no interview plan, so no stage '\(wanted)'; leave out --stage"
                    )
                }
                return nil
            }
            let list = rubric.plan.map { "  \($0.id)  \($0.title.text(in: language.rawValue))" }.joined(separator: "\n")
            guard let wanted else {
                if rubric.plan.count == 1 { return rubric.plan[0].id }
                throw CommandFailure(
                    message: de
                        ? "Fehler: die Bewertungsvorlage \(rubric.reference) plant mehrere Stufen; geben Sie Ihre mit --stage an:\n\(list)"
                        : "error: rubric \(rubric.reference) plans several stages; name yours with --stage:\n\(list)")
            }
            guard rubric.stage(wanted) != nil else {
                throw CommandFailure(
                    message: de
                        ? "Fehler: '\(wanted)' ist keine Stufe von \(rubric.reference); die Stufen:\n\(list)"
                        : "error: '\(wanted)' is not a stage of \(rubric.reference); its stages:\n\(list)")
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
        language == .de
            ? "der Bewertungsbogen würde \(size) Bytes groß, mehr als die Grenze von \(limit) Bytes, die beim Lesen gilt; kürzen Sie den letzten Beleg"
            : "the scorecard would be \(size) bytes, more than the limit of \(limit) bytes that readers accept; shorten the last evidence"
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
