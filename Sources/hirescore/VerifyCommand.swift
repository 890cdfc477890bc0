import ArgumentParser
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore verify FILE...`: check the seals of submitted scorecards.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that submitted scorecards are unchanged since submission (their seals match).",
            discussion: "Exits 0 when every file is a valid scorecard with an intact seal, 1 otherwise. Evidence that mentions protected characteristics (AGG) is reported as a warning."
        )

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp("Scorecard files or store folders.", valueName: "path"))
        var paths: [String]

        func run() throws {
            let language = options.language
            let de = language == .de
            let catalog = options.loadRubrics()
            var files: [String] = []
            var failures = 0
            for path in paths {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    let found = ScorecardStore.scorecardFiles(in: path)
                    files += found.files
                    // A link out of the store is an error too: it is reported, not read, and fails the check.
                    failures += found.outside.count
                    for outside in found.outside {
                        Terminal.standardError.write(de ? "\(outside): Fehler: verweist außerhalb der Ablage und wird nicht gelesen\n"
                                                        : "\(outside): error: points outside the store and is not read\n")
                    }
                } else {
                    files.append(path)
                }
            }
            var signatures = SignatureJudge()
            for file in files {
                let loaded = ScorecardLoader().load(path: file, rubrics: catalog.rubrics)
                let printer = DiagnosticPrinter(language: language, useColor: Terminal.standardError.supportsColor, sources: [file: loaded.source])
                guard let scorecard = loaded.scorecard else {
                    Terminal.standardOutput.write(printer.render(loaded.diagnostics.filter { $0.severity == .error }, fileCount: 1))
                    failures += 1
                    continue
                }
                let lint = scorecard.entries.sorted { $0.key < $1.key }.flatMap { id, entry in
                    EvidenceLint.check(entry.evidence ?? "").map { (id, $0) }
                }
                switch (scorecard.status, scorecard.seal) {
                case (.draft, _):
                    Terminal.standardOutput.write(de ? "\(file): Entwurf (nicht abgegeben, kein Siegel)\n" : "\(file): draft (not submitted, no seal)\n")
                    failures += 1
                case (.submitted, nil):
                    Terminal.standardOutput.write(de ? "\(file): Fehler: abgegeben, aber ohne Siegel\n" : "\(file): error: submitted but has no seal\n")
                    failures += 1
                case (.submitted, let seal?):
                    if seal == scorecard.computeSeal() {
                        switch signatures.verdict(file: file, scorecard: scorecard) {
                        case .unsigned:
                            Terminal.standardOutput.write(de ? "\(file): Siegel in Ordnung, unsigniert (v1)\n" : "\(file): seal intact, unsigned (v1)\n")
                        case .signed(let name, let keyID):
                            Terminal.standardOutput.write(de ? "\(file): Siegel in Ordnung, signiert von \(TerminalText.line(name)) (\(keyID))\n"
                                                             : "\(file): seal intact, signed by \(TerminalText.line(name)) (\(keyID))\n")
                        case .notChecked:
                            Terminal.standardOutput.write(de ? "\(file): Siegel in Ordnung, signiert, aber nicht geprüft (außerhalb einer Ablage gibt es keine Schlüsselliste)\n"
                                                             : "\(file): seal intact, signed but not checked (outside a store there is no key list)\n")
                        case .refused(let reason):
                            Terminal.standardOutput.write("\(file): " + (de ? "Fehler: Signatur: " : "error: signature: ") + TerminalText.line(reason.text(in: language)) + "\n")
                            failures += 1
                        }
                    } else {
                        Terminal.standardOutput.write(de ? "\(file): Fehler: nach der Abgabe geändert (das Siegel passt nicht mehr zum Inhalt)\n"
                                                         : "\(file): error: changed after submission (the seal no longer matches the content)\n")
                        failures += 1
                    }
                }
                // A card belongs where it lies (a link is judged by the file it names); a broken seal is reported above already.
                if scorecard.status == .draft || scorecard.hasValidSeal,
                   let problem = ScorecardHeader.storePlacementProblem(candidate: scorecard.candidate, requisition: scorecard.requisition,
                                                                       interviewer: scorecard.interviewer, interviewerID: scorecard.interviewerID,
                                                                       path: file) {
                    Terminal.standardOutput.write("\(file): " + (de ? "Fehler: " : "error: ") + problem.text(in: language)
                                                  + (de ? "; legen Sie ihn zurück oder entfernen Sie ihn\n" : "; move it back or remove it\n"))
                    failures += 1
                }
                for (id, finding) in lint {
                    Terminal.standardOutput.write("\(file): \(de ? "Warnung" : "warning"): '\(id)': \(finding.message.text(in: language))\n")
                }
            }
            if files.isEmpty {
                throw CommandFailure(message: de ? "Fehler: keine Bewertungsbögen gefunden" : "error: no scorecards found")
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
