import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Panel
import ScoringCore

extension HireScoreCommand {
    /// `hirescore verify FILE...`: check the seals of submitted scorecards.
    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "verify",
                abstract: VerifyCommandHelp.verifyAbstract.helpText,
                discussion: VerifyCommandHelp.verifyDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                VerifyCommandHelp.store,
                valueName: "dir"))
        var store: String?

        @Flag(
            help: ArgumentHelp(VerifyCommandHelp.strict)
        )
        var strict = false

        @Flag(name: [.short, .long], help: ArgumentHelp(VerifyCommandHelp.verbose))
        var verbose = false

        @Option(
            help: ArgumentHelp(
                VerifyCommandHelp.format,
                valueName: "format"))
        var format: Format = .text

        /// How the findings are written.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, github
        }

        @Argument(
            help: ArgumentHelp(VerifyCommandHelp.paths, valueName: "path"))
        var paths: [String] = []

        func validate() throws {
            if paths.isEmpty && store == nil {
                throw ValidationError(UsageMessages.nothingToVerify.text(in: options.language))
            }
        }

        func run() throws {
            let language = options.language
            var (options, store, paths) = (self.options, self.store, self.paths)
            var output: String?
            try DatabaseStoreSnapshot.open(
                store: &store, rubrics: &options.rubrics, output: &output, paths: &paths, language: language)
            let catalog = options.loadRubrics()
            if let store,
                CardSignatures.storeRoot(containing: store).map({
                    $0 == URL(fileURLWithPath: store).standardizedFileURL.path
                }) != true
            {
                throw CommandFailure(SignatureMessages.notAStore(store), language: language)
            }
            var files: [String] = []
            var failures = 0
            let targets = paths.isEmpty ? (store.map { [$0] } ?? []) : paths
            for path in targets {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    let found = ScorecardStore.scorecardFiles(in: path)
                    files += found.files + Self.supersededCards(in: path)
                    // A link out of the store is an error too: it is reported, not read, and fails the check.
                    failures += found.outside.count
                    for outside in found.outside {
                        let line = CardCheck.Line(
                            severity: .error, message: VerifyMessages.pointsOutside.text(in: language), shown: true)
                        Terminal.standardError.write(render(line, file: outside))
                    }
                } else {
                    files.append(path)
                }
            }
            if files.isEmpty {
                throw CommandFailure(VerifyMessages.noneFound, language: language)
            }
            var checker = CardCheck(
                language: language, rubrics: catalog.rubrics, signatures: SignatureJudge(keyStore: store),
                keyStore: store, strict: strict)
            var intact = 0
            let progress = ProgressLine(language: language)
            for (index, file) in files.enumerated() {
                progress.show(
                    ProgressMessages.verifying(index + 1, of: files.count), always: index + 1 == files.count)
                let report = checker.check(file)
                if report.failed || verbose { progress.clear() }
                if report.failed { failures += 1 } else { intact += 1 }
                if !report.diagnostics.isEmpty {
                    Terminal.standardOutput.write(render(report.diagnostics, source: report.source, of: file))
                }
                for line in report.lines where verbose || line.shown {
                    Terminal.standardOutput.write(render(line, file: file))
                }
            }
            progress.clear()
            Terminal.standardOutput.write(
                VerifyMessages.summary(intact: intact, problems: failures).text(in: language) + "\n")
            if failures > 0 { throw ExitCode(1) }
        }

        /// One finding about a file in the format asked for: `FILE: error: MESSAGE`, or a workflow annotation
        /// (`::error file=FILE,title=hirescore verify::MESSAGE`; a line without severity as a notice).
        func render(_ line: CardCheck.Line, file: String) -> String {
            switch format {
            case .text:
                return "\(file): " + line.text + "\n"
            case .github:
                let command = line.severity.map { $0 == .note ? "notice" : $0.keyword } ?? "notice"
                return "::\(command) file=\(DiagnosticLines.property(file)),title=hirescore verify::"
                    + DiagnosticLines.data(line.message) + "\n"
            }
        }

        /// The diagnostics of a file that is not a readable scorecard, in the format asked for.
        func render(_ diagnostics: [Diagnostic], source: String, of file: String) -> String {
            switch format {
            case .text:
                let printer = DiagnosticPrinter(
                    language: options.language, useColor: Terminal.standardOutput.supportsColor,
                    sources: [file: source])
                // The printer names the file itself: its text goes out as it is, without the `FILE: ` prefix.
                return printer.render(diagnostics, fileCount: 1)
            case .github:
                return DiagnosticLines.github(diagnostics, language: options.language)
            }
        }

        /// The cards amendments superseded below a folder (`.superseded` beside each amended card), sorted.
        static func supersededCards(in folder: String) -> [String] {
            let marker = "/" + Amendment.supersededFolder + "/"
            return StoreFiles.candidateFolders(in: folder).flatMap(\.files).filter {
                $0.contains(marker) && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml"))
            }
        }
    }
}
