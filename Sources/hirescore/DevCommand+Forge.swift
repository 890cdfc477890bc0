import ArgumentParser
import CommandKit
import Compliance
import DeveloperTools
import Foundation
import ScoringCore

extension HireScoreCommand.Dev {
    /// `hirescore dev reseal FILE`: recomputes a scorecard's seal as a forger with write access would
    /// (the canonical form is documented), for the attack tests of issue 16. It proves why a seal alone
    /// is not enough: a signature is what a forger cannot recompute.
    struct Reseal: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "reseal",
                abstract: DevCommandHelp.resealAbstract.helpText,
                discussion: DevCommandHelp.resealDiscussion.helpText)
        }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(DevCommandHelp.resealFile, valueName: "file")) var file: String

        func run() throws {
            let loaded = ScorecardLoader().load(path: file, rubrics: options.loadRubrics().rubrics)
            guard var scorecard = loaded.scorecard else {
                throw CommandFailure(DevCommandMessages.cannotRead(file), language: options.language)
            }
            scorecard.seal = scorecard.computeSeal()
            try AtomicFile.write(try scorecard.yamlText(), to: file)
        }
    }

    /// `hirescore dev rechain --store DIR`: recomputes every audit line's hash and chain link (keeping
    /// whatever signatures are there), as a forger with write access would, for the attack tests.
    struct Rechain: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "rechain",
                abstract: DevCommandHelp.rechainAbstract.helpText,
                discussion: DevCommandHelp.rechainDiscussion.helpText)
        }
        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let log = AuditLog(ledger: storeOptions.ledger)
            var previous = AuditLog.genesis
            var lines: [String] = []
            let submitted = Dictionary(
                ScorecardStore.scorecardFiles(in: storeOptions.storeRoot).files.compactMap {
                    path -> (String, String)? in
                    guard let seal = ScorecardHeader(path: path)?.seal else { return nil }
                    return (StoreFiles.relative(path, to: storeOptions.storeRoot), seal)
                }, uniquingKeysWith: { first, _ in first })
            for (index, entry) in log.events().events.enumerated() {
                var event = entry.event
                event.sequence = index + 1
                event.previous = previous
                event.files = event.files.map { .init(path: $0.path, seal: submitted[$0.path] ?? $0.seal) }
                event.hash = event.computeHash()
                previous = event.hash ?? ""
                lines.append(AuditLog.encodedLine(event))
            }
            try AtomicFile.write(lines.map { $0 + "\n" }.joined(), to: storeOptions.ledger.auditLogPath)
        }
    }
}

extension HireScoreCommand.Dev {
    /// `hirescore dev sign-store --store DIR`: signs a freshly generated synthetic store with throwaway
    /// keys (for the signature benchmark in BENCHMARKS.md).
    struct SignStore: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "sign-store",
                abstract: DevCommandHelp.signStoreAbstract.helpText,
                discussion: DevCommandHelp.signStoreDiscussion.helpText
            )
        }
        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            do {
                let count = try SyntheticSigning.sign(
                    storeRoot: storeOptions.storeRoot, rubrics: options.loadRubrics().rubrics)
                Terminal.standardOutput.write("signed \(count) scorecards in \(storeOptions.storeRoot)\n")
            } catch {
                throw fail(error, options.language)
            }
        }
    }
}
