/// The scoring modules a host knows, looked up by id.
///
/// Build one from the built-in list (`BuiltInModules.all`) plus any third-party modules:
/// ```swift
/// let registry = ModuleRegistry(BuiltInModules.all + [MyCompetencyModule()])
/// ```
public struct ModuleRegistry: Sendable {
    /// The modules in the order given.
    public let modules: [any ScoringModule]

    /// Creates a registry; a later module with the same id as an earlier one is ignored.
    public init(_ modules: [any ScoringModule]) {
        var seen: Set<String> = []
        self.modules = modules.filter { seen.insert($0.id).inserted }
    }

    /// The module with an id.
    public func module(_ id: String) -> (any ScoringModule)? {
        modules.first { $0.id == id }
    }

    /// The ids of all modules, in order.
    public var ids: [String] { modules.map(\.id) }
}
