import ArgumentParser
import Panel
import Reporting
import ScoringCore

extension HireScoreCommand {
    /// `hirescore merge`: one panel result per candidate from the panel's sealed scorecards.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge the panel's sealed scorecards: consensus, disagreement, agreement and the panel recommendation.",
            discussion: """
                Groups scorecards by candidate. Per criterion it shows every rater's rating, the median, mean and range, \
                flags ranges of two levels or more for the debrief, lists criteria nobody rated, scores the consensus \
                with the rubric's modules and decision rules (with the arithmetic), lists knock-outs with who reported \
                them, each interviewer's own recommendation with a note where it contradicts their ratings, and \
                Krippendorff's alpha (ordinal, interval) and ICC(2,1)/ICC(2,k).
                Refused, with the files listed (exit 1): drafts (unless --include-drafts), broken seals, different \
                rubric versions for one candidate, the same interviewer twice, unreadable files. Every file read is \
                accounted for.
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions

        @Option(help: "The output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let report = try panel.merge(using: options)
            switch format {
            case .text:
                Terminal.standardOutput.write(PanelTextReport(language: options.language).render(report))
            case .json:
                Terminal.standardOutput.write(PanelJSONReport(language: options.language).render(report) + "\n")
            }
            if !report.problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// `hirescore rank`: the candidates of a requisition in order of consensus score.
    struct Rank: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank the candidates of a requisition by consensus score; knock-outs and no-decisions apart, ties shown as ties."
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions

        @Option(help: ArgumentHelp("Only this requisition.", valueName: "id"))
        var requisition: String?

        @Option(help: "The output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let report = try panel.merge(using: options)
            let ranking = Ranking(report.panels, requisition: requisition)
            let renderer = RankingReport(language: options.language)
            switch format {
            case .text:
                Terminal.standardOutput.write(renderer.text(ranking))
                if !report.problems.isEmpty {
                    Terminal.standardError.write("\n" + PanelTextReport(language: options.language).accounting(report))
                }
            case .json:
                Terminal.standardOutput.write(renderer.json(ranking) + "\n")
            }
            if !report.problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// `hirescore calibrate`: interviewer leniency, central tendency, halo and n/a rate.
    struct Calibrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Interviewer calibration: leniency or severity against the panel, central tendency, halo, n/a rate.",
            discussion: """
                Per interviewer across candidates: scorecards, mean deviation from the consensus of the other raters \
                with a 95% interval, share of middle-of-scale ratings, spread within scorecards, n/a rate. Names are \
                shown only from --minimum scorecards (default 5); --anonymous shows R1, R2, ... for everyone. \
                In Germany, interviewer statistics can need the works council's consent (BetrVG § 87): use them \
                for calibration, aggregated and on request.
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var panel: PanelOptions

        @Flag(help: "Show every interviewer as R1, R2, ... instead of by name.")
        var anonymous = false

        @Option(help: "The minimum number of scorecards for showing an interviewer's name.")
        var minimum = 5

        @Option(help: "The output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let report = try panel.merge(using: options)
            let calibration = Calibration(report.panels, minimumForName: minimum, anonymous: anonymous, method: panel.consensus)
            let renderer = CalibrationReport(language: options.language)
            switch format {
            case .text: Terminal.standardOutput.write(renderer.text(calibration))
            case .json: Terminal.standardOutput.write(renderer.json(calibration) + "\n")
            }
            if !report.problems.isEmpty {
                Terminal.standardError.write("\n" + PanelTextReport(language: options.language).accounting(report))
                throw ExitCode(1)
            }
        }
    }
}
