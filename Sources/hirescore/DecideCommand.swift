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
        static let configuration = CommandConfiguration(
            commandName: "decide",
            abstract:
                "Record the hiring decision on a candidate: merges the panel, logs both, and sets the retention date.",
            discussion: """
                Every decision gives its reason in the rubric's terms (--reason). A knock-out that stands in the panel can only be set aside here, with --override-knock-out ID and the reason; both are logged and shown by merge and the export. The retention date is the decision date plus the store's retention period (default 6 months, 1 to 120; set `retention-months` in STORE/.hirescore/settings.json). The decision event in the audit log names the exact sealed scorecards and the rubric hash.

                EXAMPLES:
                  hirescore decide --candidate c-104 --requisition claims-2026-01 \\
                      --outcome rejected \\
                      --reason "below the requirements in claims law, a critical skill"
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The candidate.", valueName: "id")) var candidate: String
        @Option(help: ArgumentHelp("The requisition.", valueName: "id")) var requisition: String?
        @Option(help: ArgumentHelp("The outcome (values: hired, rejected, withdrawn).", valueName: "outcome"))
        var outcome: String
        @Option(
            help: ArgumentHelp(
                "The day of the decision, YYYY-MM-DD (default: today; never in the future).", valueName: "date"))
        var date: String?
        @Option(
            help: ArgumentHelp(
                "Why, in the rubric's terms (required): what the employer shows if the decision is challenged.",
                valueName: "text"))
        var reason: String?
        @Option(
            name: .customLong("override-knock-out"),
            help: ArgumentHelp(
                "Set aside a knock-out that stands in the panel, by its id as merge shows it (e.g. customer-orientation/red-flag/empathy), for --reason; repeatable; logged.",
                valueName: "id"))
        var overrideKnockOuts: [String] = []

        func validate() throws {
            guard DecisionRequest.Outcome(rawValue: outcome) != nil else {
                throw ValidationError("--outcome must be hired, rejected or withdrawn")
            }
            if let date, CalendarDate(parsing: date) == nil {
                throw ValidationError("--date must be a date YYYY-MM-DD")
            }
            let written = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard written.count >= 10 else {
                throw ValidationError(
                    "--reason is required: say in the rubric's terms why (at least 10 characters), e.g. --reason \"red flag on empathy reported by two of three interviewers\""
                )
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
