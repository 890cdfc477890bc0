/// The sentences every scoring module shares, each with its German and English text, so that the built-in modules
/// (and modules written elsewhere) say the same thing the same way.
///
/// ```swift
/// var reader = MappingReader(node, context: ModuleMessages.configContext(section.id), decoder: &decoder)
/// ```
public enum ModuleMessages: MessageCatalogue {
    /// The context of a section's `config` in messages about its keys.
    public static func configContext(_ section: String) -> LocalizedText {
        .init(en: "the config of section '\(section)'", de: "der Konfiguration von Abschnitt '\(section)'")
    }

    /// A section's configuration in words when it has no knock-out rule
    /// (``ScoringModule/describeConfiguration(of:in:)``).
    public static let noKnockOutRule = LocalizedText(
        en: "This section has no knock-out rule: only its score counts.",
        de: "Dieser Abschnitt hat keine K.-o.-Regel: nur sein Wert zählt.")

    /// The entries with sample arguments.
    public static let entries: [(name: String, text: LocalizedText)] = [
        ("configContext", configContext("customer-orientation")), ("noKnockOutRule", noKnockOutRule),
    ]
}
