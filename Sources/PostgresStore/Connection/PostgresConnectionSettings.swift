import Foundation
import ScoringCore

/// How to reach a PostgreSQL store, resolved from a `postgresql://` URL with libpq's conventions.
///
/// What the URL leaves out comes from `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`,
/// `PGSSLMODE` and `PGSSLROOTCERT`, then from the password file (`PGPASSFILE`, else `~/.pgpass`, read only
/// when no one but its owner may read it), then from libpq's defaults (the local socket folder, port 5432,
/// the login name, a database named like the user). The one rule stricter than libpq's: a host that is not
/// loopback is reached over TLS unless `sslmode=disable` is given explicitly (``transport``).
///
/// The password is never part of ``description`` or of a mirror of the value, so it cannot reach
/// output or logs by printing the settings.
package struct PostgresConnectionSettings: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// Where the server listens.
    package enum Host: Sendable, Hashable {
        /// A Unix-domain socket in this folder (a host that starts with `/`, as in libpq).
        case socket(directory: String)
        /// A host name or an IP address, reached over TCP.
        case tcp(String)

        /// Whether the host is this machine: a socket, `localhost`, `127.0.0.0/8` or `::1`.
        package var isLoopback: Bool {
            switch self {
            case .socket: return true
            case .tcp(let name):
                let lowered = name.lowercased()
                if lowered == "localhost" || lowered == "::1" || lowered == "0:0:0:0:0:0:0:1" { return true }
                let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
                return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
            }
        }
    }

    /// libpq's `sslmode` values.
    package enum SSLMode: String, Sendable, CaseIterable {
        /// No TLS.
        case disable
        /// Plain first, TLS if the server insists (treated like `prefer`).
        case allow
        /// TLS when the server offers it, else plain (libpq's default).
        case prefer
        /// TLS, the certificate not checked.
        case require
        /// TLS, the certificate checked against the trusted authorities.
        case verifyCA = "verify-ca"
        /// TLS, the certificate checked and its name matched against the host.
        case verifyFull = "verify-full"
    }

    /// How the connection is made: the decision ``transport(host:sslMode:)`` takes.
    package enum Transport: Sendable, Hashable {
        /// A Unix-domain socket (no TLS; the socket does not leave the machine).
        case unixSocket
        /// TCP without TLS: loopback, or `sslmode=disable` given explicitly.
        case plain
        /// TLS when the server offers it, else plain; only on loopback.
        case tlsPreferred
        /// TLS or no connection; the certificate checked as `verification` says.
        case tlsRequired(verification: Verification)
    }

    /// How much of the server's certificate is checked.
    package enum Verification: String, Sendable, Hashable {
        /// Not checked (libpq's `require`): encrypted, but not proof of whom.
        case none
        /// Signed by a trusted authority (`verify-ca`).
        case authority
        /// Signed by a trusted authority and issued for the host's name (`verify-full`).
        case full
    }

    /// Where the server listens.
    package var host: Host
    /// The port (also names the socket file: `.s.PGSQL.PORT`).
    package var port: Int
    /// The database user.
    package var user: String
    /// The database.
    package var database: String
    /// The password, if any was found; never printed.
    package var password: String?
    /// The `sslmode` given in the URL or `PGSSLMODE`; nil when none was given.
    package var sslMode: SSLMode?
    /// A file of trusted certificate authorities (PEM) for `verify-ca` and `verify-full` (`sslrootcert`).
    package var rootCertificatePath: String?
    /// Notes for the user about how the settings were found (a password file ignored for its permissions).
    package var notes: [LocalizedText] = []

    /// How the connection is made.
    package var transport: Transport { Self.transport(host: host, sslMode: sslMode) }

    /// The decision: sockets never use TLS; loopback follows `sslmode` as libpq does; any other host gets
    /// TLS whatever `sslmode` says, except an explicit `disable`. Without `sslmode`, a remote host's
    /// certificate is checked fully (`verify-full`), stricter than libpq's `prefer`.
    package static func transport(host: Host, sslMode: SSLMode?) -> Transport {
        if case .socket = host { return .unixSocket }
        switch (host.isLoopback, sslMode) {
        case (_, .disable?): return .plain
        case (_, .verifyFull?): return .tlsRequired(verification: .full)
        case (_, .verifyCA?): return .tlsRequired(verification: .authority)
        case (_, .require?): return .tlsRequired(verification: .none)
        case (true, .allow?), (true, .prefer?), (true, nil): return .tlsPreferred
        case (false, .allow?), (false, .prefer?): return .tlsRequired(verification: .none)
        case (false, nil): return .tlsRequired(verification: .full)
        }
    }

    /// The URL parameters understood (libpq's names).
    package static let knownParameters = [
        "host", "port", "user", "password", "dbname", "sslmode", "sslrootcert", "passfile", "application_name",
    ]

    /// A URL that cannot be used, or settings that are incomplete.
    package struct SettingsError: Error, Sendable, Equatable {
        /// What is wrong and what to do, in English and German.
        package var message: LocalizedText
    }

    /// Resolves a `postgresql://` or `postgres://` URL with libpq's environment variables and password file.
    package init(
        url: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        passwordFile: PasswordFile.Reader = PasswordFile.readFromDisk
    ) throws(SettingsError) {
        let parts = try PostgresURL.parse(url)
        func variable(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let hostText = parts.parameters["host"] ?? parts.host ?? variable("PGHOST") ?? Self.defaultSocketDirectory
        guard !hostText.contains(",") else {
            throw SettingsError(message: PostgresStoreMessages.severalHosts(hostText))
        }
        host = hostText.hasPrefix("/") ? .socket(directory: hostText) : .tcp(hostText)
        let portText = parts.parameters["port"] ?? parts.port ?? variable("PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw SettingsError(message: PostgresStoreMessages.badPort(portText))
        }
        self.port = port
        user = parts.parameters["user"] ?? parts.user ?? variable("PGUSER") ?? Self.loginName()
        database = parts.parameters["dbname"] ?? parts.database ?? variable("PGDATABASE") ?? user
        if let modeText = parts.parameters["sslmode"] ?? variable("PGSSLMODE") {
            guard let mode = SSLMode(rawValue: modeText) else {
                throw SettingsError(message: PostgresStoreMessages.badSSLMode(modeText))
            }
            sslMode = mode
        }
        rootCertificatePath = parts.parameters["sslrootcert"] ?? variable("PGSSLROOTCERT")
        password = parts.parameters["password"] ?? parts.password ?? variable("PGPASSWORD")
        if password == nil {
            let file =
                parts.parameters["passfile"] ?? variable("PGPASSFILE")
                ?? (variable("HOME") ?? NSHomeDirectory()) + "/.pgpass"
            switch passwordFile(file) {
            case .missing:
                break
            case .tooOpen:
                notes.append(PostgresStoreMessages.passwordFileIgnored(file))
            case .contents(let text):
                password = PasswordFile.lookup(
                    in: text, host: host, port: port, database: database, user: user)
            }
        }
    }

    /// Settings given field by field (tests, and copies of settings for another user).
    package init(
        host: Host, port: Int = 5432, user: String, database: String, password: String? = nil,
        sslMode: SSLMode? = nil
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.password = password
        self.sslMode = sslMode
    }

    /// The folder of the server's socket when no host is named (Debian's).
    static var defaultSocketDirectory: String {
        #if os(macOS)
            return "/tmp"
        #else
            return "/var/run/postgresql"
        #endif
    }

    /// The name of the user running the program (libpq's default database user).
    static func loginName() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "postgres"
    }

    /// The settings as a URL without the password (`postgresql://anna@db.example.org:5432/hiring`).
    package var description: String {
        let hostPart: String
        switch host {
        case .socket(let directory):
            hostPart = "?host=" + (directory.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")
        case .tcp(let name):
            hostPart = name.contains(":") ? "[\(name)]" : name
        }
        let userPart = user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user
        let databasePart = database.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? database
        if case .socket = host {
            return "postgresql://\(userPart)@:\(port)/\(databasePart)\(hostPart)"
        }
        return "postgresql://\(userPart)@\(hostPart):\(port)/\(databasePart)"
    }

    /// A mirror without the password, so `dump` and string interpolation with reflection do not show it.
    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "host": host, "port": port, "user": user, "database": database,
                "password": password == nil ? "none" : "(hidden)", "sslMode": sslMode as Any,
            ])
    }
}
