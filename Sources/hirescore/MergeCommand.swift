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
            PhaseTimer.begin()
            let collected = panel.collectFiles()
            PhaseTimer.mark("find scorecard files")
            let memo =
                onDatabase
                ? nil : MergeReportMemo("merge", panel: panel, options: options, shape: shape, collected: collected)
            try memo?.replayKept(report, language: language)
            var notes = ""
            let merged = try panel.merge(
                using: options, keepingEvidence: renderer.mergeShowsEvidence(as: report.format),
                collected: collected,
                note: { text in
                    notes += text
                    Terminal.standardError.write(text)
                })
            let recording = memo?.recording()
            // Each piece of the report is written as it is rendered: a campaign's report is never held whole.
            try report.write(language: language) { emit in
                renderer.merge(merged, as: report.format) { piece in
                    recording?.append(piece)
                    emit(piece)
                }
            }
            PhaseTimer.mark("render and write the report (\(report.format.rawValue))")
            var closing = ""
            // CSV has no place for the refused files: say which on standard error.
            if !merged.problems.isEmpty, report.format == .csv {
                closing = PanelTextReport(language: language).accounting(merged)
                Terminal.standardError.write(closing)
            }
            let status: Int32 = merged.problems.isEmpty ? 0 : 1
            memo?.keep(recording, exitStatus: status, notes: notes, closing: closing)
            ProcessExit.now(status)
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
            PhaseTimer.begin()
            let collected = panel.collectFiles()
            PhaseTimer.mark("find scorecard files")
            let memo =
                onDatabase
                ? nil : MergeReportMemo("rank", panel: panel, options: options, shape: shape, collected: collected)
            try memo?.replayKept(report, language: language)
            var notes = ""
            let merged = try panel.merge(
                using: options, collected: collected,
                note: { text in
                    notes += text
                    Terminal.standardError.write(text)
                })
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
            let text = report.renderer(language: language).rankings(rankings, as: report.format)
            let recording = memo?.recording()
            recording?.append(text)
            try report.write(text, language: language)
            var closing = ""
            if !merged.problems.isEmpty, report.format != .json {
                closing = "\n" + PanelTextReport(language: language).accounting(merged)
                Terminal.standardError.write(closing)
            }
            let status: Int32 = merged.problems.isEmpty ? 0 : 1
            memo?.keep(recording, exitStatus: status, notes: notes, closing: closing)
            ProcessExit.now(status)
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
            PhaseTimer.begin()
            let collected = panel.collectFiles()
            PhaseTimer.mark("find scorecard files")
            let memo =
                onDatabase
                ? nil : MergeReportMemo("calibrate", panel: panel, options: options, shape: shape, collected: collected)
            try memo?.replayKept(report, language: language)
            var notes = ""
            let merged = try panel.merge(
                using: options, notingAmendments: false, collected: collected,
                note: { text in
                    notes += text
                    Terminal.standardError.write(text)
                })
            let calibration = Calibration(merged.panels, minimumForName: minimum, anonymous: anonymous)
            let text = report.renderer(language: language).calibration(calibration, as: report.format)
            let recording = memo?.recording()
            recording?.append(text)
            try report.write(text, language: language)
            var closing = ""
            if !merged.problems.isEmpty {
                closing = "\n" + PanelTextReport(language: language).accounting(merged)
                Terminal.standardError.write(closing)
            }
            let status: Int32 = merged.problems.isEmpty ? 0 : 1
            memo?.keep(recording, exitStatus: status, notes: notes, closing: closing)
            ProcessExit.now(status)
        }
    }
}
