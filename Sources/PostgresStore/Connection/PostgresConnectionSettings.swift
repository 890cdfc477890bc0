import Foundation
import ScoringCore

/// How to reach a PostgreSQL store, resolved from a `postgresql://` URL with libpq's conventions.
///
/// What the URL leaves out comes from `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`,
/// `PGSSLMODE`, `PGSSLROOTCERT` and `PGTARGETSESSIONATTRS`, then from the password file (`PGPASSFILE`, else
/// `~/.pgpass`, read only when no one but its owner may read it, looked up for each host), then from libpq's
/// defaults (the local socket folder, port 5432, the login name, a database named like the user). The one rule
/// stricter than libpq's: a host that is not loopback is reached over TLS unless `sslmode=disable` is given
/// explicitly (``transport``), decided for each host of a list on its own.
///
/// Several hosts, as libpq takes them (`postgresql://h1:5432,h2:5433/db`, `?host=h1,h2&port=5432,5433`,
/// `PGHOST=h1,h2`), are ``servers``, tried in order by ``StoreDatabase/connect(_:)``: one port for every host or
/// one per host.
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

        /// Whether the host is a socket folder.
        package var isSocket: Bool {
            if case .socket = self { return true }
            return false
        }

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

    /// The servers to try, in order (one unless the URL or `PGHOST` lists several).
    package var servers: [Server]
    /// The database user.
    package var user: String
    /// The database.
    package var database: String
    /// The `target_session_attrs` given in the URL or `PGTARGETSESSIONATTRS`; nil when none was given (``target``).
    package var targetSessionAttributes: TargetSessionAttributes?

    /// Where the first server listens; setting it makes it the only server.
    package var host: Host {
        get { servers[0].host }
        set { servers = [Server(host: newValue, port: port, password: password)] }
    }

    /// The first server's port; setting it sets every server's.
    package var port: Int {
        get { servers[0].port }
        set { servers = servers.map { Server(host: $0.host, port: newValue, password: $0.password) } }
    }

    /// The first server's password, if any was found; never printed. Setting it sets every server's.
    package var password: String? {
        get { servers[0].password }
        set { servers = servers.map { Server(host: $0.host, port: $0.port, password: newValue) } }
    }
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
        "target_session_attrs",
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
        func list(_ text: String) -> [String] {
            text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let hostTexts =
            parts.parameters["host"].map(list) ?? parts.hosts ?? variable("PGHOST").map(list)
            ?? [Self.defaultSocketDirectory]
        let portTexts = parts.parameters["port"].map(list) ?? parts.ports ?? variable("PGPORT").map(list) ?? [""]
        guard portTexts.count == 1 || portTexts.count == hostTexts.count else {
            throw SettingsError(message: PostgresStoreMessages.portsDoNotMatch(portTexts.count, hosts: hostTexts.count))
        }
        var servers: [Server] = []
        for (index, hostText) in hostTexts.enumerated() {
            let name = hostText.isEmpty ? Self.defaultSocketDirectory : hostText
            let portText = portTexts[portTexts.count == 1 ? 0 : index]
            let port = portText.isEmpty ? 5432 : Int(portText) ?? 0
            guard (1...65535).contains(port) else {
                throw SettingsError(message: PostgresStoreMessages.badPort(portText))
            }
            servers.append(Server(host: name.hasPrefix("/") ? .socket(directory: name) : .tcp(name), port: port))
        }
        self.servers = servers
        user = parts.parameters["user"] ?? parts.user ?? variable("PGUSER") ?? Self.loginName()
        database = parts.parameters["dbname"] ?? parts.database ?? variable("PGDATABASE") ?? user
        if let modeText = parts.parameters["sslmode"] ?? variable("PGSSLMODE") {
            guard let mode = SSLMode(rawValue: modeText) else {
                throw SettingsError(message: PostgresStoreMessages.badSSLMode(modeText))
            }
            sslMode = mode
        }
        if let attributesText = parts.parameters["target_session_attrs"] ?? variable("PGTARGETSESSIONATTRS") {
            guard let attributes = TargetSessionAttributes(rawValue: attributesText) else {
                throw SettingsError(message: PostgresStoreMessages.badTargetSessionAttributes(attributesText))
            }
            targetSessionAttributes = attributes
        }
        rootCertificatePath = parts.parameters["sslrootcert"] ?? variable("PGSSLROOTCERT")
        if let given = parts.parameters["password"] ?? parts.password ?? variable("PGPASSWORD") {
            password = given
            return
        }
        let file =
            parts.parameters["passfile"] ?? variable("PGPASSFILE") ?? (variable("HOME") ?? NSHomeDirectory())
            + "/.pgpass"
        switch passwordFile(file) {
        case .missing:
            break
        case .tooOpen:
            notes.append(PostgresStoreMessages.passwordFileIgnored(file))
        case .contents(let text):
            let (database, user) = (database, user)
            self.servers = self.servers.map { server in
                var server = server
                server.password = PasswordFile.lookup(
                    in: text, host: server.host, port: server.port, database: database, user: user)
                return server
            }
        }
    }

    /// Settings given field by field (tests, and copies of settings for another user).
    package init(
        host: Host, port: Int = 5432, user: String, database: String, password: String? = nil,
        sslMode: SSLMode? = nil
    ) {
        servers = [Server(host: host, port: port, password: password)]
        self.user = user
        self.database = database
        self.sslMode = sslMode
    }

    /// The same settings for one server of the list (the connection to it, and the messages about it).
    package func only(_ server: Server) -> PostgresConnectionSettings {
        var settings = self
        settings.servers = [server]
        return settings
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

    /// The settings as a URL without the password (`postgresql://anna@db.example.org:5432/hiring`), every host of
    /// a list in order (`postgresql://anna@h1:5432,h2:5433/hiring`; with a socket folder among them, as `?host=`).
    package var description: String {
        let userPart = user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user
        let databasePart = database.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? database
        let names = servers.map { server in
            switch server.host {
            case .socket(let directory): return directory
            case .tcp(let name): return name
            }
        }
        guard servers.allSatisfy({ !$0.host.isSocket }) else {
            let hostList = names.map { $0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "" }
            let portList = servers.count == 1 ? ":\(port)" : ""
            let ports = servers.count == 1 ? "" : "&port=" + servers.map { String($0.port) }.joined(separator: ",")
            return "postgresql://\(userPart)@\(portList)/\(databasePart)?host="
                + hostList.joined(separator: ",") + ports
        }
        let hostPart = servers.map(\.description).joined(separator: ",")
        return "postgresql://\(userPart)@\(hostPart)/\(databasePart)"
    }

    /// A mirror without the password, so `dump` and string interpolation with reflection do not show it.
    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "servers": servers.map(\.description), "user": user, "database": database,
                "password": password == nil ? "none" : "(hidden)", "sslMode": sslMode as Any,
                "targetSessionAttributes": targetSessionAttributes as Any,
            ])
    }
}
