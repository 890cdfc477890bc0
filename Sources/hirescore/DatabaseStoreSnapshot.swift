import CommandKit
import Foundation
import PostgresStore
import ScoringCore

/// Lets the reading commands (`merge`, `rank`, `calibrate`, `status`, `verify`, `audit verify`) work on a
/// PostgreSQL store unchanged: the store's content is copied into a private folder, and the command reads
/// that folder under the store's own name.
///
/// The folder is created (0700) in a new temporary folder named after the store's URL without its password
/// (`TMP/postgresql:/anna@db:5432/hiring`), and the command runs from TMP with the URL as its store path, so
/// every path it prints names the database (`postgresql://anna@db:5432/hiring/claims/c-101/anna.yaml`), never
/// a temporary file. Relative paths the user gave (rubrics, an output file) are made absolute first. The
/// folder is removed when the process exits or is interrupted (``TemporaryStoreFolder`` removes what a
/// `kill -9` left).
enum DatabaseStoreSnapshot {
    /// The temporary folder to remove at exit.
    nonisolated(unsafe) private static var temporaryFolder: String?

    /// When `store` (else `HIRESCORE_STORE`) names a database: takes the snapshot and replaces `store` by its
    /// path; `rubrics` and `output` are made absolute, and `paths` name places in the store (``place(_:inStore:)``),
    /// refused otherwise. Does nothing for a folder store, nor when paths are given and the database comes from
    /// `HIRESCORE_STORE` only (the paths are what is read).
    /// `auditLogOnly`: the snapshot holds the audit log alone, for a command that reads nothing else; `onlyThePaths`:
    /// it holds only the scorecards of the requisitions and candidates the paths name, for a command that reads
    /// nothing else of the store's cards (``places(of:inStore:)``).
    ///
    /// - Returns: whether a database was read, and whether its snapshot holds only part of the store (an
    ///   interviewer's, ``DatabaseSnapshot``).
    @discardableResult
    static func open(
        store: inout String?, rubrics: inout String?, output: inout String?, paths: inout [String],
        language: Language, auditLogOnly: Bool = false, onlyThePaths: Bool = false
    ) throws -> Opened {
        if !paths.isEmpty && store == nil { return .folder }
        guard case .postgres(let settings) = try storeLocation(store, language: language) else { return .folder }
        let manager = FileManager.default
        let current = manager.currentDirectoryPath
        func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : current + "/" + path }
        let rubricFolder =
            rubrics ?? ProcessInfo.processInfo.environment["HIRESCORE_RUBRICS"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "rubrics"
        rubrics = absolute(rubricFolder)
        output = output.map(absolute)
        let name = settings.description
        // The paths name places in the store, which the snapshot holds under the store's name.
        paths = try paths.map { path in
            guard let place = place(path, inStore: name) else {
                throw CommandFailure(
                    SelectionMessages.notAPlaceInTheStore(path, store: name), language: language, exitCode: 2)
            }
            return place
        }
        let folder = try makeTemporaryFolder(language: language)
        let places = onlyThePaths ? Self.places(of: paths, inStore: name) : nil
        let partial = try runDatabaseWork(language: language) {
            try await DatabaseSnapshot.write(
                settings, to: folder + "/" + name, auditLogOnly: auditLogOnly, places: places)
        }
        guard manager.changeCurrentDirectoryPath(folder) else {
            throw CommandFailure(LocalizedText(folder), language: language)
        }
        store = name
        return .database(partial: partial)
    }

    /// The snapshot's path of the place `path` names in the database store shown as `store`: `REQUISITION`,
    /// `REQUISITION/CANDIDATE` or a card's `REQUISITION/CANDIDATE/FILE`, as given or after the store's name as the
    /// commands print it (`postgresql://rita@db:5432/hiring/claims-2026-01/c-101`), or the store's name alone; nil
    /// for anything else (an absolute path, an empty, `.` or `..` part).
    static func place(_ path: String, inStore store: String) -> String? {
        if path == store || path == store + "/" { return store }
        let inside = path.hasPrefix(store + "/") ? String(path.dropFirst(store.count + 1)) : path
        var parts = inside.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            return nil
        }
        return store + "/" + parts.joined(separator: "/")
    }

    /// The requisitions and candidates the snapshot paths `paths` (``place(_:inStore:)``) lie in; nil when one of
    /// them is the whole store or there are none.
    static func places(of paths: [String], inStore store: String) -> [StorePlace]? {
        var places: [StorePlace] = []
        for path in paths {
            guard path.hasPrefix(store + "/") else { return nil }
            let parts = path.dropFirst(store.count + 1).split(separator: "/")
            guard let requisition = parts.first else { return nil }
            places.append(
                StorePlace(requisition: String(requisition), candidate: parts.dropFirst().first.map(String.init)))
        }
        return places.isEmpty ? nil : places
    }

    /// What ``open(store:rubrics:output:paths:language:auditLogOnly:onlyThePaths:)`` found.
    enum Opened {
        /// A folder store: nothing was read.
        case folder
        /// A database store, read into a snapshot; `partial` when the snapshot holds only the member's part.
        case database(partial: Bool)

        /// Whether a database was read.
        var isDatabase: Bool {
            if case .database = self { return true }
            return false
        }

        /// Whether the snapshot holds only part of the store.
        var isPartial: Bool {
            if case .database(partial: true) = self { return true }
            return false
        }
    }

    /// Creates the private temporary folder (0700, ``TemporaryStoreFolder``, removing the folders killed
    /// commands left behind), removed when the process exits or is interrupted, and returns its path.
    static func makeTemporaryFolder(language: Language) throws -> String {
        let folder: String
        do {
            folder = try TemporaryStoreFolder.make(in: NSTemporaryDirectory())
        } catch {
            throw CommandFailure(error.message, language: language)
        }
        temporaryFolder = folder
        atexit { DatabaseStoreSnapshot.removeTemporaryFolder() }
        removeOnSignal(language: language)
        return folder
    }

    /// The sources that handle SIGINT, SIGTERM and SIGHUP while the folder exists.
    nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

    /// On SIGINT, SIGTERM or SIGHUP: removes the folder, says so, and exits with 128 + the signal.
    ///
    /// The command waits on the database on the main thread; the signal is handled on a dispatch queue, outside
    /// the signal handler, so the folder can be removed with ordinary calls. The process ends at once
    /// (`_exit`): its connection closes, and the server rolls the open transaction back.
    private static func removeOnSignal(language: Language) {
        guard signalSources.isEmpty else { return }
        let message = StoreCommandMessages.interrupted.text(in: language)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                removeTemporaryFolder()
                Terminal.standardError.write(message)
                _exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Removes the snapshot (at exit, or on a signal).
    private static func removeTemporaryFolder() {
        if let folder = temporaryFolder { try? FileManager.default.removeItem(atPath: folder) }
    }
}

extension PanelOptions {
    /// Reads a database store through a snapshot (``DatabaseStoreSnapshot``); nothing changes for a folder. Returns
    /// whether a database was read.
    @discardableResult
    mutating func openDatabaseStore(options: inout GlobalOptions, output: inout String?, language: Language) throws
        -> Bool
    {
        var (store, paths) = (store, paths)
        // merge, rank and calibrate read the cards of their paths and nothing else of the store but its records.
        let opened = try DatabaseStoreSnapshot.open(
            store: &store, rubrics: &options.rubrics, output: &output, paths: &paths, language: language,
            onlyThePaths: true)
        (self.store, self.paths) = (store, paths)
        return opened.isDatabase
    }
}

extension StoreOptions {
    /// Reads a database store's audit log through a snapshot (``DatabaseStoreSnapshot``), for the commands that
    /// read only the log (`audit checkpoint`, `keys list`); nothing changes for a folder.
    mutating func openDatabaseStore(options: GlobalOptions) throws {
        var (options, output, paths) = (options, String?.none, [String]())
        try DatabaseStoreSnapshot.open(
            store: &store, rubrics: &options.rubrics, output: &output, paths: &paths, language: options.language,
            auditLogOnly: true)
    }
}

extension StoreFolderOptions {
    /// Reads a database store's audit log through a snapshot (``DatabaseStoreSnapshot``), for `audit show`;
    /// nothing changes for a folder.
    mutating func openDatabaseStore(options: GlobalOptions) throws {
        var (options, output, paths) = (options, String?.none, [String]())
        try DatabaseStoreSnapshot.open(
            store: &store, rubrics: &options.rubrics, output: &output, paths: &paths, language: options.language,
            auditLogOnly: true)
    }
}
