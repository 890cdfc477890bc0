import Foundation
import FuzzSupport
import ScoringCore

/// libFuzzer target: a rubric file, through the YAML layer (raw bytes: size, encoding, syntax, budgets)
/// and the rubric loader (decoding, references, module validation, hash), then diagnostics rendering
/// and, for a rubric that loads, scoring at every level.
@main
enum FuzzRubricLoader {
    static let loader = RubricLoader(registry: FuzzSupport.registry)

    static func main() {
        exit(runFuzzer { data, size in
            FuzzRubricLoader.test(fuzzBytes(data, size))
            return 0
        })
    }

    static func test(_ bytes: [UInt8]) {
        // The YAML layer sees the raw bytes, as it does when a file is read.
        _ = try? YAMLReader().read(bytes)
        // The loader takes text; for valid UTF-8 this is the same byte sequence.
        let result = loader.load(text: String(decoding: bytes, as: UTF8.self), path: "fuzz/rubric.yaml")
        FuzzSupport.render(result.diagnostics, sources: result.sources)
        if result.rubrics.count > 1 { finding("one file gave \(result.rubrics.count) rubrics") }
        for rubric in result.rubrics {
            if result.diagnostics.contains(where: { $0.severity == .error }) { finding("a rubric loaded although the file has errors") }
            if !ScorecardLoader.isHash(rubric.hash) { finding("rubric hash '\(rubric.hash)' is not sha256:<64 hex>") }
            FuzzSupport.exerciseScoring(rubric)
        }
    }
}
