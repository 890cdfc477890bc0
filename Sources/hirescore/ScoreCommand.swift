import ArgumentParser
import CommandKit
import Foundation
import Reporting
import ScoringCore

extension HireScoreCommand {
    /// `hirescore score FILE`: score one scorecard or ratings file and show every number's arithmetic.
    struct Score: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "score",
                abstract: ScoreCommandHelp.scoreAbstract.helpText,
                discussion: ScoreCommandHelp.scoreDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @OptionGroup var report: ReportOptions

        @Argument(help: ArgumentHelp(ScoreCommandHelp.file, valueName: "file"))
        var file: String

        func run() throws {
            let language = options.language
            if let output = report.output, Self.sameFile(output, file) {
                throw CommandFailure(SelectionMessages.outputIsScoredFile(output), language: language, exitCode: 2)
            }
            // Only the card's rubric, unless anything is amiss: then every rubric, for today's diagnostics.
            var (catalog, complete) = options.loadRubrics(forScorecards: [file])
            var loaded = ScorecardLoader().load(path: file, rubrics: catalog.rubrics)
            if !complete, loaded.scorecard == nil || loaded.rubric == nil || !loaded.diagnostics.isEmpty {
                catalog = options.loadRubrics()
                loaded = ScorecardLoader().load(path: file, rubrics: catalog.rubrics)
            }
            let printer = DiagnosticPrinter(
                language: language, useColor: Terminal.standardError.supportsColor,
                sources: catalog.sources.merging([file: loaded.source]) { $1 })
            if loaded.scorecard == nil || loaded.rubric == nil,
                loaded.diagnostics.first(where: { $0.code == .unknownRubric }) != nil
            {
                // A rubric that did not load may be why the scorecard's rubric is unknown: show its errors too.
                let rubricErrors = catalog.diagnostics.filter { $0.severity == .error }
                if !rubricErrors.isEmpty {
                    Terminal.standardError.write(printer.render(rubricErrors, fileCount: catalog.files.count))
                }
            }
            guard let scorecard = loaded.scorecard, let rubric = loaded.rubric else {
                Terminal.standardError.write(printer.render(loaded.diagnostics, fileCount: 1))
                throw ExitCode(1)
            }
            if !loaded.diagnostics.isEmpty {
                Terminal.standardError.write(printer.render(loaded.diagnostics, fileCount: 1))
            }
            let result = ScoringHost(registry: HireScoreModules.registry).score(scorecard, rubric: rubric)
            try report.write(
                report.renderer(language: language).scorecard(
                    scorecard, rubric: rubric, result: result, as: report.format),
                language: language)
        }

        /// Whether two paths name the same file (the same device and inode, or the same resolved path).
        static func sameFile(_ first: String, _ second: String) -> Bool {
            var a = stat()
            var b = stat()
            if stat(first, &a) == 0, stat(second, &b) == 0 { return a.st_dev == b.st_dev && a.st_ino == b.st_ino }
            return URL(fileURLWithPath: first).standardizedFileURL.path
                == URL(fileURLWithPath: second).standardizedFileURL.path
        }
    }
}
