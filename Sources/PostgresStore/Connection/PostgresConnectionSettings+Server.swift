extension PostgresConnectionSettings {
    /// One server of the host list: where it listens, and the password found for it.
    ///
    /// Neither ``description`` nor the mirror shows the password.
    package struct Server: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
        /// Where the server listens.
        package var host: Host
        /// The port (also names the socket file: `.s.PGSQL.PORT`).
        package var port: Int
        /// The password for this server (from the URL, `PGPASSWORD`, or the password file's line for its host).
        package var password: String?

        /// A server of the list.
        package init(host: Host, port: Int = 5432, password: String? = nil) {
            self.host = host
            self.port = port
            self.password = password
        }

        /// The server as it is named in messages: `db.example.org:5432`, `[::1]:5432`, `/var/run/postgresql:5432`.
        package var description: String {
            switch host {
            case .socket(let directory): return "\(directory):\(port)"
            case .tcp(let name): return (name.contains(":") ? "[\(name)]" : name) + ":\(port)"
            }
        }

        /// A mirror without the password.
        package var customMirror: Mirror {
            Mirror(self, children: ["host": host, "port": port, "password": password == nil ? "none" : "(hidden)"])
        }
    }
}
