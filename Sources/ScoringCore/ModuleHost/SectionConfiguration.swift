/// A scoring module's configuration of one section (its `config:`), read from the section with its problems
/// reported to a decoder.
///
/// Conforming lets a module keep its configurations in a ``ModuleConfigurationCache`` without writing the
/// reading twice: ``ModuleConfigurationCache/value(for:in:)`` reads a section the first time it is asked for,
/// and the module's ``ScoringModule/validate(_:in:decoder:)`` calls ``read(_:in:decoder:)`` to report problems.
///
/// ```swift
/// extension MyConfiguration: SectionConfiguration {
///     public static func read(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) -> Self { ... }
/// }
/// private static let configurations = ModuleConfigurationCache<MyConfiguration>()
/// let configuration = Self.configurations.value(for: section, in: rubric)
/// ```
public protocol SectionConfiguration: Sendable {
    /// Reads the configuration of `section` in `rubric`, reporting problems to `decoder`.
    static func read(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) -> Self
}

extension ModuleConfigurationCache where Configuration: SectionConfiguration {
    /// The configuration of `section` in `rubric`, read the first time it is asked for (its problems are
    /// reported by the module's validation, not here).
    public func value(for section: RubricSection, in rubric: Rubric) -> Configuration {
        value(for: section, in: rubric) { section, rubric in
            var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
            return Configuration.read(section, in: rubric, decoder: &scratch)
        }
    }
}
