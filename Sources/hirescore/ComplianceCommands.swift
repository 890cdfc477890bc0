import ArgumentParser
import Compliance
import Foundation
import Panel
import ScoringCore

/// The store and the acting person, shared by the commands that change or disclose applicant data.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The scorecard store folder (default: $HIRESCORE_STORE, else ./scorecards).", valueName: "dir"))
    var store: String?

    @Option(help: ArgumentHelp("Who acts, for the audit log (default: $USER).", valueName: "name"))
    var actor: String?

    var storeRoot: String {
        store ?? ProcessInfo.processInfo.environment["HIRESCORE_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "scorecards"
    }

    var actorName: String {
        actor ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
    }

    var ledger: StoreLedger { StoreLedger(storeRoot: storeRoot) }

    func requireStore(_ language: Language) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: storeRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(message: language == .de ? "Fehler: keine Ablage unter \(storeRoot)" : "error: there is no store at \(storeRoot)")
        }
    }
}

func fail(_ error: StoreLedger.LedgerError, _ language: Language) -> CommandFailure {
    CommandFailure(message: (language == .de ? "Fehler: " : "error: ") + error.message.text(in: language))
}

extension HireScoreCommand {
    /// `hirescore decide`: record the decision on a candidate, which starts the retention period.
    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the hiring decision on a candidate: merges the panel, logs both, and sets the retention date.",
            discussion: "The retention date is the decision date plus the store's retention period (default 6 months; set `retention-months` in STORE/.hirescore/settings.json). The decision event in the audit log names the exact sealed scorecards and the rubric hash."
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The candidate.", valueName: "id")) var candidate: String
        @Option(help: ArgumentHelp("The requisition.", valueName: "id")) var requisition: String?
        @Option(help: ArgumentHelp("hired, rejected or withdrawn.", valueName: "outcome")) var outcome: String
        @Option(help: ArgumentHelp("The day of the decision, YYYY-MM-DD (default: today).", valueName: "date")) var date: String?

        func validate() throws {
            guard ["hired", "rejected", "withdrawn"].contains(outcome) else {
                throw ValidationError("--outcome must be hired, rejected or withdrawn")
            }
            if let date, CalendarDate(parsing: date) == nil { throw ValidationError("--date must be a date YYYY-MM-DD") }
        }

        func run() throws {
            let language = options.language
            let de = language == .de
            try storeOptions.requireStore(language)
            let catalog = options.loadRubrics()
            let folder = storeOptions.storeRoot + "/" + (requisition ?? ScorecardStore.unassignedRequisition) + "/" + candidate
            let files = ScorecardStore.scorecardFiles(in: folder).files
            guard !files.isEmpty else {
                throw CommandFailure(message: de ? "Fehler: keine Bewertungsbögen für '\(candidate)' in \(folder)" : "error: no scorecards for '\(candidate)' in \(folder)")
            }
            let report = PanelMerger(registry: HireScoreModules.registry).merge(files: files, rubrics: catalog.rubrics)
            guard report.problems.isEmpty, let panel = report.panels.first else {
                let list = report.problems.map { "  - " + $0.message.text(in: language) + " (" + $0.files.joined(separator: ", ") + ")" }.joined(separator: "\n")
                throw CommandFailure(message: (de ? "Fehler: das Panel kann nicht zusammengeführt werden; keine Entscheidung erfasst:\n" : "error: the panel cannot be merged; no decision recorded:\n") + list)
            }
            let ledger = storeOptions.ledger
            let decisionDate = date.flatMap(CalendarDate.init(parsing:)) ?? .today
            do {
                let settings = try ledger.settings()
                let retainUntil = decisionDate.adding(months: settings.retentionMonths)
                var references: [AuditLog.FileReference] = []
                for file in files {
                    guard var scorecard = ScorecardLoader().load(path: file, rubrics: catalog.rubrics).scorecard else { continue }
                    scorecard.retainUntil = retainUntil
                    do {
                        try AtomicFile.write(try scorecard.yamlText(), to: file)
                    } catch {
                        throw CommandFailure(message: (de ? "Fehler: " : "error: ") + "\(file): \(error)")
                    }
                    references.append(StoreFiles.reference(to: file, storeRoot: ledger.storeRoot, scorecard: scorecard))
                }
                var decisions = try ledger.decisions().filter { !($0.candidate == candidate && $0.requisition == requisition) }
                let recommendation = panel.consensus.recommendation.rawValue
                decisions.append(.init(candidate: candidate, requisition: requisition, outcome: outcome, date: decisionDate.description,
                                       retainUntil: retainUntil.description, panelRecommendation: recommendation, actor: storeOptions.actorName))
                let log = AuditLog(ledger: ledger)
                let score = panel.consensus.overallScore.map { Format.fixed($0) } ?? "-"
                try log.append(.init(event: "merge", actor: storeOptions.actorName, candidate: candidate, requisition: requisition,
                                     rubric: panel.rubric.reference, rubricHash: panel.rubric.hash, files: references,
                                     details: ["recommendation": recommendation, "score": score, "consensus": panel.method.rawValue]))
                try ledger.save(decisions: decisions)
                try log.append(.init(event: "decision", actor: storeOptions.actorName, candidate: candidate, requisition: requisition,
                                     rubric: panel.rubric.reference, rubricHash: panel.rubric.hash, files: references,
                                     details: ["outcome": outcome, "date": decisionDate.description, "retain-until": retainUntil.description,
                                               "recommendation": recommendation, "score": score]))
                Terminal.standardOutput.write(de
                    ? "Entscheidung erfasst: \(candidate) \(outcome) am \(decisionDate) (Panel: \(panel.consensus.recommendation.label.text(in: language))); aufbewahrt bis \(retainUntil)\n"
                    : "Decision recorded: \(candidate) \(outcome) on \(decisionDate) (panel: \(panel.consensus.recommendation.label.text(in: language))); kept until \(retainUntil)\n")
            } catch let error as StoreLedger.LedgerError {
                throw fail(error, language)
            }
        }
    }

    /// `hirescore hold`: keep a candidate's data beyond its retention date (for example during an AGG claim).
    struct Hold: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Place a legal hold on a candidate (kept until released, whatever the retention date), or release it."
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: ArgumentHelp("The candidate.", valueName: "candidate")) var candidate: String
        @Option(help: ArgumentHelp("Only this requisition (default: all of the candidate's).", valueName: "id")) var requisition: String?
        @Option(help: ArgumentHelp("Why the data must be kept (required when placing a hold).", valueName: "text")) var reason: String?
        @Flag(help: "Release the hold instead of placing it.") var release = false

        func run() throws {
            let language = options.language
            let de = language == .de
            try storeOptions.requireStore(language)
            let ledger = storeOptions.ledger
            do {
                var holds = try ledger.holds()
                let log = AuditLog(ledger: ledger)
                if release {
                    let before = holds.count
                    holds.removeAll { $0.candidate == candidate && $0.requisition == requisition }
                    guard holds.count < before else {
                        throw CommandFailure(message: de ? "Fehler: keine Sperre für '\(candidate)'" : "error: there is no hold on '\(candidate)'")
                    }
                    // Log first: a change without a record must not happen.
                    try log.append(.init(event: "release", actor: storeOptions.actorName, candidate: candidate, requisition: requisition))
                    try ledger.save(holds: holds)
                    Terminal.standardOutput.write(de ? "Sperre aufgehoben: \(candidate)\n" : "Hold released: \(candidate)\n")
                    return
                }
                guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw CommandFailure(message: de ? "Fehler: eine Sperre braucht einen Grund: --reason \"...\" (zum Beispiel eine anhängige AGG-Klage)"
                                                     : "error: a hold needs a reason: --reason \"...\" (for example a pending AGG claim)", exitCode: 2)
                }
                guard !StoreFiles.candidateFolders(in: ledger.storeRoot).filter({ $0.candidate == candidate }).isEmpty else {
                    throw CommandFailure(message: de ? "Fehler: kein*e Kandidat*in '\(candidate)' in der Ablage" : "error: no candidate '\(candidate)' in the store")
                }
                holds.removeAll { $0.candidate == candidate && $0.requisition == requisition }
                let formatter = ISO8601DateFormatter()
                holds.append(.init(candidate: candidate, requisition: requisition, reason: reason, since: formatter.string(from: Date()), actor: storeOptions.actorName))
                try log.append(.init(event: "hold", actor: storeOptions.actorName, candidate: candidate, requisition: requisition, details: ["reason": reason]))
                try ledger.save(holds: holds)
                Terminal.standardOutput.write(de ? "Sperre gesetzt: \(candidate) wird bis zur Aufhebung aufbewahrt\n" : "Hold placed: \(candidate) is kept until released\n")
            } catch let error as StoreLedger.LedgerError {
                throw fail(error, language)
            }
        }
    }

    /// `hirescore purge`: delete applicant data whose retention date has passed.
    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete every file of candidates whose retention date has passed (drafts and reports included); never on hold or not yet due.",
            discussion: "What is deleted is recorded in the audit log by candidate id and hashes only, no personal data. Use --dry-run to see the plan."
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Show what would be deleted, delete nothing.") var dryRun = false
        @Option(help: ArgumentHelp("Delete what was due before this day (default: today; never later than today).", valueName: "date")) var before: String?

        func run() throws {
            let language = options.language
            let de = language == .de
            try storeOptions.requireStore(language)
            let today = CalendarDate.today
            var asOf = today
            if let before {
                guard let date = CalendarDate(parsing: before) else {
                    throw CommandFailure(message: de ? "Fehler: --before braucht ein Datum JJJJ-MM-TT" : "error: --before needs a date YYYY-MM-DD", exitCode: 2)
                }
                guard date <= today else {
                    throw CommandFailure(message: de
                        ? "Fehler: --before \(before) liegt in der Zukunft; gelöscht wird nur, was fällig ist (höchstens bis heute, \(today))"
                        : "error: --before \(before) is in the future; only what is due can be deleted (up to today, \(today))")
                }
                asOf = date
            }
            do {
                let plan = try Compliance.Purge(ledger: storeOptions.ledger, asOf: asOf)
                var out = ""
                for item in plan.items {
                    let label: String
                    switch item.verdict {
                    case .due: label = de ? "LÖSCHEN (fällig seit \(item.retainUntil?.description ?? "?"))" : "DELETE (due since \(item.retainUntil?.description ?? "?"))"
                    case .notDue: label = de ? "behalten bis \(item.retainUntil?.description ?? "?")" : "keep until \(item.retainUntil?.description ?? "?")"
                    case .onHold: label = de ? "behalten: Sperre" : "keep: on hold"
                    case .undecided: label = de ? "behalten: noch keine Entscheidung" : "keep: no decision yet"
                    }
                    out += "  \(item.folder.requisition)/\(item.folder.candidate): \(label) (\(item.folder.files.count) \(de ? "Dateien" : "files"))\n"
                }
                Terminal.standardOutput.write(out)
                if dryRun {
                    Terminal.standardOutput.write(de ? "Probelauf: \(plan.due.count) Kandidat*innen wären zu löschen; nichts gelöscht\n"
                                                     : "dry run: \(plan.due.count) candidates would be deleted; nothing deleted\n")
                    return
                }
                let catalog = options.loadRubrics()
                let count = try plan.execute(log: AuditLog(ledger: storeOptions.ledger), actor: storeOptions.actorName, rubrics: catalog.rubrics)
                Terminal.standardOutput.write(de ? "\(count) Dateien von \(plan.due.count) Kandidat*innen gelöscht und protokolliert\n"
                                                 : "deleted \(count) files of \(plan.due.count) candidates and logged it\n")
            } catch {
                throw fail(error, language)
            }
        }
    }

    /// `hirescore export`: everything the store holds about one candidate, for an access request.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export everything the store holds about one candidate (Art. 15 DSGVO access request).",
            discussion: "Scorecards with evidence, panel results, decisions, dates, retention, holds and audit events, as JSON, Markdown or HTML. The export is recorded in the audit log."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown, html }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The candidate.", valueName: "id")) var candidate: String
        @Option(help: "json, markdown or html.") var format: Format = .json
        @Flag(help: "Replace interviewer names by Interviewer 1, 2, ...") var pseudonymiseInterviewers = false
        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?

        func run() throws {
            let language = options.language
            try storeOptions.requireStore(language)
            let catalog = options.loadRubrics()
            let export: CandidateExport
            do {
                export = try CandidateExport(candidate: candidate, ledger: storeOptions.ledger, rubrics: catalog.rubrics,
                                             registry: HireScoreModules.registry, pseudonymiseInterviewers: pseudonymiseInterviewers,
                                             language: language, today: .today)
            } catch {
                throw CommandFailure(message: (language == .de ? "Fehler: " : "error: ") + error.message.text(in: language))
            }
            let text: String
            switch format {
            case .json: text = export.json()
            case .markdown: text = export.markdown(language: language)
            case .html: text = export.html(language: language)
            }
            // Logged before anything is disclosed: an export the log cannot record does not happen.
            do {
                try AuditLog(ledger: storeOptions.ledger).append(.init(event: "export", actor: storeOptions.actorName, candidate: candidate,
                                                                        details: ["format": format.rawValue, "pseudonymised": String(pseudonymiseInterviewers)]))
            } catch {
                throw fail(error, language)
            }
            if let output {
                do {
                    try AtomicFile.write(text, to: output)
                } catch {
                    throw CommandFailure(message: (language == .de ? "Fehler: " : "error: ") + "\(error)")
                }
            } else {
                Terminal.standardOutput.write(text)
            }
        }
    }

    /// `hirescore audit`: check and read the audit log.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the audit log's chain, or tell the story of one candidate.",
                                                        subcommands: [Verify.self, Show.self])

        struct Verify: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check that no line of the audit log was changed and every scorecard it references is still present and sealed as then.")

            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions

            func run() throws {
                let language = options.language
                try storeOptions.requireStore(language)
                let log = AuditLog(ledger: storeOptions.ledger)
                let problems = log.verify(rubrics: options.loadRubrics().rubrics)
                let count = log.events().events.count
                for problem in problems {
                    Terminal.standardOutput.write("\(storeOptions.ledger.auditLogPath)\(problem.line.map { ":\($0)" } ?? ""): "
                                                  + (language == .de ? "Fehler: " : "error: ") + problem.message.text(in: language) + "\n")
                }
                if problems.isEmpty {
                    Terminal.standardOutput.write(language == .de ? "Protokoll in Ordnung: \(count) Ereignisse, Kette und Verweise intakt\n"
                                                                  : "audit log intact: \(count) events, chain and references verified\n")
                } else {
                    throw ExitCode(1)
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Tell the story of one candidate's decision from the audit log.")

            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions

            @Argument(help: ArgumentHelp("The candidate.", valueName: "candidate")) var candidate: String

            func run() throws {
                let language = options.language
                let de = language == .de
                try storeOptions.requireStore(language)
                let events = AuditLog(ledger: storeOptions.ledger).events().events.map(\.event).filter { $0.candidate == candidate }
                guard !events.isEmpty else {
                    throw CommandFailure(message: de ? "Fehler: keine Ereignisse für '\(candidate)' im Protokoll" : "error: no events for '\(candidate)' in the audit log")
                }
                var out = ""
                for event in events {
                    out += "\(event.sequence). \(event.time)  \(event.event)  \(de ? "durch" : "by") \(event.actor)"
                    if let requisition = event.requisition { out += "  [\(requisition)]" }
                    out += "\n"
                    if let rubric = event.rubric { out += "     \(de ? "Vorlage" : "rubric") \(rubric) \(event.rubricHash ?? "")\n" }
                    for (key, value) in event.details.sorted(by: { $0.key < $1.key }) { out += "     \(key): \(value)\n" }
                    for file in event.files { out += "     \(file.path == "-" ? "" : file.path + "  ")\(file.seal)\n" }
                }
                Terminal.standardOutput.write(out)
            }
        }
    }
}
