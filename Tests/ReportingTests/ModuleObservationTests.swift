import BuiltInModules
import Foundation
import Panel
import ScoringCore
import Testing
import YAML

@testable import Reporting

/// A module defined only in this test, outside HireScore's sources, with an observation of every kind and an
/// output of its own: the host, the scorecard file, the merger and the reports carry them without core edits.
struct StopwatchModule: ScoringModule {
    let id = "stopwatch"
    let name = LocalizedText(en: "Stopwatch", de: "Stoppuhr")
    var documentation: ModuleDocumentation {
        ModuleDocumentation(
            summary: .init(en: "Times a task.", de: "Misst eine Aufgabe."),
            rationale: .init(en: "For tests.", de: "Für Tests."),
            scoring: .init(en: "The mean; more than 3 retries knock out.", de: "Das Mittel; über 3 Versuche: K.-o."),
            examples: [])
    }

    static let pace = OrdinalScale(
        name: .init(en: "pace", de: "Tempo"), levels: [.init(id: "slow"), .init(id: "steady"), .init(id: "fast")])

    func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {}

    func observations(for section: RubricSection, in rubric: Rubric) -> [ObservationRequest] {
        [
            ObservationRequest(
                id: "pace", label: .init(en: "Pace", de: "Tempo"), kind: .level(Self.pace), isRequired: false,
                markedLevel: "steady"),
            ObservationRequest(
                id: "retries", label: .init(en: "Retries", de: "Versuche"), kind: .count(0...10), isRequired: true),
            ObservationRequest(
                id: "duration", label: .init(en: "Duration", de: "Dauer"), kind: .minutes(1...60), isRequired: false),
            ObservationRequest(
                id: "route", label: .init(en: "Route", de: "Weg"),
                kind: .choice([
                    .init(id: "north", label: .init(en: "North route", de: "Nordroute")),
                    .init(id: "south", label: .init(en: "South route", de: "Südroute")),
                ]), isRequired: false),
        ]
    }

    func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        [
            KnockOutRule(
                code: "too-many-retries", description: .init(en: "More than 3 retries.", de: "Mehr als 3 Versuche."),
                rationale: nil, observations: ["retries"])
        ]
    }

    /// The panel's duration is the longest any rater recorded (a rule of this module, not the core's median).
    func mergeObservation(
        _ request: ObservationRequest, values: [ObservationValue], in section: RubricSection, of rubric: Rubric
    ) -> ObservationValue? {
        guard request.id == "duration" else { return request.defaultMerge(values) }
        return values.compactMap { value -> Int? in
            if case .number(let minutes) = value { return minutes }
            return nil
        }.max().map(ObservationValue.number)
    }

    func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let mean = WeightedMean(of: section.criteria, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: mean.value, ratedCount: mean.ratedCount,
            criterionCount: section.criteria.count)
        if case .number(let retries)? = ratings.observation("retries"), retries > 3 {
            result.knockOuts.append(
                Finding(
                    code: "too-many-retries", subject: "retries",
                    message: .init(en: "\(retries) retries", de: "\(retries) Versuche")))
        }
        if case .number(let minutes)? = ratings.observation("duration") {
            result.outputs.append(
                ModuleOutput(
                    id: "timing", label: .init(en: "timing", de: "Zeitnahme"),
                    lines: [.init(en: "took \(minutes) min", de: "brauchte \(minutes) Min.")]))
        }
        return result
    }
}

@Suite struct ModuleObservationTests {
    static let registry = ModuleRegistry(BuiltInModules.all + [StopwatchModule()])

    static func rubric() throws -> Rubric {
        let result = RubricLoader(registry: registry).load(paths: [
            ReportFixtures.folder.appendingPathComponent("stopwatch-rubric.yaml").path
        ])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(errors.isEmpty, "the stopwatch rubric does not load: \(errors)")
        return try #require(result.rubrics.first)
    }

    /// A scorecard whose observations of section `timed` are `observations` (YAML flow mapping text).
    static func card(_ observations: String, interviewer: String = "Ann Lee", status: String = "draft") -> String {
        """
        rubric: {id: stopwatch-test, version: 1}
        candidate: c-1
        interviewer: \(interviewer)
        status: \(status)
        ratings: {a: 3, b: 4, c: 3}
        observations:
          timed: \(observations)

        """
    }

    static func load(_ text: String, rubric: Rubric) -> ScorecardLoader.Result {
        ScorecardLoader().load(bytes: Array(text.utf8), path: "card.yaml", rubrics: [rubric])
    }

    // MARK: Kinds: what a scorecard may write, and the exact diagnostic at line and column

    @Test(arguments: [
        ("{pace: fast}", "pace", ObservationValue.level("fast")),
        ("{pace: Steady}", "pace", .level("steady")),
        ("{pace: n/a}", "pace", .notAssessed),
        ("{retries: 0}", "retries", .number(0)),
        ("{retries: 10}", "retries", .number(10)),
        ("{duration: 60}", "duration", .number(60)),
        ("{route: south}", "route", .choice("south")),
        ("{route: NORTH}", "route", .choice("north")),
        ("{route: na}", "route", .notAssessed),
    ])
    func validValuesAreRead(_ written: String, _ id: String, _ expected: ObservationValue) throws {
        let result = Self.load(Self.card(written), rubric: try Self.rubric())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.header(in: .en) })")
        #expect(result.scorecard?.observation(id, in: "timed") == expected)
    }

    @Test(arguments: [
        (
            "{pace: brisk}",
            "card.yaml:7:17: error: 'brisk' is not a pace level; use slow, steady or fast",
            "write n/a when it was not assessed"
        ),
        (
            "{retries: -1}", "card.yaml:7:20: error: '-1' is not a whole number (Retries)",
            "write a whole number from 0 to 10, or n/a"
        ),
        (
            "{retries: 11}", "card.yaml:7:20: error: 11 is outside 0 to 10 (Retries)",
            "write a whole number from 0 to 10, or n/a"
        ),
        (
            "{duration: 2.5}", "card.yaml:7:21: error: '2.5' is not a whole number (Duration)",
            "write a whole number from 1 to 60 (minutes), or n/a"
        ),
        (
            "{duration: 0}", "card.yaml:7:21: error: 0 is outside 1 to 60 minutes (Duration)",
            "write a whole number from 1 to 60 (minutes), or n/a"
        ),
        (
            "{route: west}", "card.yaml:7:18: error: 'west' is not one of the answers for Route",
            "write one of north, south, or n/a"
        ),
        (
            "{retrie: 2}", "card.yaml:7:11: error: 'retrie' is not an observation of section 'timed'",
            "did you mean 'retries'?"
        ),
    ])
    func invalidValuesAreLocatedErrors(_ written: String, _ header: String, _ hint: String) throws {
        let result = Self.load(Self.card(written), rubric: try Self.rubric())
        #expect(result.scorecard == nil)
        #expect(result.diagnostics.map { $0.header(in: .en) } == [header])
        #expect(result.diagnostics.first?.hint?.text(in: "en") == hint)
    }

    @Test func observationsOfASectionWithoutAnyAreRefused() throws {
        let text = Self.card("{retries: 1}").replacingOccurrences(of: "  timed:", with: "  timer:")
        let result = Self.load(text, rubric: try Self.rubric())
        #expect(
            result.diagnostics.map { $0.header(in: .en) } == [
                "card.yaml:7:3: error: 'timer' is not a section of rubric 'stopwatch-test@1' that records observations"
            ])
        #expect(result.diagnostics.first?.hint?.text(in: "en") == "did you mean 'timed'?")
    }

    // MARK: Host, file, merge and report, with no core edits

    @Test func theHostPassesTheSectionsObservationsAndKnockOutRulesNeedThem() throws {
        let rubric = try Self.rubric()
        let host = ScoringHost(registry: Self.registry)
        let notRecorded = try #require(Self.load(Self.card("{pace: fast}"), rubric: rubric).scorecard)
        let open = host.score(notRecorded, rubric: rubric)
        #expect(open.recommendation == .noDecision)
        #expect(
            open.knockOutsNotRated.map { $0.finding.message.text(in: "en") } == [
                "'Retries' can knock out but was not recorded"
            ])
        let tooMany = try #require(Self.load(Self.card("{retries: 4, duration: 12}"), rubric: rubric).scorecard)
        let result = host.score(tooMany, rubric: rubric)
        #expect(result.knockOuts.map(\.finding.code) == ["too-many-retries"])
        #expect(
            result.sections.first?.outputs == [
                ModuleOutput(
                    id: "timing", label: .init(en: "timing", de: "Zeitnahme"),
                    lines: [.init(en: "took 12 min", de: "brauchte 12 Min.")])
            ])
    }

    @Test func observationsRoundTripThroughTheFileAndTheSeal() throws {
        let rubric = try Self.rubric()
        var card = try #require(
            Self.load(Self.card("{route: north, retries: 2, pace: n/a, duration: 15}"), rubric: rubric).scorecard)
        card.status = .submitted
        card.seal = card.computeSeal()
        let text = try card.yamlText()
        #expect(
            text.contains(
                "observations:\n  timed:\n    duration: 15\n    pace: n/a\n    retries: 2\n    route: north\n"))
        let loaded = try #require(Self.load(text, rubric: rubric).scorecard)
        #expect(loaded.observations == card.observations)
        #expect(loaded.hasValidSeal)
        #expect(try loaded.yamlText() == text)
    }

    @Test func thePanelMergesByTheModulesRulesAndReportsShowTheDeclaredLabels() throws {
        let rubric = try Self.rubric()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stopwatch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cards = [
            ("Ann Lee", "{pace: slow, retries: 1, duration: 10, route: south}"),
            ("Bo Berg", "{pace: fast, retries: 2, duration: 25, route: north}"),
            ("Cy Chen", "{pace: steady, retries: 5, duration: 20, route: south}"),
        ]
        var files: [String] = []
        for (name, observations) in cards {
            var card = try #require(Self.load(Self.card(observations, interviewer: name), rubric: rubric).scorecard)
            card.recommendation = .init(value: .yes, reason: "Test.")
            card.status = .submitted
            card.seal = card.computeSeal()
            let file = folder.appendingPathComponent("\(name).yaml").path
            try AtomicFile.write(try card.yamlText(), to: file)
            files.append(file)
        }
        let report = PanelMerger(registry: Self.registry).merge(files: files, rubrics: [rubric])
        let panel = try #require(report.panels.first)
        // Pace and retries: the core's median; route: the most frequent; duration: the module's own rule (longest).
        #expect(
            panel.consensusObservations == [
                "timed": [
                    "pace": .level("steady"), "retries": .number(2), "duration": .number(25), "route": .choice("south"),
                ]
            ])
        // One rater of three reported too many retries: to discuss, not standing.
        #expect(panel.knockOutsToDiscuss.map(\.code) == ["too-many-retries"])
        let text = ReportRenderer(language: .en).merge(report, as: .text)
        #expect(
            text.contains(
                "  Timed task, observed (panel): Pace steady, Retries 2, Duration 25 min, Route South route\n"))
        #expect(text.contains("    · timing: took 25 min\n"))
        let german = ReportRenderer(language: .de).merge(report, as: .markdown)
        #expect(
            german.contains("- Timed task, beobachtet (Panel): Tempo steady, Versuche 2, Dauer 25 Min., Weg Südroute\n")
        )
        let json = ReportRenderer(language: .en).merge(report, as: .json)
        #expect(json.contains("\"route\" : \"south\""))
        #expect(json.contains("\"timing\" : ["))
    }
}
