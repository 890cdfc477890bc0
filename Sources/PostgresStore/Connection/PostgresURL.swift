import Foundation
import ScoringCore

/// The parts of a libpq connection URL:
/// `postgresql://[user[:password]@][host][:port][,host[:port]...][/dbname][?param=value&...]`, percent-decoded.
struct PostgresURL: Sendable, Equatable {
    var user: String?
    var password: String?
    /// The hosts of the URL's host part, in order (`h1:5432,h2:5433`); an empty entry means libpq's default.
    var hosts: [String]?
    /// The ports paired with ``hosts``; an empty entry means the default port.
    var ports: [String]?
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
        var hosts: [String] = []
        var ports: [String] = []
        for entry in hostEntries(rest) {
            let (host, port) = try hostAndPort(entry, in: url)
            hosts.append(host)
            ports.append(port)
        }
        result.hosts = hosts.allSatisfy(\.isEmpty) ? nil : hosts
        result.ports = ports.allSatisfy(\.isEmpty) ? nil : ports
        return result
    }

    /// The comma-separated entries of a host part, a comma inside `[...]` (an IPv6 address) not counting.
    static func hostEntries(_ part: Substring) -> [Substring] {
        var entries: [Substring] = []
        var start = part.startIndex
        var bracketed = false
        for index in part.indices {
            switch part[index] {
            case "[": bracketed = true
            case "]": bracketed = false
            case "," where !bracketed:
                entries.append(part[start..<index])
                start = part.index(after: index)
            default: break
            }
        }
        entries.append(part[start...])
        return entries
    }

    /// One `host[:port]` entry (`[v6]:port` for an IPv6 address); an empty part is an empty string.
    private static func hostAndPort(_ entry: Substring, in url: String) throws(PostgresConnectionSettings.SettingsError)
        -> (host: String, port: String)
    {
        if entry.hasPrefix("["), let close = entry.firstIndex(of: "]") {
            let host = String(entry[entry.index(after: entry.startIndex)..<close])
            let rest = entry[entry.index(after: close)...]
            return (host, rest.hasPrefix(":") ? String(rest.dropFirst()) : "")
        }
        if let colon = entry.lastIndex(of: ":") {
            return (try decode(entry[..<colon], in: url), String(entry[entry.index(after: colon)...]))
        }
        return (try decode(entry, in: url), "")
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
