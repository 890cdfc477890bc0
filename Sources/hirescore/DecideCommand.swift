import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Panel
import PostgresStore
import ScoringCore

extension DecisionRequest.Outcome: ExpressibleByArgument {}

extension HireScoreCommand {
    /// `hirescore decide`: record the decision on a candidate, which starts the retention period.
    struct Decide: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "decide",
                abstract: DecideCommandHelp.decideAbstract.helpText,
                discussion: DecideCommandHelp.decideDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp(DecideCommandHelp.candidate, valueName: "id")) var candidate: String
        @Option(help: ArgumentHelp(DecideCommandHelp.requisition, valueName: "id")) var requisition: String?
        @Option(help: ArgumentHelp(DecideCommandHelp.outcome, valueName: "outcome"))
        var outcome: String
        @Option(
            help: ArgumentHelp(
                DecideCommandHelp.date, valueName: "date"))
        var date: String?
        @Option(
            help: ArgumentHelp(
                DecideCommandHelp.reason,
                valueName: "text"))
        var reason: String?
        @Option(
            name: .customLong("override-knock-out"),
            help: ArgumentHelp(
                DecideCommandHelp.overrideKnockOuts,
                valueName: "id"))
        var overrideKnockOuts: [String] = []

        func validate() throws {
            guard DecisionRequest.Outcome(rawValue: outcome) != nil else {
                throw ValidationError(UsageMessages.outcomeChoice.text(in: options.language))
            }
            if let date, CalendarDate(parsing: date) == nil {
                throw ValidationError(UsageMessages.decisionDateInvalid.text(in: options.language))
            }
            let written = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard written.count >= 10 else {
                throw ValidationError(UsageMessages.reasonRequired.text(in: options.language))
            }
        }

        func run() throws {
            let language = options.language
            let catalog = options.loadRubrics()
            let request = DecisionRequest(
                candidate: candidate, requisition: requisition,
                outcome: DecisionRequest.Outcome(rawValue: outcome) ?? .rejected,
                date: date.flatMap(CalendarDate.init(parsing:)) ?? .today, actor: storeOptions.actorName,
                reason: reason, overrideKnockOuts: overrideKnockOuts)
            let (decision, panel) = try storeOptions.changeRecords(
                rubrics: catalog.rubrics, language: language,
                complete: .init(requisition: requisition, candidate: candidate)
            ) {
                session throws(StoreLedger.LedgerError) in
                try session.decide(request, registry: HireScoreModules.registry, today: .today)
            }
            let label = panel.consensus.recommendation.label.text(in: language)
            Terminal.standardOutput.write(
                RecordCommandMessages.decisionRecorded(
                    decision.candidate, outcome: "\(decision.outcome)", date: "\(decision.date)", panel: label,
                    retainUntil: "\(decision.retainUntil)"
                ).text(in: language) + "\n")
            Terminal.standardOutput.write(
                SignatureMessages.decisionBasis(panel).map { TerminalText.line($0.text(in: language)) + "\n" }
                    .joined())
        }
    }
}
