import ConversationSkills
import CustomerOrientation
import ScoringCore
import TechnicalDepth

/// The one list of scoring modules that ship with HireScore.
///
/// A host that adds its own modules builds its registry from this list plus them:
/// ```swift
/// let registry = ModuleRegistry(BuiltInModules.all + [MyCompetencyModule()])
/// ```
public enum BuiltInModules {
    /// The built-in modules: customer orientation, conversation skills, technical depth.
    public static let all: [any ScoringModule] = [
        CustomerOrientationModule(),
        ConversationSkillsModule(),
        TechnicalDepthModule(),
    ]

    /// A registry of the built-in modules.
    public static var registry: ModuleRegistry { ModuleRegistry(all) }
}
