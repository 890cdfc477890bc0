import BuiltInModules
import ScoringCore

/// The scoring modules this build of the `hirescore` tool knows.
enum HireScoreModules {
    /// The built-in modules.
    static let registry = BuiltInModules.registry
}
