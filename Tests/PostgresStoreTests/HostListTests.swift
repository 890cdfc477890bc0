import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// Several hosts, as libpq takes them (issue 21): host lists in the URL, in `host=`/`port=` and in `PGHOST`/`PGPORT`,
/// the ports paired with the hosts, each host's TLS rule and password, and `target_session_attrs`. No server needed.
@Suite struct HostListTests {
    typealias Settings = PostgresConnectionSettings
    typealias Server = PostgresConnectionSettings.Server

    static func settings(_ url: String, _ environment: [String: String] = [:]) throws -> Settings {
        try Settings(url: url, environment: environment, passwordFile: { _ in .missing })
    }

    /// The same two servers, written the ways libpq accepts.
    @Test(
        arguments: [
            ("postgresql://u@h1:5432,h2:5433/d", [:]),
            ("postgres://u@/d?host=h1,h2&port=5432,5433", [:]),
            ("postgresql://u@/d", ["PGHOST": "h1,h2", "PGPORT": "5432,5433"]),
            ("postgresql://u@/d?port=5432,5433", ["PGHOST": "h1,h2"]),
            ("postgresql://u@h1,h2:5433/d", [:]),
        ] as [(String, [String: String])])
    func aHostListIsTriedInOrderWithAPortPerHost(url: String, environment: [String: String]) throws {
        let settings = try Self.settings(url, environment)
        #expect(settings.servers == [Server(host: .tcp("h1"), port: 5432), Server(host: .tcp("h2"), port: 5433)])
        #expect(settings.description == "postgresql://u@h1:5432,h2:5433/d")
    }

    @Test func onePortIsEveryHostsPort() throws {
        let settings = try Self.settings("postgresql://u@/d?host=h1,h2,h3&port=6000")
        #expect(settings.servers.map(\.port) == [6000, 6000, 6000])
        #expect(try Self.settings("postgresql://u@h1,h2/d").servers.map(\.port) == [5432, 5432])
        #expect(try Self.settings("postgresql://u@h1,h2/d", ["PGPORT": "7000"]).servers.map(\.port) == [7000, 7000])
    }

    @Test func ipv6AddressesAndSocketFoldersMayBeListEntries() throws {
        let v6 = try Self.settings("postgresql://u@[::1]:5432,[2001:db8::1]:5433/d")
        #expect(v6.servers == [Server(host: .tcp("::1"), port: 5432), Server(host: .tcp("2001:db8::1"), port: 5433)])
        #expect(v6.description == "postgresql://u@[::1]:5432,[2001:db8::1]:5433/d")
        let mixed = try Self.settings("postgresql://u@/d?host=/tmp/pg,db.example.org&port=5432")
        #expect(mixed.servers == [Server(host: .socket(directory: "/tmp/pg")), Server(host: .tcp("db.example.org"))])
        #expect(mixed.description == "postgresql://u@/d?host=/tmp/pg,db.example.org&port=5432,5432")
        // An empty entry is libpq's default host, the local socket folder.
        let empty = try Self.settings("postgresql://u@/d?host=,db.example.org")
        #expect(empty.servers.map(\.host.isSocket) == [true, false])
        // The URL's host part percent-decoded, as a single host is.
        let encoded = try Self.settings("postgresql://u@%2Fvar%2Frun%2Fpostgresql,h2/d")
        #expect(encoded.servers.map(\.host) == [.socket(directory: "/var/run/postgresql"), .tcp("h2")])
    }

    /// Each host keeps its own TLS rule: loopback and sockets as before, TLS for a host that is not this machine.
    @Test func eachHostKeepsTheTLSRuleOfItsOwn() throws {
        let settings = try Self.settings("postgresql://u@/d?host=/tmp/pg,127.0.0.1,db.example.org&port=1,2,3")
        #expect(
            settings.servers.map { Settings.transport(host: $0.host, sslMode: settings.sslMode) } == [
                .unixSocket, .tlsPreferred, .tlsRequired(verification: .full),
            ])
        #expect(
            settings.servers.map { settings.only($0).transport } == [
                .unixSocket, .tlsPreferred, .tlsRequired(verification: .full),
            ])
        let disabled = try Self.settings("postgresql://u@127.0.0.1,db.example.org/d?sslmode=disable")
        #expect(disabled.servers.map { disabled.only($0).transport } == [.plain, .plain])
    }

    @Test func thePasswordFileIsLookedUpForEachHost() throws {
        let file = """
            h1:5432:d:u:first
            h2:5433:d:u:second
            localhost:5432:d:u:socket
            """
        let settings = try Settings(
            url: "postgresql://u@/d?host=h1,h2,/tmp/pg,h3&port=5432,5433,5432,5432", environment: [:],
            passwordFile: { _ in .contents(file) })
        #expect(settings.servers.map(\.password) == ["first", "second", "socket", nil])
        // A password given in the URL or PGPASSWORD is every host's.
        let given = try Settings(
            url: "postgresql://u@h1,h2/d", environment: ["PGPASSWORD": "env"], passwordFile: { _ in .contents(file) })
        #expect(given.servers.map(\.password) == ["env", "env"])
        // Never shown, whichever host it belongs to.
        var dumped = ""
        dump(settings, to: &dumped)
        for shown in [settings.description, dumped, String(reflecting: settings), "\(settings.servers)"] {
            #expect(!shown.contains("first") && !shown.contains("second"), "\(shown)")
        }
    }

    @Test(
        arguments: [
            (
                "postgresql://u@/d?host=a,b,c&port=1,2", [:],
                "could not match 2 port numbers to 3 hosts (the store URL, PGHOST and PGPORT); give one port for every host or one per host, in the same order"
            ),
            (
                "postgresql://u@/d", ["PGHOST": "a,b", "PGPORT": "1,2,3"],
                "could not match 3 port numbers to 2 hosts (the store URL, PGHOST and PGPORT); give one port for every host or one per host, in the same order"
            ),
            (
                "postgresql://u@a:1,b:x/d", [:], "'x' is not a port: use a number from 1 to 65535, for example 5432"
            ),
            (
                "postgresql://u@a,b/d?target_session_attrs=master", [:],
                "unknown target_session_attrs 'master'; use one of any, read-write, read-only, primary, standby, prefer-standby"
            ),
            (
                "postgresql://u@a,b/d", ["PGTARGETSESSIONATTRS": "writable"],
                "unknown target_session_attrs 'writable'; use one of any, read-write, read-only, primary, standby, prefer-standby"
            ),
        ] as [(String, [String: String], String)])
    func badHostListsAreRefusedWithWhatToDo(url: String, environment: [String: String], message: String) {
        do {
            _ = try Self.settings(url, environment)
            Issue.record("accepted \(url)")
        } catch {
            #expect(TestServer.message(of: error) == message)
        }
    }

    @Test func theGermanPortMismatch() {
        do {
            _ = try Self.settings("postgresql://u@/d?host=a,b,c&port=1,2")
            Issue.record("accepted")
        } catch {
            #expect(
                (error as? Settings.SettingsError)?.message.text(in: "de")
                    == "2 Portnummern lassen sich nicht 3 Servern zuordnen (Ablage-URL, PGHOST und PGPORT); geben Sie einen Port für alle Server oder einen je Server in derselben Reihenfolge an"
            )
        }
    }

    /// `target_session_attrs` from the URL, else `PGTARGETSESSIONATTRS`; without either, HireScore asks a host list
    /// for `read-write` (its commands write), a single host for `any`, and a reading command for `any`.
    @Test func targetSessionAttributes() throws {
        #expect(try Self.settings("postgresql://u@h1/d").target == .any)
        #expect(try Self.settings("postgresql://u@h1,h2/d").target == .readWrite)
        #expect(try Self.settings("postgresql://u@h1,h2/d").forReading.target == .any)
        #expect(try Self.settings("postgresql://u@h1,h2/d?target_session_attrs=any").target == .any)
        #expect(
            try Self.settings("postgresql://u@h1,h2/d?target_session_attrs=read-write").forReading.target == .readWrite)
        #expect(try Self.settings("postgresql://u@h1/d", ["PGTARGETSESSIONATTRS": "primary"]).target == .primary)
        #expect(
            try Self.settings(
                "postgresql://u@h1/d?target_session_attrs=prefer-standby", ["PGTARGETSESSIONATTRS": "standby"]
            ).target == .preferStandby)
        #expect(try Self.settings("postgresql://u@h1/d?target_session_attrs=read-only").target == .readOnly)
        // The target is no part of how the store is shown (nor of the local drafts' folder).
        #expect(
            try Self.settings("postgresql://u@h1,h2/d?target_session_attrs=any").description
                == "postgresql://u@h1:5432,h2:5432/d")
    }

    /// One server of the list is shown as itself: the messages about a connection name the host used.
    @Test func oneServerOfTheListIsShownAsItself() throws {
        let settings = try Self.settings("postgresql://u:secret@h1:5432,h2:5433/d")
        #expect(settings.only(settings.servers[1]).description == "postgresql://u@h2:5433/d")
        #expect(settings.only(settings.servers[1]).password == "secret")
        #expect(settings.servers.map(\.description) == ["h1:5432", "h2:5433"])
    }

    /// Why a host was skipped, in words (the list of an error where no host could be used).
    @Test func theReasonsAHostIsSkipped() {
        let refused = StoreDatabaseError.reason(of: IOError(errnoCode: ECONNREFUSED, reason: "connect"))
        #expect(refused.text(in: "en") == "connection refused")
        #expect(refused.text(in: "de") == "Verbindung abgelehnt")
        let timeout = StoreDatabaseError.reason(of: ChannelError.connectTimeout(.seconds(10)))
        #expect(timeout.text(in: "en") == "no answer within 10 s")
        #expect(timeout.text(in: "de") == "keine Antwort innerhalb von 10 s")
        let socket = StoreDatabaseError.reason(of: IOError(errnoCode: ENOENT, reason: "connect"))
        #expect(socket.text(in: "en") == "no server socket in that folder")
        let other = StoreDatabaseError.reason(of: IOError(errnoCode: EHOSTUNREACH, reason: "connect"))
        #expect(other.text(in: "en") == String(cString: strerror(EHOSTUNREACH)))
    }
}
