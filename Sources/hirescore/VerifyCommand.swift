import ArgumentParser
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
                Exits 0 when every file is a valid scorecard with an intact seal, 1 otherwise. Evidence that mentions \
                protected characteristics (AGG) is reported as a warning. A signed card is checked against the key list \
                of the store it lies in; a card copied out of its store is checked with --store, against the key list \
                of the store it was submitted to. Without a key list its signature cannot be checked: verify says so, \
                and --strict makes that an error.
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
            let de = language == .de
            var (options, store, paths) = (self.options, self.store, self.paths)
            var output: String?
            try DatabaseStoreSnapshot.open(
                store: &store, rubrics: &options.rubrics, output: &output, paths: &paths, language: language)
            let catalog = options.loadRubrics()
            var files: [String] = []
            var failures = 0
            if let store,
                CardSignatures.storeRoot(containing: store).map({
                    $0 == URL(fileURLWithPath: store).standardizedFileURL.path
                }) != true
            {
                throw CommandFailure(message: SignatureMessages.notAStore(store).text(in: language))
            }
            let targets = paths.isEmpty ? (store.map { [$0] } ?? []) : paths
            for path in targets {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    let found = ScorecardStore.scorecardFiles(in: path)
                    files += found.files
                    // A link out of the store is an error too: it is reported, not read, and fails the check.
                    failures += found.outside.count
                    for outside in found.outside {
                        Terminal.standardError.write(
                            de
                                ? "\(outside): Fehler: verweist außerhalb der Ablage und wird nicht gelesen\n"
                                : "\(outside): error: points outside the store and is not read\n")
                    }
                } else {
                    files.append(path)
                }
            }
            var signatures = SignatureJudge(keyStore: store)
            for file in files {
                let loaded = ScorecardLoader().load(path: file, rubrics: catalog.rubrics)
                let printer = DiagnosticPrinter(
                    language: language, useColor: Terminal.standardError.supportsColor, sources: [file: loaded.source])
                guard let scorecard = loaded.scorecard else {
                    Terminal.standardOutput.write(
                        printer.render(loaded.diagnostics.filter { $0.severity == .error }, fileCount: 1))
                    failures += 1
                    continue
                }
                let lint = scorecard.entries.sorted { $0.key < $1.key }.flatMap { id, entry in
                    EvidenceLint.check(entry.evidence ?? "").map { (id, $0) }
                }
                switch (scorecard.status, scorecard.seal) {
                case (.draft, _):
                    Terminal.standardOutput.write(
                        de
                            ? "\(file): Entwurf (nicht abgegeben, kein Siegel)\n"
                            : "\(file): draft (not submitted, no seal)\n")
                    failures += 1
                case (.submitted, nil):
                    Terminal.standardOutput.write(
                        de
                            ? "\(file): Fehler: abgegeben, aber ohne Siegel\n"
                            : "\(file): error: submitted but has no seal\n")
                    failures += 1
                case (.submitted, let seal?):
                    if seal == scorecard.computeSeal() {
                        let (verdict, asCopy) = signatures.verdict(file: file, scorecard: scorecard)
                        // A copy checked against the named store says which key list vouched for it.
                        let against =
                            asCopy ? ", " + SignatureMessages.checkedAgainst(store ?? "").text(in: language) : ""
                        switch verdict {
                        case .unsigned:
                            Terminal.standardOutput.write(
                                de
                                    ? "\(file): Siegel in Ordnung, unsigniert (v1)\(against)\n"
                                    : "\(file): seal intact, unsigned (v1)\(against)\n")
                        case .signed(let name, let keyID):
                            Terminal.standardOutput.write(
                                de
                                    ? "\(file): Siegel in Ordnung, signiert von \(TerminalText.line(name)) (\(keyID))\(against)\n"
                                    : "\(file): seal intact, signed by \(TerminalText.line(name)) (\(keyID))\(against)\n"
                            )
                        case .notChecked:
                            let text = SignatureMessages.notCheckedOutsideStore.text(in: language)
                            if strict {
                                Terminal.standardOutput.write(
                                    "\(file): " + (de ? "Fehler: Signatur: " : "error: signature: ") + text + "\n")
                                failures += 1
                            } else {
                                Terminal.standardOutput.write(
                                    "\(file): " + (de ? "Siegel in Ordnung, " : "seal intact, ") + text + "\n")
                            }
                        case .refused(let reason):
                            Terminal.standardOutput.write(
                                "\(file): " + (de ? "Fehler: Signatur: " : "error: signature: ")
                                    + TerminalText.line(reason.text(in: language)) + "\n")
                            failures += 1
                        }
                    } else {
                        Terminal.standardOutput.write(
                            de
                                ? "\(file): Fehler: nach der Abgabe geändert (das Siegel passt nicht mehr zum Inhalt)\n"
                                : "\(file): error: changed after submission (the seal no longer matches the content)\n")
                        failures += 1
                    }
                }
                // A card belongs where it lies (a link is judged by the file it names); a broken seal is reported above already.
                if scorecard.status == .draft || scorecard.hasValidSeal,
                    let problem = ScorecardHeader.storePlacementProblem(
                        candidate: scorecard.candidate, requisition: scorecard.requisition,
                        interviewer: scorecard.interviewer, interviewerID: scorecard.interviewerID,
                        path: file)
                {
                    Terminal.standardOutput.write(
                        "\(file): " + (de ? "Fehler: " : "error: ") + problem.text(in: language)
                            + (de ? "; legen Sie ihn zurück oder entfernen Sie ihn\n" : "; move it back or remove it\n")
                    )
                    failures += 1
                }
                for (id, finding) in lint {
                    Terminal.standardOutput.write(
                        "\(file): \(de ? "Warnung" : "warning"): '\(id)': \(finding.message.text(in: language))\n")
                }
            }
            if files.isEmpty {
                throw CommandFailure(
                    message: de ? "Fehler: keine Bewertungsbögen gefunden" : "error: no scorecards found")
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
