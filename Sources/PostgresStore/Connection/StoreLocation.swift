import Foundation
import ScoringCore

/// Where a store is: a folder of files (the embedded default) or a PostgreSQL database.
///
/// `--store DIR` (or `HIRESCORE_STORE=DIR`) names a folder, as before; a value that starts with
/// `postgresql://` or `postgres://` names a database, with libpq's conventions for everything the URL
/// leaves out (``PostgresConnectionSettings``).
///
/// ```swift
/// let location = try StoreLocation.resolve("postgresql://anna@db.example.org/hiring", environment: env)
/// ```
package enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// A store folder.
    case folder(String)
    /// A PostgreSQL database.
    case postgres(PostgresConnectionSettings)

    /// The folder used when neither `--store` nor `HIRESCORE_STORE` names a store.
    package static let defaultFolder = "scorecards"

    /// Whether a `--store` value names a database (`postgresql://` or `postgres://`).
    package static func isDatabaseURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// The store named by `--store` (`option`), else by `HIRESCORE_STORE`, else `./scorecards`.
    package static func resolve(
        _ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        passwordFile: PasswordFile.Reader = PasswordFile.readFromDisk
    ) throws(PostgresConnectionSettings.SettingsError) -> StoreLocation {
        let text = option ?? environment["HIRESCORE_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultFolder
        guard isDatabaseURL(text) else { return .folder(text) }
        return .postgres(
            try PostgresConnectionSettings(url: text, environment: environment, passwordFile: passwordFile))
    }

    /// The store as it is shown: the folder, or the database URL without its password.
    package var description: String {
        switch self {
        case .folder(let path): return path
        case .postgres(let settings): return settings.description
        }
    }
}
