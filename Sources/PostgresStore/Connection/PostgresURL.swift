import Foundation
import ScoringCore

/// The parts of a libpq connection URL:
/// `postgresql://[user[:password]@][host][:port][/dbname][?param=value&...]`, percent-decoded.
struct PostgresURL: Sendable, Equatable {
    var user: String?
    var password: String?
    var host: String?
    var port: String?
    var database: String?
    var parameters: [String: String] = [:]

    /// Splits a URL into its parts; an unknown parameter or a broken escape is an error naming it.
    static func parse(_ url: String) throws(PostgresConnectionSettings.SettingsError) -> PostgresURL {
        var rest = Substring(url)
        for scheme in ["postgresql://", "postgres://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        var result = PostgresURL()
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                let pieces = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = try decode(pieces[0], in: url)
                guard PostgresConnectionSettings.knownParameters.contains(key) else {
                    throw .init(message: PostgresStoreMessages.unknownParameter(key))
                }
                result.parameters[key] = try decode(pieces.count > 1 ? pieces[1] : "", in: url)
            }
            rest = rest[..<question]
        }
        if let slash = rest.firstIndex(of: "/") {
            let name = try decode(rest[rest.index(after: slash)...], in: url)
            result.database = name.isEmpty ? nil : name
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                result.user = try decode(credentials[..<colon], in: url)
                result.password = try decode(credentials[credentials.index(after: colon)...], in: url)
            } else {
                result.user = try decode(credentials, in: url)
            }
            if result.user == "" { result.user = nil }
        }
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            result.host = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            if rest.hasPrefix(":") { result.port = String(rest.dropFirst()) }
        } else if let colon = rest.lastIndex(of: ":") {
            result.host = try decode(rest[..<colon], in: url)
            result.port = String(rest[rest.index(after: colon)...])
        } else {
            result.host = try decode(rest, in: url)
        }
        if result.host == "" { result.host = nil }
        if result.port == "" { result.port = nil }
        return result
    }

    /// Percent-decodes one part; a broken escape is an error that never shows the whole URL (it may hold a password).
    private static func decode(_ part: Substring, in url: String) throws(PostgresConnectionSettings.SettingsError)
        -> String
    {
        guard let decoded = String(part).removingPercentEncoding else {
            throw .init(message: PostgresStoreMessages.badEscape)
        }
        return decoded
    }
}
