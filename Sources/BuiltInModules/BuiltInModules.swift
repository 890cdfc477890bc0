import ConversationSkills
import CustomerOrientation
import ScoringCore
import TechnicalDepth
import WorkSample

/// The one list of scoring modules that ship with HireScore.
///
/// A host that adds its own modules builds its registry from this list plus them:
/// ```swift
/// let registry = ModuleRegistry(BuiltInModules.all + [MyCompetencyModule()])
/// ```
public enum BuiltInModules {
    /// The built-in modules: customer orientation, conversation skills, technical depth, work sample.
    public static let all: [any ScoringModule] = [
        CustomerOrientationModule(),
        ConversationSkillsModule(),
        TechnicalDepthModule(),
        WorkSampleModule(),
    ]

    /// Every diagnostic code HireScore reports: the core's groups, then each built-in module's own codes.
    /// `docs/diagnostics.md` lists them (``DiagnosticReference``).
    public static let diagnosticCodes: [DiagnosticCode.Group] =
        DiagnosticCode.core + [
            ConversationSkillsModule.diagnosticCodes,
            TechnicalDepthModule.diagnosticCodes,
            WorkSampleModule.diagnosticCodes,
        ]

    /// A registry of the built-in modules.
    public static var registry: ModuleRegistry { ModuleRegistry(all) }
}
