extension PostgresConnectionSettings {
    /// libpq's `target_session_attrs`: which server of the host list is acceptable.
    ///
    /// HireScore checks a server with `SHOW transaction_read_only` (the `read-write` and `read-only` values) or
    /// `pg_is_in_recovery()` (`primary`, `standby`, `prefer-standby`), as libpq does with servers older than 14.
    package enum TargetSessionAttributes: String, Sendable, CaseIterable {
        /// Any server that accepts the connection (libpq's default).
        case any
        /// A server whose sessions may write: not a hot standby, not `default_transaction_read_only=on`.
        case readWrite = "read-write"
        /// A server whose sessions are read-only.
        case readOnly = "read-only"
        /// A server that is not a hot standby.
        case primary
        /// A server that is a hot standby.
        case standby
        /// A hot standby if one of the hosts is, else any server.
        case preferStandby = "prefer-standby"
    }

    /// The attributes a connection asks for: those given in the URL or `PGTARGETSESSIONATTRS`; else, when several
    /// hosts are listed, `read-write` (HireScore's default, stricter than libpq's `any`: most commands write, and
    /// one that writes must not land on a standby); else `any`.
    package var target: TargetSessionAttributes {
        targetSessionAttributes ?? (servers.count > 1 ? .readWrite : .any)
    }

    /// The settings for a command that only reads the store: the attributes given, else `any` (libpq's default),
    /// so a report or an audit check still works on a standby while the primary is down.
    package var forReading: PostgresConnectionSettings {
        var settings = self
        settings.targetSessionAttributes = targetSessionAttributes ?? .any
        return settings
    }
}
