/// A named result a module adds to a section's result beyond score, flags and knock-outs (training needs,
/// for example), shown in every report under its label.
public struct ModuleOutput: Sendable, Hashable {
    /// The output's id, stable across versions (`training-needs`); the key in JSON reports.
    public var id: String
    /// The label each line is shown with ("training need").
    public var label: LocalizedText
    /// The lines, in order.
    public var lines: [LocalizedText]

    /// Creates an output.
    public init(id: String, label: LocalizedText, lines: [LocalizedText]) {
        self.id = id
        self.label = label
        self.lines = lines
    }
}
