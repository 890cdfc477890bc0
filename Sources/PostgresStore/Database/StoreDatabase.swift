import Foundation
import PostgresNIO
import ScoringCore

/// One connection to a PostgreSQL store, as the user the settings name.
///
/// Every statement runs with that user's own rights: the database, not this program, decides what
/// the user may read and change (roles and row-level security, ``StoreSchema``).
package final class StoreDatabase: Sendable {
    /// How the connection was made.
    package let settings: PostgresConnectionSettings
    let connection: PostgresConnection
    let logger: Logger

    private init(settings: PostgresConnectionSettings, connection: PostgresConnection, logger: Logger) {
        self.settings = settings
        self.connection = connection
        self.logger = logger
    }

    /// Connects to the first usable server of the settings' list, with TLS as
    /// ``PostgresConnectionSettings/transport`` decides for that server, as libpq does with several hosts.
    ///
    /// A server that cannot be reached (refused, no answer in time, a name that does not resolve) is skipped, and
    /// so is one whose session is not what ``PostgresConnectionSettings/target`` asks for (`read-write`: not
    /// read-only, checked with `SHOW transaction_read_only`; `primary`/`standby`: `pg_is_in_recovery()`;
    /// `prefer-standby`: a standby, else a second round taking any server). A server that was reached but
    /// refused the login, has no such database, or failed TLS ends the attempt with its error: libpq tries the
    /// next host only when a connection cannot be made. The connection's ``settings`` name the server used.
    package static func connect(_ settings: PostgresConnectionSettings) async throws(StoreDatabaseError)
        -> StoreDatabase
    {
        let target = settings.target
        var failures: [(server: String, reason: LocalizedText)] = []
        // Whether, in the last round, every server was either not reached or a read-only one that answered.
        var (readOnlyAnswered, otherwiseUnusable) = (false, false)
        let rounds: [PostgresConnectionSettings.TargetSessionAttributes] =
            target == .preferStandby ? [.standby, .any] : [target]
        for wanted in rounds {
            failures = []
            (readOnlyAnswered, otherwiseUnusable) = (false, false)
            for server in settings.servers {
                let single = settings.only(server)
                switch await attempt(single) {
                case .failed(let error):
                    throw error
                case .unreached(let reason):
                    guard settings.servers.count > 1 || wanted != .any else {
                        throw StoreDatabaseError(
                            message: PostgresStoreMessages.unreachable(single.description, reason: reason),
                            serverUnavailable: true)
                    }
                    failures.append((server.description, reason))
                case .connected(let database):
                    do {
                        if try await database.isSession(wanted) { return database }
                        failures.append((server.description, PostgresStoreMessages.notTheWantedSession(wanted)))
                        if wanted == .readWrite || wanted == .primary {
                            readOnlyAnswered = true
                        } else {
                            otherwiseUnusable = true
                        }
                    } catch {
                        failures.append((server.description, error.message))
                        otherwiseUnusable = true
                    }
                    await database.close()
                }
            }
        }
        var error = StoreDatabaseError(
            message: PostgresStoreMessages.noUsableServer(settings.description, target: target, failures: failures),
            serverUnavailable: true)
        error.onlyReadOnlyAnswered = readOnlyAnswered && !otherwiseUnusable
        throw error
    }

    /// What connecting to one server came to.
    private enum Attempt: Sendable {
        /// Connected and logged in.
        case connected(StoreDatabase)
        /// Not reached (the next server is tried), and why.
        case unreached(LocalizedText)
        /// Reached, but the login or the TLS handshake failed: the attempt ends.
        case failed(StoreDatabaseError)
    }

    /// Connects to the one server of `settings`.
    private static func attempt(_ settings: PostgresConnectionSettings) async -> Attempt {
        var logger = Logger(label: "hirescore.postgres")
        // The client logs nothing a user needs; errors come back as values and are reported once, by the command.
        logger.logLevel = .critical
        do {
            let configuration = try makeConfiguration(settings)
            let connection = try await PostgresConnection.connect(
                configuration: configuration, id: 1, logger: logger)
            return .connected(StoreDatabase(settings: settings, connection: connection, logger: logger))
        } catch {
            if let reason = StoreDatabaseError.unreachableReason(error) { return .unreached(reason) }
            return .failed(StoreDatabaseError.from(error, settings: settings))
        }
    }

    /// Whether the session is what `wanted` asks for.
    private func isSession(_ wanted: PostgresConnectionSettings.TargetSessionAttributes)
        async throws(StoreDatabaseError)
        -> Bool
    {
        switch wanted {
        case .any, .preferStandby:
            return true
        case .readWrite, .readOnly:
            let rows = try await query("SHOW transaction_read_only")
            let readOnly = rows.first.flatMap { try? $0.decode(String.self) } == "on"
            return readOnly == (wanted == .readOnly)
        case .primary, .standby:
            let rows = try await query("SELECT pg_catalog.pg_is_in_recovery()")
            let inRecovery = rows.first.flatMap { try? $0.decode(Bool.self) } ?? false
            return inRecovery == (wanted == .standby)
        }
    }

    /// The client's configuration for the settings.
    static func makeConfiguration(_ settings: PostgresConnectionSettings) throws -> PostgresConnection.Configuration {
        switch settings.host {
        case .socket(let directory):
            return .init(
                unixSocketPath: directory + "/.s.PGSQL.\(settings.port)", username: settings.user,
                password: settings.password, database: settings.database)
        case .tcp(let name):
            let tls: PostgresConnection.Configuration.TLS
            switch settings.transport {
            case .unixSocket, .plain:
                tls = .disable
            case .tlsPreferred:
                tls = .prefer(try context(verification: .none, rootCertificate: settings.rootCertificatePath))
            case .tlsRequired(let verification):
                tls = .require(try context(verification: verification, rootCertificate: settings.rootCertificatePath))
            }
            var configuration = PostgresConnection.Configuration(
                host: name, port: settings.port, username: settings.user, password: settings.password,
                database: settings.database, tls: tls)
            if case .tlsRequired(.full) = settings.transport { configuration.options.tlsServerName = name }
            return configuration
        }
    }

    /// A TLS context that checks the server's certificate as `verification` says.
    static func context(verification: PostgresConnectionSettings.Verification, rootCertificate: String?) throws
        -> NIOSSLContext
    {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch verification {
        case .none: tls.certificateVerification = .none
        case .authority: tls.certificateVerification = .noHostnameVerification
        case .full: tls.certificateVerification = .fullVerification
        }
        if let rootCertificate { tls.trustRoots = .file(rootCertificate) }
        return try NIOSSLContext(configuration: tls)
    }

    /// Runs one statement, returning its rows.
    ///
    /// Ends with the lost connection (``PostgresStoreMessages/connectionLost(_:)``) as soon as the connection
    /// closes, whatever the client does: the client writes a statement sent after the server ended the
    /// connection (a restart, `pg_terminate_backend`) to the closed channel and then waits for an answer that
    /// never comes, so the `ROLLBACK` after a failed statement, and with it the command, would wait forever.
    @discardableResult
    package func query(_ query: PostgresQuery) async throws(StoreDatabaseError) -> [PostgresRow] {
        let (connection, logger) = (self.connection, self.logger)
        let lost = StoreDatabaseError(
            message: PostgresStoreMessages.connectionLost(settings.description), serverUnavailable: true)
        guard !connection.isClosed else { throw lost }
        let answer = connection.eventLoop.makePromise(of: [PostgresRow].self)
        // Whichever comes first: the answer, or the end of the connection (a completed promise ignores the other).
        connection.closeFuture.whenComplete { _ in answer.fail(lost) }
        answer.completeWithTask { try await connection.query(query, logger: logger).collect() }
        do {
            return try await answer.futureResult.get()
        } catch {
            throw StoreDatabaseError.from(error, settings: settings)
        }
    }

    /// Runs one statement given as text (schema statements; never with user data in it).
    package func execute(_ sql: String) async throws(StoreDatabaseError) {
        try await query(PostgresQuery(unsafeSQL: sql))
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    package func transaction<Value: Sendable>(
        _ body: @Sendable (StoreDatabase) async throws(StoreDatabaseError) -> Value
    ) async throws(StoreDatabaseError) -> Value {
        try await execute("BEGIN")
        do {
            let value = try await body(self)
            try await execute("COMMIT")
            return value
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` on a new connection as the user of `settings`, and closes the connection afterwards.
    package static func with<Value: Sendable>(
        _ settings: PostgresConnectionSettings,
        _ body: @Sendable (StoreDatabase) async throws(StoreDatabaseError) -> Value
    ) async throws(StoreDatabaseError) -> Value {
        let database = try await connect(settings)
        do {
            let value = try await body(database)
            await database.close()
            return value
        } catch {
            await database.close()
            throw error
        }
    }

    /// Closes the connection.
    package func close() async {
        try? await connection.close()
    }
}
