import BuiltInModules
import Foundation
import Panel
import ScoringCore
import Testing

@testable import Reporting

/// Fixtures and helpers of the reporting tests: a small rubric, scorecards made in code (sealed, as
/// `hirescore enter` writes them), a merge of them, and a CSV parser for round trips.
enum ReportFixtures {
    static var folder: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url
    }

    /// The fixture rubric (`report-test@1`: sections co, cs, td; criteria a, b, c, rp, s1, s2).
    static func rubric() throws -> Rubric {
        let result = RubricLoader(registry: BuiltInModules.registry).load(paths: [
            folder.appendingPathComponent("report-rubric.yaml").path
        ])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(errors.isEmpty, "the fixture rubric does not load: \(errors)")
        return try #require(result.rubrics.first)
    }

    /// The criterion ids in rubric order: the order of `levels` below.
    static let criteria = ["a", "b", "c", "rp", "s1", "s2"]

    /// A sealed scorecard; `levels` follow ``criteria`` (nil: n/a); every rated criterion gets `evidence`.
    static func scorecard(
        _ candidate: String, _ interviewer: String, _ levels: [Int?], rubric: Rubric, requisition: String = "req-1",
        evidence: String = "Observed an answer.", reason: String = "Fits the role.",
        recommendation: Recommendation = .yes, date: String = "2026-03-09"
    ) -> Scorecard {
        var entries: [String: Scorecard.Entry] = [:]
        for (id, level) in zip(criteria, levels) {
            entries[id] =
                level.map { Scorecard.Entry(rating: .level($0), evidence: evidence) }
                ?? Scorecard.Entry(rating: .notAssessed)
        }
        var scorecard = Scorecard(
            rubricID: rubric.id, rubricVersion: rubric.version, rubricHash: rubric.hash, candidate: candidate,
            requisition: requisition, interviewer: interviewer, interviewDate: CalendarDate(parsing: date),
            status: .submitted, entries: entries, observations: ["cs": ["de": .level("C1")]],
            recommendation: .init(value: recommendation, reason: reason), order: criteria)
        scorecard.observationKeys = ["cs": "languages"]
        scorecard.seal = scorecard.computeSeal()
        return scorecard
    }

    /// Writes the scorecards to a fresh folder and merges them like `hirescore merge`.
    static func merge(_ scorecards: [Scorecard], rubric: Rubric) throws -> PanelMerger.Report {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reportingtests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (index, scorecard) in scorecards.enumerated() {
            let file = folder.appendingPathComponent("\(scorecard.candidate)-\(index).yaml").path
            try AtomicFile.write(try scorecard.yamlText(), to: file)
            files.append(file)
        }
        return PanelMerger(registry: BuiltInModules.registry).merge(files: files.sorted(), rubrics: [rubric])
    }

    /// Text a hostile or careless interviewer could type: markup, a table separator, a line break,
    /// a Markdown link and emphasis, an entity, maths and a spreadsheet formula.
    static let hostile =
        "<script>alert('x')</script> | *bold* [link](http://example.invalid) &lt; $x$ @team\nsecond line"

    /// A requisition of two candidates; one rater's name, reason and evidence are ``hostile``, and
    /// another's evidence is a spreadsheet formula.
    static func hostileReport() throws -> PanelMerger.Report {
        let rubric = try rubric()
        return try merge(
            [
                scorecard(
                    "c-1", "Ann <b>Lee</b> | x", [4, 4, 3, 4, 4, 5], rubric: rubric, evidence: hostile, reason: hostile),
                scorecard(
                    "c-1", "Bo Berg", [2, 4, 4, 4, 3, 4], rubric: rubric,
                    evidence: "=HYPERLINK(\"http://example.invalid\",\"click\")"),
                scorecard("c-1", "Cy Chen", [3, nil, 4, 3, 4, 4], rubric: rubric, evidence: "-2 points; @SUM(A1)"),
                scorecard("c-2", "Ann <b>Lee</b> | x", [1, 3, 3, 3, 2, 3], rubric: rubric, recommendation: .no),
                scorecard("c-2", "Bo Berg", [2, 2, 3, 3, 3, 2], rubric: rubric, recommendation: .no),
            ], rubric: rubric)
    }
}
