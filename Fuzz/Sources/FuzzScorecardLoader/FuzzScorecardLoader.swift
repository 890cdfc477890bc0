import Foundation
import FuzzSupport
import ScoringCore

/// libFuzzer target: a scorecard file checked against the shipped rubrics (and mini-claims), then
/// diagnostics rendering, scoring, the seal, and a write/read round trip of every scorecard that loads.
@main
enum FuzzScorecardLoader {
    static let rubrics = FuzzSupport.rubrics
    static let loader = ScorecardLoader()
    static let host = ScoringHost(registry: FuzzSupport.registry)

    static func main() {
        _ = rubrics
        exit(runFuzzer { data, size in
            FuzzScorecardLoader.test(fuzzBytes(data, size))
            return 0
        })
    }

    static func test(_ bytes: [UInt8]) {
        let result = loader.load(bytes: bytes, path: "fuzz/scorecard.yaml", rubrics: rubrics)
        FuzzSupport.render(result.diagnostics, sources: ["fuzz/scorecard.yaml": result.source])
        guard let scorecard = result.scorecard else { return }
        if result.diagnostics.contains(where: { $0.severity == .error }) { finding("a scorecard loaded although the file has errors") }
        guard let rubric = result.rubric else { finding("a scorecard loaded without its rubric") }
        let score = host.score(scorecard, rubric: rubric)
        if let overall = score.overallScore, !overall.isFinite { finding("non-finite overall score \(overall)") }
        _ = scorecard.hasValidSeal
        FuzzSupport.checkRoundTrip(scorecard, rubrics: rubrics, label: "scorecard")
    }
}
