import ArgumentParser
import CommandKit
import Panel
import Reporting
import ScoringCore

extension HireScoreCommand {
    /// `hirescore merge`: one panel result per candidate from the panel's sealed scorecards.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract:
                "Merge the panel's sealed scorecards: consensus, disagreement, agreement and the panel recommendation.",
            discussion: """
                Groups scorecards by candidate. Per criterion it shows every rater's rating, the median, mean and range, \
                flags ranges of two levels or more for the debrief, lists criteria nobody rated, scores the consensus \
                with the rubric's modules and decision rules (with the arithmetic), lists knock-outs with who reported \
                them, each interviewer's own recommendation with a note where it contradicts their ratings, and \
                the spread (criteria where every rater is within one level, criteria two levels apart); across \
                a requisition of three candidates or more, Krippendorff's ordinal alpha with a bootstrap 95% \
                interval and ICC(2,1)/ICC(2,k).
                Refused, with the files listed (exit 1): drafts (unless --include-drafts), broken seals, different \
                rubric versions for one candidate, the same interviewer twice, unreadable files. Every file read is \
                accounted for.
                --format markdown (a wiki page), html (the debrief pack: one self-contained page with charts that \
                prints one to two A4 pages per candidate; --evidence adds an appendix with every rating and the \
                evidence), csv (a row per candidate and criterion; --csv-dialect excel-de for German Excel) or json \
                (hirescore/panel-result@3); --output FILE writes the report to a file. See docs/report-formats.md.

                EXAMPLES:
                  hirescore merge scorecards/claims-2026-01/c-104
                  hirescore merge scorecards/claims-2026-01 --format html -o debrief.html
                  hirescore merge scorecards/claims-2026-01 --format html --evidence \\
                      -o debrief-with-evidence.html
                  hirescore merge scorecards/claims-2026-01/c-104 --consensus median
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions
        @OptionGroup var report: ReportOptions

        @Flag(
            help:
                "With --format html: end the debrief pack with an appendix of the agreement statistics, every rating side by side and every rater's evidence."
        )
        var evidence = false

        func validate() throws {
            if evidence && report.format != .html {
                throw ValidationError("--evidence applies only to --format html")
            }
        }

        func run() throws {
            let language = options.language
            var (options, panel, report) = (self.options, self.panel, self.report)
            try panel.openDatabaseStore(options: &options, output: &report.output, language: language)
            let merged = try panel.merge(using: options)
            var renderer = report.renderer(language: language)
            renderer.evidenceAppendix = evidence
            try report.write(renderer.merge(merged, as: report.format), language: language)
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
        static let configuration = CommandConfiguration(
            commandName: "rank",
            abstract:
                "Rank the candidates of each requisition by consensus score; knock-outs and no-decisions apart, ties shown as ties.",
            discussion: """
                --format markdown, html (a bar chart with knock-outs marked), csv (a row per candidate) or json \
                (hirescore/ranking@2); --output FILE writes the report to a file. See docs/report-formats.md.

                EXAMPLES:
                  hirescore rank --requisition claims-2026-01
                  hirescore rank --requisition claims-2026-01 --format csv \\
                      --csv-dialect excel-de -o ranking.csv
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions

        @Option(help: ArgumentHelp("Only this requisition.", valueName: "id"))
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
        static let configuration = CommandConfiguration(
            commandName: "calibrate",
            abstract:
                "Interviewer calibration: leniency or severity against the panel, central tendency, halo, n/a rate.",
            discussion: """
                Per interviewer across candidates: scorecards, mean deviation from the consensus of the other raters \
                with a 95% interval, share of middle-of-scale ratings, spread within scorecards, n/a rate. Names are \
                shown only from --minimum scorecards (default 5); --anonymous shows R1, R2, ... for everyone. \
                In Germany, interviewer statistics can need the works council's consent (BetrVG § 87): use them \
                for calibration, aggregated and on request.
                --format markdown, html (each interviewer's deviation with its interval as a chart), csv (a row per \
                interviewer) or json (hirescore/calibration@1); --output FILE writes the report to a file.

                EXAMPLES:
                  hirescore calibrate --anonymous
                  hirescore calibrate scorecards/claims-2026-01 --format html \\
                      -o calibration.html
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions

        @Flag(help: "Show every interviewer as R1, R2, ... instead of by name.")
        var anonymous = false

        @Option(help: "The minimum number of scorecards for showing an interviewer's name.")
        var minimum = 5

        @OptionGroup var report: ReportOptions

        func validate() throws {
            if panel.consensus != nil {
                throw ValidationError(
                    "calibrate compares each rater with the consensus by the rubric's own method (decision.consensus); --consensus is a what-if for merge and rank only"
                )
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
