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
            let onDatabase = try panel.openDatabaseStore(options: &options, output: &report.output, language: language)
            var renderer = report.renderer(language: language)
            renderer.evidenceAppendix = evidence
            let shape = [
                "--format=\(report.format.rawValue)", "--lang=\(language.rawValue)", "--evidence=\(evidence)",
                "--csv-dialect=\(report.csvDialect?.rawValue ?? "")",
            ]
            let format = report.format
            try panel.runReport(
                "merge", options: options, report: report, shape: shape, onDatabase: onDatabase,
                keepingEvidence: renderer.mergeShowsEvidence(as: format),
                render: { merged, emit in renderer.merge(merged, as: format, to: emit) },
                // Evidence that cannot be read back from the scratch file fails the command: the report must not
                // silently lack it.
                failure: { merged in
                    merged.evidenceLost == 0
                        ? nil : CommandFailure(PanelMessages.evidenceLost(merged.evidenceLost), language: language)
                },
                // CSV has no place for the refused files: say which on standard error.
                closing: { merged in
                    merged.problems.isEmpty || format != .csv
                        ? "" : PanelTextReport(language: language).accounting(merged)
                })
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
            let onDatabase = try panel.openDatabaseStore(options: &options, output: &report.output, language: language)
            let shape = [
                "--requisition=\(requisition ?? "")", "--format=\(report.format.rawValue)",
                "--lang=\(language.rawValue)",
                "--csv-dialect=\(report.csvDialect?.rawValue ?? "")",
            ]
            let (requisition, format, renderer) = (self.requisition, report.format, report.renderer(language: language))
            try panel.runReport(
                "rank", options: options, report: report, shape: shape, onDatabase: onDatabase,
                check: { merged in
                    guard let requisition, !merged.panels.contains(where: { $0.requisition == requisition }) else {
                        return
                    }
                    // A typo must not look like an empty requisition.
                    let known = Array(Set(merged.panels.compactMap(\.requisition))).sorted()
                    let close = Identifier.closest(to: requisition, among: known)
                    throw CommandFailure(
                        SelectionMessages.noCandidates(
                            inRequisition: TerminalText.line(requisition), known: known, suggestion: close),
                        language: language)
                },
                render: { merged, emit in
                    emit(renderer.rankings(Ranking.perRequisition(merged.panels, requisition: requisition), as: format))
                },
                closing: { merged in
                    merged.problems.isEmpty || format == .json
                        ? "" : "\n" + PanelTextReport(language: language).accounting(merged)
                })
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
            let onDatabase = try panel.openDatabaseStore(options: &options, output: &report.output, language: language)
            let shape = [
                "--anonymous=\(anonymous)", "--minimum=\(minimum)", "--format=\(report.format.rawValue)",
                "--lang=\(language.rawValue)", "--csv-dialect=\(report.csvDialect?.rawValue ?? "")",
            ]
            let (minimum, anonymous, format) = (self.minimum, self.anonymous, report.format)
            let renderer = report.renderer(language: language)
            try panel.runReport(
                "calibrate", options: options, report: report, shape: shape, onDatabase: onDatabase,
                notingAmendments: false,
                render: { merged, emit in
                    let calibration = Calibration(merged.panels, minimumForName: minimum, anonymous: anonymous)
                    emit(renderer.calibration(calibration, as: format))
                },
                closing: { merged in
                    merged.problems.isEmpty ? "" : "\n" + PanelTextReport(language: language).accounting(merged)
                })
        }
    }
}
