import BuiltInModules
import CFuzzerDriver
import Foundation
import Interview
import ScoringCore

/// Runs libFuzzer with this process's arguments and `body` as the function under test; returns its exit code.
///
/// Every target calls it from its own `main`: SwiftPM links executables with their own `main`, so
/// libFuzzer's `main` is not used and `LLVMFuzzerTestOneInput` alone would never be called.
public func runFuzzer(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, body)
}

/// The bytes libFuzzer hands over, copied into an array.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Stops the run with a finding: libFuzzer records the input as a crash.
public func finding(_ message: String) -> Never {
    fatalError("FUZZ FINDING: \(message)")
}

/// Things the targets share: the package's own rubrics and the built-in modules.
public enum FuzzSupport {
    /// The main package's root folder (the parent of Fuzz/).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The registry of the built-in modules, as the `hirescore` tool has it.
    public static let registry = BuiltInModules.registry

    /// The shipped rubrics (rubrics/) plus the small test rubric, loaded once.
    public static let rubrics: [Rubric] = {
        let result = RubricLoader(registry: registry).load(paths: [packageRoot + "/rubrics", smallRubricPath])
        guard result.rubrics.count >= 2 else { finding("the fuzz targets' rubrics did not load: \(result.diagnostics)") }
        return result.rubrics
    }()

    /// The fixed small rubric the answers target enters scorecards for (mini-claims: three sections, four criteria).
    public static let smallRubricPath = packageRoot + "/Tests/HireScoreCLITests/Fixtures/valid/mini-claims.yaml"

    /// The small rubric, loaded alone (every fork job of libFuzzer loads it again: the shipped rubrics would cost seconds).
    public static let smallRubric: Rubric = {
        let result = RubricLoader(registry: registry).load(paths: [smallRubricPath])
        guard let rubric = result.rubrics.first else { finding("mini-claims did not load: \(result.diagnostics)") }
        return rubric
    }()

    /// Renders diagnostics as the command-line tool does, in both languages, to exercise the source
    /// quoting and caret placement with hostile text and locations.
    public static func render(_ diagnostics: [Diagnostic], sources: [String: String]) {
        for language in [Language.en, .de] {
            _ = DiagnosticPrinter(language: language, useColor: true, sources: sources).render(diagnostics, fileCount: 1)
        }
    }

    /// Scores a rubric with every criterion at each level of its scale (at most 12 of them) and at n/a,
    /// with every observation its module asks for at a value of its kind (lowest, highest, in turn), to run
    /// each module's arithmetic over a fuzzed configuration.
    public static func exerciseScoring(_ rubric: Rubric) {
        let host = ScoringHost(registry: registry)
        var ratings: [Rating] = [.notAssessed]
        ratings += rubric.scale.levels.prefix(12).map { .level($0.value) }
        for (index, rating) in ratings.enumerated() {
            let result = host.score(rubric: rubric) { section in
                let criteria = section.criteria.map { ($0.id, rating) }
                return SectionRatings(
                    ratings: Dictionary(criteria, uniquingKeysWith: { first, _ in first }),
                    observations: observations(for: section, in: rubric, turn: index))
            }
            if let score = result.overallScore, !score.isFinite { finding("non-finite overall score \(score) for \(rating)") }
            _ = result.overallArithmetic.text(in: "en")
        }
    }

    /// A value for each observation the section's module asks for: n/a on turn 0, else a value of its kind
    /// chosen by the turn (levels and choices in turn, numbers at their bounds).
    static func observations(for section: RubricSection, in rubric: Rubric, turn: Int) -> [String: ObservationValue] {
        guard let module = registry.module(section.moduleID) else { return [:] }
        var values: [String: ObservationValue] = [:]
        for request in module.observations(for: section, in: rubric) {
            if turn == 0 {
                values[request.id] = .notAssessed
                continue
            }
            switch request.kind {
            case .level(let scale):
                if !scale.levels.isEmpty { values[request.id] = .level(scale.levels[turn % scale.levels.count].id) }
            case .count(let bounds), .minutes(let bounds):
                values[request.id] = .number(turn.isMultiple(of: 2) ? bounds.lowerBound : bounds.upperBound)
            case .choice(let choices):
                if !choices.isEmpty { values[request.id] = .choice(choices[turn % choices.count].id) }
            }
        }
        return values
    }
}

extension FuzzSupport {
    /// Writes a scorecard as `hirescore enter` does, reads it back and checks that nothing changed:
    /// what the reader accepts the writer must write so that it reads back the same, seal included.
    public static func checkRoundTrip(_ scorecard: Scorecard, rubrics: [Rubric], label: String) {
        let text: String
        do {
            text = try scorecard.yamlText()
        } catch {
            finding("\(label): the scorecard cannot be written: \(error)")
        }
        let reread = ScorecardLoader().load(bytes: Array(text.utf8), path: "fuzz/written.yaml", rubrics: rubrics)
        guard let copy = reread.scorecard else {
            finding("\(label): the written scorecard does not read back: \(reread.diagnostics.map { $0.message.text(in: "en") })\n\(text)")
        }
        if comparable(copy) != comparable(scorecard) {
            finding("\(label): the written scorecard reads back different:\nbefore \(comparable(scorecard))\nafter  \(comparable(copy))\n\(text)")
        }
        if copy.computeSeal() != scorecard.computeSeal() { finding("\(label): the seal changed on writing and reading back\n\(text)") }
    }

    /// Everything of a scorecard that is written to its file (not where it was read from).
    static func comparable(_ scorecard: Scorecard) -> String {
        let entries = scorecard.entries.keys.sorted().map { id -> String in
            let entry = scorecard.entries[id]!
            return "\(id.debugDescription)=\(entry.rating) \(entry.evidence.debugDescription) \(entry.ratedAt.debugDescription)"
        }
        return [
            scorecard.rubricID, String(scorecard.rubricVersion), scorecard.rubricHash.debugDescription, scorecard.candidate,
            scorecard.requisition.debugDescription, scorecard.interviewer.debugDescription, scorecard.interviewDate.debugDescription,
            scorecard.status.rawValue, entries.joined(separator: "; "),
            observationsText(scorecard),
            scorecard.recommendation.map { "\($0.value.rawValue) \($0.reason.debugDescription)" } ?? "-",
            scorecard.order.map(\.debugDescription).joined(separator: ","), scorecard.seal.debugDescription,
            scorecard.interviewerID.debugDescription, scorecard.stage.debugDescription,
            scorecard.questionVariants.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription)=\($0.value)" }
                .joined(separator: ","),
            scorecard.retainUntil.debugDescription, scorecard.signature.debugDescription,
        ].joined(separator: " | ")
    }

    /// The scorecard's observations as one line, sorted by section and observation id.
    static func observationsText(_ scorecard: Scorecard) -> String {
        var parts: [String] = []
        for section in scorecard.observations.keys.sorted() {
            let values = scorecard.observations[section] ?? [:]
            for id in values.keys.sorted() {
                let value = values[id]?.text ?? "-"
                parts.append("\(section.debugDescription).\(id.debugDescription)=\(value.debugDescription)")
            }
        }
        let keys = scorecard.observationKeys.keys.sorted().map { "\($0)@\(scorecard.observationKeys[$0] ?? "")" }
        return (parts + keys).joined(separator: ",")
    }
}
