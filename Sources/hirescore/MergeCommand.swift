import ArgumentParser
import CommandKit
import Panel
import Reporting
import ScoringCore

extension HireScoreCommand {
    /// `hirescore merge`: one panel result per candidate from the panel's sealed scorecards.
    struct Merge: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "merge",
                abstract: MergeCommandHelp.mergeAbstract.helpText,
                discussion: MergeCommandHelp.mergeDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions
        @OptionGroup var report: ReportOptions

        @Flag(
            help: ArgumentHelp(MergeCommandHelp.mergeEvidence)
        )
        var evidence = false

        func validate() throws {
            if evidence && report.format != .html {
                throw ValidationError(UsageMessages.evidenceOnlyHTML.text(in: options.language))
            }
        }

        func run() throws {
            let language = options.language
            var (options, panel, report) = (self.options, self.panel, self.report)
            try panel.openDatabaseStore(options: &options, output: &report.output, language: language)
            var renderer = report.renderer(language: language)
            renderer.evidenceAppendix = evidence
            let merged = try panel.merge(
                using: options, keepingEvidence: renderer.mergeShowsEvidence(as: report.format))
            // Each piece of the report is written as it is rendered: a campaign's report is never held whole. Evidence
            // that cannot be read back from the scratch file fails the command: the report must not silently lack it.
            try report.write(language: language) { emit in
                renderer.merge(merged, as: report.format, to: emit)
            } failure: {
                merged.evidenceLost == 0
                    ? nil : CommandFailure(PanelMessages.evidenceLost(merged.evidenceLost), language: language)
            }
            PhaseTimer.mark("render and write the report (\(report.format.rawValue))")
            if !merged.problems.isEmpty {
                // CSV has no place for the refused files: say which on standard error.
                if report.format == .csv {
                    Terminal.standardError.write(PanelTextReport(language: language).accounting(merged))
                }
                ProcessExit.now(1)
            }
            ProcessExit.now(0)
        }
    }

    /// `hirescore rank`: the candidates of a requisition in order of consensus score.
    struct Rank: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "rank",
                abstract: MergeCommandHelp.rankAbstract.helpText,
                discussion: MergeCommandHelp.rankDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions

        @Option(help: ArgumentHelp(MergeCommandHelp.rankRequisition, valueName: "id"))
        var requisition: String?

        @OptionGroup var report: ReportOptions

        func run() throws {
            let language = options.language
            var (options, panel, report) = (self.options, self.panel, self.report)
            try panel.openDatabaseStore(options: &options, output: &report.output, language: language)
            let merged = try panel.merge(using: options)
            if let requisition, !merged.panels.contains(where: { $0.requisition == requisition }) {
                // A typo must not look like an empty requisition.
                let known = Array(Set(merged.panels.compactMap(\.requisition))).sorted()
                let close = Identifier.closest(to: requisition, among: known)
                throw CommandFailure(
                    SelectionMessages.noCandidates(
                        inRequisition: TerminalText.line(requisition), known: known, suggestion: close),
                    language: language)
            }
            let rankings = Ranking.perRequisition(merged.panels, requisition: requisition)
            try report.write(
                report.renderer(language: language).rankings(rankings, as: report.format), language: language)
            if !merged.problems.isEmpty {
                if report.format != .json {
                    Terminal.standardError.write("\n" + PanelTextReport(language: language).accounting(merged))
                }
                ProcessExit.now(1)
            }
            ProcessExit.now(0)
        }
    }

    /// `hirescore calibrate`: interviewer leniency, central tendency, halo and n/a rate.
    struct Calibrate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "calibrate",
                abstract: MergeCommandHelp.calibrateAbstract.helpText,
                discussion: MergeCommandHelp.calibrateDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions

        @Flag(help: ArgumentHelp(MergeCommandHelp.calibrateAnonymous))
        var anonymous = false

        @Option(help: ArgumentHelp(MergeCommandHelp.calibrateMinimum))
        var minimum = 5

        @OptionGroup var report: ReportOptions

        func validate() throws {
            if panel.consensus != nil {
                throw ValidationError(UsageMessages.calibrateConsensus.text(in: options.language))
            }
        }

        func run() throws {
            let language = options.language
            var (options, panel, report) = (self.options, self.panel, self.report)
            try panel.openDatabaseStore(options: &options, output: &report.output, language: language)
            let merged = try panel.merge(using: options, notingAmendments: false)
            let calibration = Calibration(merged.panels, minimumForName: minimum, anonymous: anonymous)
            try report.write(
                report.renderer(language: language).calibration(calibration, as: report.format), language: language)
            if !merged.problems.isEmpty {
                Terminal.standardError.write("\n" + PanelTextReport(language: language).accounting(merged))
                ProcessExit.now(1)
            }
            ProcessExit.now(0)
        }
    }
}
