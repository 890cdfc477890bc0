import BuiltInModules
import Foundation
import Interview
import ScoringCore
import Testing

/// Fixture access and session helpers for the entry tests.
enum Fixtures {
    static var folder: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url
    }

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The entry-test rubric (must load without errors).
    static func rubric() throws -> Rubric {
        let result = RubricLoader(registry: BuiltInModules.registry).load(paths: [path("entry-rubric.yaml")])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(errors.isEmpty, "the fixture rubric does not load: \(errors)")
        return try #require(result.rubrics.first)
    }

    /// The criterion ids of the fixture rubric in rubric order.
    /// The fixture rubric's conversation-skills section, whose observations are the languages (`de`, `en`).
    static var languageSection: RubricSection {
        guard let rubric = try? rubric(), let section = rubric.sections.first(where: { $0.id == "cs" }) else {
            fatalError("the fixture rubric has no section 'cs'")
        }
        return section
    }

    static let rubricOrder = ["ownership", "empathy", "clarity", "listening", "coverage", "systems"]

    /// The fixed clock of every session, and the timestamp it gives.
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let nowText = "2026-09-21T14:13:20Z"

    /// A new, empty draft for the fixture rubric.
    static func draft(entries: [String: Scorecard.Entry] = [:], order: [String] = []) -> Scorecard {
        Scorecard(
            rubricID: "entry-test", rubricVersion: 1, candidate: "c-1042", requisition: "claims-2026-01",
            interviewer: "Anna Schmidt", entries: entries, order: order)
    }

    /// Answers for the four criteria before the languages: ownership 3, empathy 3, clarity 3 with evidence, listening 3 (8 answers).
    static let criteriaBeforeLanguages = ["3", "", "3", "", "3", "Explained the deductible with an example.", "3", ""]
    /// Answers for the two technical criteria: coverage 3, systems 3 (4 answers).
    static let technicalCriteria = ["3", "", "3", ""]
}

/// Records every scorecard the session saves, with the script line that was last read at the time.
final class SaveRecorder {
    private(set) var saves: [Scorecard] = []
    /// The script line number (ScriptedConsole.lineNumber) at each save; empty for other consoles.
    private(set) var lines: [Int] = []
    weak var scripted: ScriptedConsole?

    func record(_ scorecard: Scorecard) {
        saves.append(scorecard)
        if let scripted { lines.append(scripted.lineNumber) }
    }
}

/// An "interactive" console: answers from a list, records everything written.
final class AnswerConsole: EntryConsole {
    private var answers: [String]
    private(set) var output = ""
    private(set) var readCount = 0

    init(_ answers: [String]) {
        self.answers = answers
    }

    func write(_ text: String) {
        output += text
    }

    func readLine() -> String? {
        guard !answers.isEmpty else { return nil }
        readCount += 1
        return answers.removeFirst()
    }
}

/// How many times `needle` occurs in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// A session in scripted mode over a ScriptedConsole with the given answer lines.
func scriptedSession(
    _ answers: [String], rubric: Rubric, draft: Scorecard = Fixtures.draft(), shuffle: Bool = false,
    language: Language = .en
) -> (EntrySession, ScriptedConsole, SaveRecorder) {
    let console = ScriptedConsole(script: answers.map { $0 + "\n" }.joined())
    let recorder = SaveRecorder()
    recorder.scripted = console
    let session = EntrySession(
        rubric: rubric, registry: BuiltInModules.registry, scorecard: draft, console: console,
        language: language, shuffle: shuffle, scripted: true, now: { Fixtures.now }
    ) { recorder.record($0) }
    return (session, console, recorder)
}

/// A session in interactive mode over an AnswerConsole with the given answers.
func interactiveSession(
    _ answers: [String], rubric: Rubric, draft: Scorecard = Fixtures.draft(), shuffle: Bool = false,
    language: Language = .en
) -> (EntrySession, AnswerConsole, SaveRecorder) {
    let console = AnswerConsole(answers)
    let recorder = SaveRecorder()
    let session = EntrySession(
        rubric: rubric, registry: BuiltInModules.registry, scorecard: draft, console: console,
        language: language, shuffle: shuffle, scripted: false, now: { Fixtures.now }
    ) { recorder.record($0) }
    return (session, console, recorder)
}

/// A fresh temporary folder, removed by the caller with `removeTemporaryFolder`.
func makeTemporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("interviewtests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func removeTemporaryFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}
