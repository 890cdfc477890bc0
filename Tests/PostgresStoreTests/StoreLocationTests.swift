import Foundation
import PostgresStore
import Testing

/// `--store` and `HIRESCORE_STORE` as folders or databases, libpq's conventions, and the TLS decision.
/// No server needed.
@Suite struct StoreLocationTests {
    typealias Settings = PostgresConnectionSettings
    static let noPasswordFile: PasswordFile.Reader = { _ in .missing }

    static func settings(_ url: String, _ environment: [String: String] = [:]) throws -> Settings {
        try Settings(url: url, environment: environment, passwordFile: noPasswordFile)
    }

    @Test func aPathIsAFolderAndTheDefaultIsScorecards() throws {
        #expect(try StoreLocation.resolve("some/dir", environment: [:]) == .folder("some/dir"))
        #expect(try StoreLocation.resolve(nil, environment: [:]) == .folder("scorecards"))
        #expect(try StoreLocation.resolve(nil, environment: ["HIRESCORE_STORE": "/srv/s"]) == .folder("/srv/s"))
        // A relative folder that merely contains "postgres" stays a folder.
        #expect(try StoreLocation.resolve("postgres/store", environment: [:]) == .folder("postgres/store"))
    }

    @Test func aURLFromTheOptionOrTheEnvironmentIsADatabase() throws {
        let fromOption = try StoreLocation.resolve(
            "postgres://anna@db.example.org/hiring", environment: [:], passwordFile: Self.noPasswordFile)
        #expect(fromOption.description == "postgresql://anna@db.example.org:5432/hiring")
        let fromEnvironment = try StoreLocation.resolve(
            nil, environment: ["HIRESCORE_STORE": "postgresql://ben@10.1.2.3:6543/panel"],
            passwordFile: Self.noPasswordFile)
        #expect(fromEnvironment.description == "postgresql://ben@10.1.2.3:6543/panel")
    }

    /// What the URL leaves out comes from PG* variables, then libpq's defaults.
    @Test(
        arguments: [
            (
                "postgresql://", ["PGHOST": "db", "PGPORT": "6000", "PGUSER": "u", "PGDATABASE": "d"],
                "postgresql://u@db:6000/d"
            ),
            ("postgresql://h/x", ["PGHOST": "db", "PGUSER": "u"], "postgresql://u@h:5432/x"),
            ("postgresql://h", ["PGUSER": "u"], "postgresql://u@h:5432/u"),
            ("postgresql://a@[::1]:7/d", [:], "postgresql://a@[::1]:7/d"),
            ("postgresql://a@h/d?port=9&dbname=e&user=b", [:], "postgresql://b@h:9/e"),
            ("postgresql://a@/d?host=/tmp/sock", [:], "postgresql://a@:5432/d?host=/tmp/sock"),
            ("postgresql://an%40na@h/my%20db", [:], "postgresql://an%40na@h:5432/my%20db"),
        ] as [(String, [String: String], String)])
    func libpqDefaults(url: String, environment: [String: String], shown: String) throws {
        #expect(try Self.settings(url, environment).description == shown)
    }

    /// The decision: TLS for every host that is not loopback unless sslmode=disable is given explicitly.
    @Test(
        arguments: [
            // host, sslmode, transport
            ("/var/run/postgresql", nil, Settings.Transport.unixSocket),
            ("/var/run/postgresql", "require", .unixSocket),
            ("localhost", nil, .tlsPreferred),
            ("127.0.0.1", nil, .tlsPreferred),
            ("127.8.9.10", "prefer", .tlsPreferred),
            ("::1", "allow", .tlsPreferred),
            ("localhost", "disable", .plain),
            ("localhost", "require", .tlsRequired(verification: .none)),
            ("127.0.0.1", "verify-full", .tlsRequired(verification: .full)),
            ("db.example.org", nil, .tlsRequired(verification: .full)),
            ("db.example.org", "prefer", .tlsRequired(verification: .none)),
            ("db.example.org", "allow", .tlsRequired(verification: .none)),
            ("db.example.org", "require", .tlsRequired(verification: .none)),
            ("db.example.org", "verify-ca", .tlsRequired(verification: .authority)),
            ("db.example.org", "verify-full", .tlsRequired(verification: .full)),
            ("db.example.org", "disable", .plain),
            ("10.0.0.5", nil, .tlsRequired(verification: .full)),
            ("128.0.0.1", nil, .tlsRequired(verification: .full)),
            ("127.0.0.1.example.org", nil, .tlsRequired(verification: .full)),
            ("localhost.example.org", nil, .tlsRequired(verification: .full)),
        ] as [(String, String?, Settings.Transport)])
    func tlsDecision(host: String, sslMode: String?, transport: Settings.Transport) throws {
        let query = ["host=" + host] + (sslMode.map { ["sslmode=" + $0] } ?? [])
        let settings = try Self.settings("postgresql://u@/d?" + query.joined(separator: "&"))
        #expect(settings.transport == transport)
    }

    @Test func sslModeFromTheEnvironmentCountsAsGiven() throws {
        #expect(try Self.settings("postgresql://u@db.example.org/d", ["PGSSLMODE": "disable"]).transport == .plain)
        #expect(
            try Self.settings("postgresql://u@db.example.org/d?sslmode=verify-ca", ["PGSSLMODE": "disable"]).transport
                == .tlsRequired(verification: .authority))
    }

    @Test(arguments: [
        (
            "postgresql://u@h/d?sslmode=maybe",
            "unknown sslmode 'maybe'; use one of disable, allow, prefer, require, verify-ca, verify-full"
        ),
        (
            "postgresql://u@h/d?connect_timeout=3",
            "unknown parameter 'connect_timeout' in the store URL; the parameters understood are host, port, user, password, dbname, sslmode, sslrootcert, passfile, application_name, target_session_attrs"
        ),
        ("postgresql://u@h:99999/d", "'99999' is not a port: use a number from 1 to 65535, for example 5432"),
        ("postgresql://u@h:abc/d", "'abc' is not a port: use a number from 1 to 65535, for example 5432"),
        (
            "postgresql://u:pa%zzss@h/d",
            "the store URL has a broken %-escape; write a '%' as %25 and other special characters as %XX"
        ),
    ])
    func badURLsAreRefusedWithWhatToDo(url: String, message: String) {
        do {
            _ = try Self.settings(url)
            Issue.record("accepted \(url)")
        } catch {
            #expect(TestServer.message(of: error) == message)
        }
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        #expect(try Self.settings("postgresql://u:s3cret@h/d", ["PGPASSWORD": "env"]).password == "s3cret")
        #expect(try Self.settings("postgresql://u@h/d", ["PGPASSWORD": "env"]).password == "env")
        let file = """
            # comment
            other:5432:d:u:wrong
            h:5432:d:u:from\\:file
            *:*:*:*:fallback
            """
        let reader: PasswordFile.Reader = { _ in .contents(file) }
        let settings = try Settings(url: "postgresql://u@h/d", environment: ["HOME": "/home/u"], passwordFile: reader)
        #expect(settings.password == "from:file")
        let fallback = try Settings(url: "postgresql://x@y/z", environment: [:], passwordFile: reader)
        #expect(fallback.password == "fallback")
        // A socket connection matches 'localhost', as in libpq.
        let socket = try Settings(
            url: "postgresql://u@/d?host=/tmp", environment: [:],
            passwordFile: { _ in .contents("localhost:5432:d:u:local") })
        #expect(socket.password == "local")
    }

    @Test func aPasswordFileOthersMayReadIsIgnoredWithANote() throws {
        let settings = try Settings(
            url: "postgresql://u@h/d", environment: ["PGPASSFILE": "/home/u/.pgpass"],
            passwordFile: { _ in .tooOpen })
        #expect(settings.password == nil)
        #expect(
            settings.notes.map { $0.text(in: "en") } == [
                "the password file /home/u/.pgpass is ignored: others may read it; make it private with 'chmod 0600 /home/u/.pgpass'"
            ])
    }

    @Test func thePasswordIsNeverShown() throws {
        let settings = try Self.settings("postgresql://anna:Geheim-42@db.example.org/hiring?sslmode=require")
        #expect(settings.password == "Geheim-42")
        var dumped = ""
        dump(settings, to: &dumped)
        for shown in [
            settings.description, "\(settings)", String(describing: settings), dumped,
            StoreLocation.postgres(settings).description, String(reflecting: settings),
        ] {
            #expect(!shown.contains("Geheim"), "\(shown)")
        }
        #expect(settings.description == "postgresql://anna@db.example.org:5432/hiring")
    }
}
