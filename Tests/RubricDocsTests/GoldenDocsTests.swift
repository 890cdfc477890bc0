import Foundation
import RubricDocs
import ScoringCore
import TestSupport
import Testing

/// The guide and the sheet of the fixture rubric, in both languages and both formats, compared
/// exactly with the golden files in `Fixtures/golden`. `HIRESCORE_UPDATE_GOLDEN=1` rewrites them.
@Suite struct GoldenDocsTests {
    @Test("guide and sheet match the golden files", arguments: [Language.de, .en], DocsFormat.allCases)
    func matchesGolden(language: Language, format: DocsFormat) throws {
        let files = try DocsFixtures.generate([DocsFixtures.sample()], format: format, languages: [language])
        for kind in ["guide", "sheet"] {
            let name = "\(kind).\(language.rawValue).\(format.fileExtension)"
            let generated = try #require(files["docs-sample/\(name)"], "docs-sample/\(name) was not generated")
            if GoldenFiles.updating {
                let target = DocsFixtures.sourceFolder.appendingPathComponent("golden/\(name)")
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(generated.utf8).write(to: target)
                continue
            }
            let golden = DocsFixtures.folder.appendingPathComponent("golden/\(name)")
            let expected = try #require(
                try? String(contentsOf: golden, encoding: .utf8),
                "golden file \(name) is missing; run with HIRESCORE_UPDATE_GOLDEN=1 to write it")
            #expect(
                generated == expected,
                "\(name) differs from its golden file:\n\(GoldenFiles.firstDifference(expected: expected, actual: generated) ?? "")"
            )
        }
    }
}
