import Foundation

/// A language HireScore's interface speaks: messages, reports and guides.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// English, the fallback.
    case en
    /// German.
    case de

    /// The language asked for by the environment's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("de") ? .de : .en
        }
        return .en
    }
}
