import BuiltInModules
import ScoringCore

/// The scoring modules this build of the `hirescore` tool knows.
package enum HireScoreModules {
    /// The built-in modules.
    package static let registry = BuiltInModules.registry
}
