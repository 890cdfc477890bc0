import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Panel
import ScoringCore

extension HireScoreCommand {
    /// `hirescore verify FILE...`: check the seals of submitted scorecards.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that submitted scorecards are unchanged since submission (their seals match).",
            discussion: """
                Prints one line per problem and a summary ("12 scorecards intact, 1 problem"); --verbose prints \
                a line for every file. Exits 0 when every file is a valid scorecard with an intact seal, 1 \
                otherwise. Evidence that mentions protected characteristics (AGG) is reported as a warning. A \
                signed card is checked against the key list of the store it lies in; a card copied out of its \
                store is checked with --store, against the key list of the store it was submitted to. Without a \
                key list its signature cannot be checked: verify says so, and --strict makes that an error. \
                Checking a store also checks the cards that amendments superseded (kept under .superseded).

                EXAMPLES:
                  hirescore verify --store scorecards
                  hirescore verify scorecards/claims-2026-01/c-101/a-schmidt.yaml --verbose
                  hirescore verify card-from-mail.yaml --store scorecards --strict
                """
        )

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                "Check every signature against this store's key list, cards outside the store too (a copy sent by e-mail); without paths, verify the store.",
                valueName: "dir"))
        var store: String?

        @Flag(
            help:
                "Also fail (exit 1) when a signature could not be checked: a signed card outside any store, verified without --store."
        )
        var strict = false

        @Flag(name: [.short, .long], help: "Print a line for every file, not only for the problems.")
        var verbose = false

        @Argument(
            help: ArgumentHelp("Scorecard files or store folders (default: the --store folder).", valueName: "path"))
        var paths: [String] = []

        func validate() throws {
            if paths.isEmpty && store == nil {
                throw ValidationError("name the scorecard files or store folders to verify, or a store with --store")
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
                throw CommandFailure(message: SignatureMessages.notAStore(store).text(in: language))
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
                        Terminal.standardError.write(
                            "\(outside): " + CommandMessages.error.text(in: language)
                                + VerifyMessages.pointsOutside.text(in: language) + "\n")
                    }
                } else {
                    files.append(path)
                }
            }
            if files.isEmpty {
                throw CommandFailure(
                    message: CommandMessages.error.text(in: language) + VerifyMessages.noneFound.text(in: language))
            }
            var checker = CardCheck(
                language: language, rubrics: catalog.rubrics, signatures: SignatureJudge(keyStore: store),
                keyStore: store, strict: strict)
            var intact = 0
            var progress = ProgressLine()
            for (index, file) in files.enumerated() {
                if files.count >= 200, index % 100 == 0 {
                    progress.show(ProgressMessages.verifying(index, of: files.count), language: language)
                }
                let report = checker.check(file)
                if report.failed || verbose { progress.clear() }
                if report.failed { failures += 1 } else { intact += 1 }
                for line in report.lines where verbose || line.shown {
                    Terminal.standardOutput.write("\(file): " + line.text + "\n")
                }
            }
            progress.clear()
            Terminal.standardOutput.write(
                VerifyMessages.summary(intact: intact, problems: failures).text(in: language) + "\n")
            if failures > 0 { throw ExitCode(1) }
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
