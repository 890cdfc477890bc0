import ArgumentParser
import CommandKit
import Compliance
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand {
    /// `hirescore audit`: check, repair and read the audit log.
    struct Audit: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "audit",
                abstract: AuditCommandHelp.auditAbstract.helpText,
                discussion: AuditCommandHelp.auditDiscussion.helpText,
                subcommands: [Verify.self, Checkpoint.self, Repair.self, Show.self])
        }

        struct Verify: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "verify",
                    abstract: AuditCommandHelp.verifyAbstract.helpText,
                    discussion: AuditCommandHelp.verifyDiscussion.helpText
                )
            }

            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreFolderOptions
            @Option(
                help: ArgumentHelp(
                    AuditCommandHelp.verifyCheckpoint,
                    valueName: "text"))
            var checkpoint: String?

            func run() throws {
                let language = options.language
                var (options, storeOptions) = (self.options, self.storeOptions)
                var output: String?
                var paths: [String] = []
                // An interviewer's snapshot of a database store holds only what row-level security shows them.
                let partial = try DatabaseStoreSnapshot.open(
                    store: &storeOptions.store, rubrics: &options.rubrics, output: &output, paths: &paths,
                    language: language
                ).isPartial
                try storeOptions.requireStore(language)
                let ledger = storeOptions.ledger
                let rubrics = options.loadRubrics().rubrics
                var problems =
                    partial
                    ? StoreVerification.verifyReadablePart(ledger: ledger, rubrics: rubrics)
                    : StoreVerification.verify(ledger: ledger, rubrics: rubrics)
                if let checkpoint { problems += AuditLog(ledger: ledger).verify(checkpoint: checkpoint) }
                let count = AuditLog(ledger: ledger).events().events.count
                for problem in problems {
                    Terminal.standardOutput.write(
                        "\(ledger.auditLogPath)\(problem.line.map { ":\($0)" } ?? ""): "
                            + Diagnostic.Severity.error.keyword + ": "
                            + TerminalText.line(problem.message.text(in: language)) + "\n")
                }
                if problems.isEmpty {
                    let verdict =
                        partial ? AuditCommandMessages.readablePartIntact(count) : AuditCommandMessages.intact(count)
                    Terminal.standardOutput.write(verdict.text(in: language) + "\n")
                } else {
                    throw ExitCode(1)
                }
            }
        }

        struct Checkpoint: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "checkpoint",
                    abstract: AuditCommandHelp.checkpointAbstract.helpText,
                    discussion: AuditCommandHelp.checkpointDiscussion.helpText
                )
            }

            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions

            func run() throws {
                let language = options.language
                let signer: SigningKey?
                do {
                    signer = try SigningKey.loadIfPresent()
                } catch {
                    throw fail(error, language)
                }
                var storeOptions = self.storeOptions
                try storeOptions.openDatabaseStore(options: options)
                try storeOptions.requireStore(language)
                let log = AuditLog(ledger: storeOptions.ledger, signer: signer)
                if log.signer == nil {
                    Terminal.standardError.write(
                        CommandMessages.note.text(in: language)
                            + AuditCommandMessages.unsignedCheckpoint.text(in: language) + "\n")
                }
                Terminal.standardOutput.write(log.checkpoint(actor: storeOptions.actorName).text + "\n")
            }
        }

        struct Repair: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "repair",
                    abstract: AuditCommandHelp.repairAbstract.helpText,
                    discussion: AuditCommandHelp.repairDiscussion.helpText
                )
            }

            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions

            func run() throws {
                let language = options.language
                if storeOptions.isDatabase {
                    guard case .postgres(let settings) = try storeLocation(storeOptions.store, language: language)
                    else { throw CommandFailure(LocalizedText(storeOptions.storeRoot), language: language) }
                    try runDatabaseWork(language: language) { try await DatabaseRepair.check(settings) }
                    Terminal.standardOutput.write(
                        AuditCommandMessages.nothingToRepairOnDatabase(settings.description).text(in: language) + "\n")
                    return
                }
                let session = try storeOptions.openRecords(rubrics: options.loadRubrics().rubrics, language: language)
                do {
                    let recorded = try session.recordInterruptedSubmissions()
                    for path in recorded {
                        Terminal.standardOutput.write(
                            AuditCommandMessages.submissionRecorded(path).text(in: language) + "\n")
                    }
                    let total = session.recovered.count + recorded.count
                    Terminal.standardOutput.write(AuditCommandMessages.repairFinished(total).text(in: language) + "\n")
                } catch {
                    throw fail(error, language)
                }
            }
        }

        struct Show: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "show",
                    abstract: AuditCommandHelp.showAbstract.helpText,
                    discussion: AuditCommandHelp.showDiscussion.helpText)
            }

            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreFolderOptions

            @Argument(help: ArgumentHelp(AuditCommandHelp.showCandidate, valueName: "candidate")) var candidate: String?

            @Flag(help: ArgumentHelp(AuditCommandHelp.showMembers)) var members = false

            @Flag(help: ArgumentHelp(AuditCommandHelp.showSettings)) var settings = false

            func run() throws {
                let language = options.language
                guard (candidate == nil) == (members || settings) else {
                    throw CommandFailure(AuditCommandMessages.candidateOrMembers, language: language, exitCode: 2)
                }
                if let candidate {
                    do {
                        _ = try RecordID.candidate(candidate)
                    } catch {
                        throw fail(error, language)
                    }
                }
                var storeOptions = self.storeOptions
                try storeOptions.openDatabaseStore(options: options)
                try storeOptions.requireStore(language)
                let kinds =
                    (members ? [AuditLog.EventKind.memberGrant, AuditLog.EventKind.memberRevoke] : [])
                    + (settings ? [AuditLog.EventKind.storeSetting] : [])
                let events = AuditLog(ledger: storeOptions.ledger).events().events.map(\.event).filter { event in
                    candidate.map { event.candidate == $0 } ?? kinds.contains(event.event)
                }
                guard !events.isEmpty else {
                    guard let candidate else {
                        let none =
                            members && settings
                            ? AuditCommandMessages.noMemberOrSettingEvents
                            : members ? AuditCommandMessages.noMemberEvents : AuditCommandMessages.noSettingEvents
                        Terminal.standardOutput.write(none.text(in: language) + "\n")
                        return
                    }
                    throw CommandFailure(AuditCommandMessages.noEvents(candidate), language: language)
                }
                Terminal.standardOutput.write(events.map { Self.story(of: $0, language: language) }.joined())
            }

            /// One event as `audit show` tells it. Every value from the log is printed on one line with its control
            /// characters escaped: a reason with a line break cannot forge an event line, an ESC cannot reach the
            /// terminal.
            static func story(of event: AuditLog.Event, language: Language) -> String {
                let text = TerminalText.line
                let by = AuditCommandMessages.by.text(in: language)
                var out = "\(event.sequence). \(text(event.time))  \(text(event.event))  \(by) \(text(event.actor))"
                if let requisition = event.requisition { out += "  [\(text(requisition))]" }
                out += "\n"
                if let change = memberChange(event) ?? settingChange(event) {
                    return out + "     " + text(change.text(in: language)) + "\n"
                }
                if let rubric = event.rubric {
                    let label = AuditCommandMessages.rubric.text(in: language)
                    out += "     \(label) \(text(rubric)) \(text(event.rubricHash ?? ""))\n"
                }
                for (key, value) in event.details.sorted(by: { $0.key < $1.key }) {
                    out += "     \(text(key)): \(text(value))\n"
                }
                for file in event.files {
                    out += "     \(file.path == "-" ? "" : text(file.path) + "  ")\(text(file.seal))\n"
                }
                return out
            }

            /// What a member event says, in words; nil for any other event.
            static func memberChange(_ event: AuditLog.Event) -> LocalizedText? {
                let details = event.details
                guard let user = details["database-user"], let role = details["role"] else { return nil }
                switch event.event {
                case AuditLog.EventKind.memberGrant:
                    return AuditCommandMessages.memberGranted(
                        user: user, role: role, interviewerID: details["interviewer-id"],
                        by: details["granted-by"] ?? "?")
                case AuditLog.EventKind.memberRevoke:
                    return AuditCommandMessages.memberRevoked(user: user, role: role, by: details["revoked-by"] ?? "?")
                default:
                    return nil
                }
            }

            /// What a store-setting event says, in words; nil for any other event.
            static func settingChange(_ event: AuditLog.Event) -> LocalizedText? {
                let details = event.details
                guard event.event == AuditLog.EventKind.storeSetting, let setting = details["setting"],
                    let new = details["new-value"]
                else { return nil }
                return AuditCommandMessages.settingChanged(
                    setting, rubric: details["rubric"], from: details["old-value"] ?? "?", to: new,
                    by: details["changed-by"] ?? "?")
            }
        }
    }
}
