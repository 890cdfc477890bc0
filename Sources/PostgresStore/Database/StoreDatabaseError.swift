import Foundation
import PostgresNIO
import ScoringCore

/// A failure talking to the PostgreSQL store: the server unreachable, a login refused, or a statement
/// refused by the database (with its SQLSTATE, such as `42501` when a role may not do something).
///
/// The message names the server by ``PostgresConnectionSettings/description``, which never holds the password.
package struct StoreDatabaseError: Error, Sendable, Equatable {
    /// The SQLSTATE the server gave, when it refused a statement (`42501`, `23505`, ...).
    package var sqlState: String?
    /// What went wrong and what to do, in English and German.
    package var message: LocalizedText
    /// Whether no server could be reached, or the connection was lost (not a refusal by a server that answered).
    package var serverUnavailable: Bool
    /// Whether, of a list of hosts, no writable server could be reached but a read-only one (a hot standby)
    /// answered: the store can be read but takes no changes until a primary is back.
    package var onlyReadOnlyAnswered = false

    /// Whether the store could be read but takes no changes now: of a list of hosts only a read-only one answered,
    /// or the server refused a write as read-only (SQLSTATE 25006: the one host named is a hot standby, or has
    /// `default_transaction_read_only=on`).
    package var takesNoChanges: Bool { onlyReadOnlyAnswered || sqlState == "25006" }

    /// Creates an error.
    package init(sqlState: String? = nil, message: LocalizedText, serverUnavailable: Bool = false) {
        self.sqlState = sqlState
        self.message = message
        self.serverUnavailable = serverUnavailable
    }

    /// Why a connection attempt did not reach a server (refused, no answer in time, a name that does not resolve, the
    /// connection closed before the login); nil for an error of a server that answered, or of TLS.
    static func unreachableReason(_ error: any Error) -> LocalizedText? {
        guard let error = error as? PSQLError, error.serverInfo == nil else { return nil }
        switch error.code {
        case .connectionError:
            guard let underlying = error.underlying else { return LocalizedText(error.code.description) }
            if underlying is NIOSSLError || underlying is BoringSSLError { return nil }
            return reason(of: underlying)
        case .serverClosedConnection, .uncleanShutdown:
            return PostgresStoreMessages.closedBeforeLogin
        default:
            return nil
        }
    }

    /// A connection error in words: refused, timed out, an unknown host, else the system's own text.
    package static func reason(of error: any Error) -> LocalizedText {
        switch error {
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first { return reason(of: first.error) }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return PostgresStoreMessages.unknownHost }
            return LocalizedText("\(error)")
        case let error as IOError where error.errnoCode == ECONNREFUSED:
            return PostgresStoreMessages.connectionRefused
        case let error as IOError where error.errnoCode == ENOENT:
            return PostgresStoreMessages.noSocket
        case let error as IOError:
            return LocalizedText(String(cString: strerror(error.errnoCode)))
        case ChannelError.connectTimeout(let time):
            return PostgresStoreMessages.noAnswer(time.nanoseconds / 1_000_000_000)
        default:
            return LocalizedText("\(error)")
        }
    }

    /// The error for anything the database client threw.
    static func from(_ error: any Error, settings: PostgresConnectionSettings) -> StoreDatabaseError {
        if let error = error as? StoreDatabaseError { return error }
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.commitError ?? transaction.beginError {
                return from(inner, settings: settings)
            }
        }
        guard let error = error as? PSQLError else {
            return StoreDatabaseError(
                message: PostgresStoreMessages.unreachable(settings.description, reason: reason(of: error)),
                serverUnavailable: true)
        }
        if let info = error.serverInfo {
            let state = info[.sqlState]
            let text = info[.message] ?? ""
            let detail = info[.detail].map { " (\($0))" } ?? ""
            if state == "28P01" || state == "28000" {
                return StoreDatabaseError(
                    sqlState: state, message: PostgresStoreMessages.loginRefused(settings.user, reason: text))
            }
            // The server was stopped or restarted, or ended this connection: the open transaction is undone.
            if state == "57P01" || state == "57P02" {
                return StoreDatabaseError(
                    sqlState: state, message: PostgresStoreMessages.connectionLost(settings.description),
                    serverUnavailable: true)
            }
            if state == "57P03" {
                return StoreDatabaseError(
                    sqlState: state, message: PostgresStoreMessages.serverNotReady(settings.description))
            }
            // A hot standby, or a server with `default_transaction_read_only=on`, refused a write: named as such,
            // not as a bare SQL error (one host naming a standby, or a host list asked for `standby` or `any`).
            if state == "25006" {
                return StoreDatabaseError(
                    sqlState: state, message: PostgresStoreMessages.readOnlyServer(settings.description))
            }
            if state == "3D000" {
                return StoreDatabaseError(
                    sqlState: state, message: PostgresStoreMessages.noDatabase(settings.database))
            }
            // One of the store's rules (schema version 11): its identity and the card or line it concerns.
            if let rule = info[.constraintName].flatMap(DatabaseRefusal.init(rawValue:)) {
                return StoreDatabaseError(
                    sqlState: state, message: rule.message(info[.detail] ?? "", sqlState: state ?? "?"))
            }
            if state == "23505", let duplicate = DatabaseRefusal.duplicate(constraint: info[.constraintName]) {
                return StoreDatabaseError(sqlState: state, message: duplicate)
            }
            if state == "42501" {
                return StoreDatabaseError(
                    sqlState: state,
                    message: DatabaseRefusal.permissionDenied(
                        table: info[.tableName], statement: error.query?.sql, user: settings.user))
            }
            return StoreDatabaseError(
                sqlState: state, message: PostgresStoreMessages.refused(text + detail, sqlState: state ?? "?"))
        }
        switch error.code {
        case .sslUnsupported:
            return StoreDatabaseError(message: PostgresStoreMessages.tlsUnsupported(settings.description))
        case .serverClosedConnection, .uncleanShutdown:
            return StoreDatabaseError(
                message: PostgresStoreMessages.connectionLost(settings.description), serverUnavailable: true)
        case .authMechanismRequiresPassword:
            return StoreDatabaseError(message: PostgresStoreMessages.passwordNeeded(settings.user))
        default:
            let why = error.underlying.map { reason(of: $0) } ?? LocalizedText(error.code.description)
            return StoreDatabaseError(
                message: PostgresStoreMessages.unreachable(settings.description, reason: why),
                serverUnavailable: true)
        }
    }
}
