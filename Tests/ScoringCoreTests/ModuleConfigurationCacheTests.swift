import Foundation
import ScoringCore
import Testing
import YAML

/// Module configurations are read once per section, and a section that differs in anything the
/// configuration depends on is read afresh.
struct ModuleConfigurationCacheTests {
    /// Counts the reads the cache asks for.
    private final class ReadCounter: @unchecked Sendable {
        var count = 0
    }

    private static func rubric() throws -> Rubric {
        let loaded = RubricFixtures.load([RubricFixtures.packageRoot + "/rubrics/claims-handler.yaml"])
        return try #require(loaded.result.rubrics.first)
    }

    @Test func eachSectionIsReadOnce() throws {
        let rubric = try Self.rubric()
        let cache = ModuleConfigurationCache<String>()
        let reads = ReadCounter()
        for _ in 0..<3 {
            for section in rubric.sections {
                let value = cache.value(for: section, in: rubric) { section, _ in
                    reads.count += 1
                    return "config of \(section.id)"
                }
                #expect(value == "config of \(section.id)")
            }
        }
        #expect(reads.count == rubric.sections.count)
    }

    @Test func aDifferentConfigurationCriteriaScaleOrLanguageIsReadAfresh() throws {
        let rubric = try Self.rubric()
        let section = try #require(rubric.sections.first)
        let cache = ModuleConfigurationCache<Int>()
        let reads = ReadCounter()
        func read(_ section: RubricSection, _ rubric: Rubric) -> Int {
            cache.value(for: section, in: rubric) { _, _ in
                reads.count += 1
                return reads.count
            }
        }
        #expect(read(section, rubric) == 1)
        #expect(read(section, rubric) == 1)
        // Same rubric hash and section id, other configuration: never the cached value.
        var changedNode = section
        changedNode.configuration = YAMLNode(.scalar(YAMLScalar("other", style: .plain)))
        #expect(read(changedNode, rubric) == 2)
        var fewerCriteria = section
        fewerCriteria.criteria.removeLast()
        #expect(read(fewerCriteria, rubric) == 3)
        var otherLanguages = rubric
        otherLanguages.languages = ["en"]
        #expect(read(section, otherLanguages) == 4)
        // Each variant is now cached too.
        #expect(read(changedNode, rubric) == 2)
        #expect(read(section, otherLanguages) == 4)
        #expect(read(section, rubric) == 1)
        #expect(reads.count == 4)
    }
}
