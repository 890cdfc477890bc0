import BuiltInModules
import Foundation
import Panel
import ScoringCore
import Testing

/// Fixture access for the panel tests.
enum Fixtures {
    static var folder: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url
    }

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Loads a fixture rubric that must load without errors.
    static func rubric(_ name: String = "panel-rubric.yaml") throws -> Rubric {
        let result = RubricLoader(registry: BuiltInModules.registry).load(paths: [path(name)])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(errors.isEmpty, "fixture \(name) does not load: \(errors)")
        return try #require(result.rubrics.first)
    }

    /// The criterion ids of the fixture rubric, in rubric order: the order of the rating arrays below.
    static let criteria = ["a", "b", "c", "rp", "s1", "s2"]
}

/// Rounds to `digits` decimals, for comparing computed statistics with published values.
func rounded(_ value: Double?, _ digits: Int = 3) -> Double? {
    guard let value else { return nil }
    let factor = pow(10, Double(digits))
    return (value * factor).rounded() / factor
}

/// A scorecard for the fixture rubric; `levels` follow ``Fixtures/criteria`` (nil: n/a).
/// Submitted scorecards are pinned to the rubric's hash and sealed.
func makeScorecard(
    _ candidate: String, _ interviewer: String, _ levels: [Int?], rubric: Rubric, requisition: String? = "req-a",
    status: Scorecard.Status = .submitted, recommendation: Recommendation? = nil,
    languages: [String: String] = ["de": "C1"]
) -> Scorecard {
    var entries: [String: Scorecard.Entry] = [:]
    for (id, level) in zip(Fixtures.criteria, levels) {
        if let level {
            entries[id] = Scorecard.Entry(rating: .level(level), evidence: "Observed answer to \(id).")
        } else {
            entries[id] = Scorecard.Entry(rating: .notAssessed)
        }
    }
    var scorecard = Scorecard(
        rubricID: rubric.id, rubricVersion: rubric.version, candidate: candidate, requisition: requisition,
        interviewer: interviewer, status: .draft, entries: entries,
        observations: languages.isEmpty ? [:] : ["cs": languages.mapValues { .level($0) }],
        recommendation: recommendation.map { .init(value: $0, reason: "Panel test.") })
    if !languages.isEmpty { scorecard.observationKeys = ["cs": "languages"] }
    if status == .submitted {
        scorecard.status = .submitted
        scorecard.rubricHash = rubric.hash
        scorecard.seal = scorecard.computeSeal()
    }
    return scorecard
}

/// A fresh temporary folder for scorecard files, removed when the value goes away.
final class ScorecardFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("paneltests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes a scorecard as YAML; the file name defaults to candidate and interviewer.
    @discardableResult
    func write(_ scorecard: Scorecard, as name: String? = nil) throws -> String {
        let file =
            path + "/"
            + (name ?? "\(scorecard.candidate)-\(ScorecardStore.fileStem(forInterviewer: scorecard.interviewer)).yaml")
        try AtomicFile.write(try scorecard.yamlText(), to: file)
        return file
    }

    /// Writes raw text (for unreadable files).
    @discardableResult
    func writeText(_ text: String, as name: String) throws -> String {
        let file = path + "/" + name
        try AtomicFile.write(text, to: file)
        return file
    }

    /// Every scorecard file in the folder, sorted.
    var files: [String] { ScorecardStore.scorecardFiles(in: path).files }

    /// Merges every file of the folder.
    func merge(rubrics: [Rubric], method: ConsensusMethod? = nil, includeDrafts: Bool = false) -> PanelMerger.Report {
        PanelMerger(registry: BuiltInModules.registry, whatIf: method, includeDrafts: includeDrafts).merge(
            files: files, rubrics: rubrics)
    }
}

extension PanelMerger.Report {
    /// The panel of one candidate.
    func panel(_ candidate: String) -> PanelResult? { panels.first { $0.candidate == candidate } }
}

extension PanelResult {
    /// The row of one criterion.
    func row(_ criterionID: String) -> CriterionRow? { rows.first { $0.criterionID == criterionID } }
}
