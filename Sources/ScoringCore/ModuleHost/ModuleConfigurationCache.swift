import Synchronization
import YAML

/// The configurations a scoring module has read, so that scoring thousands of scorecards against
/// one rubric reads each section's configuration once instead of once per scorecard.
///
/// A module's configuration is a pure function of the section (its configuration node and its
/// criterion ids), the rubric's scale and its languages; those are compared in full on every
/// look-up, so two rubrics that share a hash or a section id never share a configuration by mistake. Problems found
/// while reading are not cached: a module reports them in ``ScoringModule/validate(_:in:decoder:)``,
/// which reads afresh.
///
/// ```swift
/// private static let configurations = ModuleConfigurationCache<MyConfiguration>()
///
/// public func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
///     let configuration = Self.configurations.value(for: section, in: rubric) { section, rubric in
///         var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
///         return MyConfiguration.read(section, decoder: &scratch)
///     }
///     ...
/// }
/// ```
public final class ModuleConfigurationCache<Configuration: Sendable>: Sendable {
    /// Where to look: short to hash, so a look-up costs little beside scoring.
    private struct Key: Hashable, Sendable {
        var rubricHash: String
        var sectionID: String
    }

    /// A configuration with everything it was read from, compared in full on every look-up.
    private struct Entry: Sendable {
        var node: YAMLNode?
        var criterionIDs: [String]
        var scale: RatingScale
        var languages: [String]
        var configuration: Configuration

        func matches(_ section: RubricSection, in rubric: Rubric) -> Bool {
            scale == rubric.scale && languages == rubric.languages && node == section.configuration
                && criterionIDs.elementsEqual(section.criteria.lazy.map(\.id))
        }
    }

    /// More distinct sections than any real set of rubrics holds; past it the cache starts afresh.
    private static var capacity: Int { 256 }

    private let storage = Mutex<(entries: [Key: [Entry]], count: Int)>(([:], 0))

    /// Creates an empty cache.
    public init() {}

    /// The configuration of `section` in `rubric`, read with `read` the first time it is asked for.
    ///
    /// The configuration depends on the section's configuration node and criterion ids and on the
    /// rubric's scale and languages; a section that differs in any of them is read afresh.
    public func value(
        for section: RubricSection, in rubric: Rubric,
        read: (RubricSection, Rubric) -> Configuration
    ) -> Configuration {
        let key = Key(rubricHash: rubric.hash, sectionID: section.id)
        let cached = storage.withLock { cache in
            cache.entries[key]?.first { $0.matches(section, in: rubric) }?.configuration
        }
        if let cached { return cached }
        let configuration = read(section, rubric)
        let entry = Entry(
            node: section.configuration, criterionIDs: section.criteria.map(\.id), scale: rubric.scale,
            languages: rubric.languages, configuration: configuration)
        storage.withLock { cache in
            if cache.count >= Self.capacity { cache = ([:], 0) }
            cache.entries[key, default: []].append(entry)
            cache.count += 1
        }
        return configuration
    }
}
