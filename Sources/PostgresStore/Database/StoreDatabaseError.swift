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

    /// Creates an error.
    package init(sqlState: String? = nil, message: LocalizedText) {
        self.sqlState = sqlState
        self.message = message
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
                message: PostgresStoreMessages.unreachable(settings.description, reason: "\(error)"))
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
                    sqlState: state, message: PostgresStoreMessages.connectionLost(settings.description))
            }
            if state == "57P03" {
                return StoreDatabaseError(
                    sqlState: state, message: PostgresStoreMessages.serverNotReady(settings.description))
            }
            if state == "3D000" {
                return StoreDatabaseError(
                    sqlState: state, message: PostgresStoreMessages.noDatabase(settings.database))
            }
            return StoreDatabaseError(
                sqlState: state, message: PostgresStoreMessages.refused(text + detail, sqlState: state ?? "?"))
        }
        switch error.code {
        case .sslUnsupported:
            return StoreDatabaseError(message: PostgresStoreMessages.tlsUnsupported(settings.description))
        case .serverClosedConnection, .uncleanShutdown:
            return StoreDatabaseError(message: PostgresStoreMessages.connectionLost(settings.description))
        case .authMechanismRequiresPassword:
            return StoreDatabaseError(message: PostgresStoreMessages.passwordNeeded(settings.user))
        default:
            let reason = error.underlying.map { "\($0)" } ?? error.code.description
            return StoreDatabaseError(message: PostgresStoreMessages.unreachable(settings.description, reason: reason))
        }
    }
}
