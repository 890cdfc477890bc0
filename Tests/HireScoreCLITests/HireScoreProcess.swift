import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `hirescore` executable as a child process and captures what it writes.
///
/// The child gets the test process's environment with `NO_COLOR=1` and `LANG=C` set, and with
/// the variables that would change its behaviour behind a test's back removed (`LC_ALL`,
/// `LC_MESSAGES`, `HIRESCORE_RUBRICS`, `TERM`, `COLUMNS`); `environment` is applied on top.
enum HireScoreProcess {
    /// Variables of the test process that the child never inherits.
    static let scrubbedVariables: Set<String> = [
        "LC_ALL", "LC_MESSAGES", "LANGUAGE", "HIRESCORE_RUBRICS", "NO_COLOR", "TERM", "COLUMNS",
    ]

    /// The built `hirescore` executable: it lies in the products folder, next to the test bundle.
    static let executableURL: URL? = {
        var folders = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.module.bundleURL.deletingLastPathComponent(),
        ]
        // On macOS the test bundle is PackageTests.xctest/Contents/MacOS/PackageTests.
        folders += folders.map {
            $0.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("hirescore")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }()

    /// The user cache of every child unless a test gives its own: one folder for the test run, so that no run
    /// writes into the tester's own cache or into a test's folder (whose contents tests compare).
    static let testCache = FileManager.default.temporaryDirectory
        .appendingPathComponent("hirescore-test-cache-\(UUID().uuidString)", isDirectory: true).path

    /// The environment of a child: the scrubbed test environment, `NO_COLOR=1`, `LANG=C`, `XDG_CACHE_HOME` (see
    /// ``testCache``), then `overrides`.
    static func childEnvironment(_ overrides: [String: String], unsetting: Set<String> = []) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !scrubbedVariables.contains($0.key) }
        environment["NO_COLOR"] = "1"
        environment["LANG"] = "C"
        environment["XDG_CACHE_HOME"] = testCache
        environment.merge(overrides) { _, new in new }
        for name in unsetting { environment[name] = nil }
        return environment
    }

    /// Runs `hirescore` with `arguments` and returns its exit code and everything it wrote.
    static func run(
        _ arguments: [String], environment: [String: String] = [:],
        currentDirectory: URL? = nil
    ) -> (exitCode: Int32, stdout: String, stderr: String) {
        let output = Pipe()
        let errors = Pipe()
        guard
            let process = makeProcess(
                arguments, environment: childEnvironment(environment), currentDirectory: currentDirectory)
        else {
            return (-1, "", "hirescore executable not found next to the test bundle")
        }
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return (-1, "", "cannot start hirescore: \(error)")
        }
        // Read both pipes to the end before waiting, stderr on another thread, so that a child
        // filling one pipe never blocks while we wait on the other.
        let errorText = ReadResult()
        let errorHandle = errors.fileHandleForReading
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errorText.set(errorHandle.readDataToEndOfFile())
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorText.get(), as: UTF8.self)
        )
    }

    /// Runs `hirescore` with its standard output on a pseudo-terminal (standard error on a pipe),
    /// for checking colour, which is only ever used on a terminal.
    static func runOnTerminal(
        _ arguments: [String], environment: [String: String] = [:], unsetting: Set<String> = [],
        currentDirectory: URL? = nil
    ) -> (exitCode: Int32, terminal: String, stderr: String) {
        let run = runWithTerminal(
            arguments, errorsOnTerminal: false, environment: environment, unsetting: unsetting,
            currentDirectory: currentDirectory)
        return (run.exitCode, run.terminal, run.piped)
    }

    /// Runs `hirescore` with its standard error on a pseudo-terminal (standard output on a pipe), for checking
    /// progress, which only ever goes to a terminal's standard error.
    static func runWithErrorsOnTerminal(
        _ arguments: [String], environment: [String: String] = [:], unsetting: Set<String> = [],
        currentDirectory: URL? = nil
    ) -> (exitCode: Int32, terminal: String, stdout: String) {
        let run = runWithTerminal(
            arguments, errorsOnTerminal: true, environment: environment, unsetting: unsetting,
            currentDirectory: currentDirectory)
        return (run.exitCode, run.terminal, run.piped)
    }

    /// One stream on a pseudo-terminal, the other on a pipe.
    private static func runWithTerminal(
        _ arguments: [String], errorsOnTerminal: Bool, environment: [String: String], unsetting: Set<String>,
        currentDirectory: URL?
    ) -> (exitCode: Int32, terminal: String, piped: String) {
        guard let (controller, terminalPath) = PseudoTerminal.open() else {
            return (-1, "", "cannot open a pseudo-terminal")
        }
        defer { close(controller) }
        let device = open(terminalPath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard device >= 0 else { return (-1, "", "cannot open \(terminalPath)") }
        let deviceHandle = FileHandle(fileDescriptor: device, closeOnDealloc: true)
        let errors = Pipe()
        guard
            let process = makeProcess(
                arguments, environment: childEnvironment(environment, unsetting: unsetting),
                currentDirectory: currentDirectory)
        else {
            return (-1, "", "hirescore executable not found next to the test bundle")
        }
        if errorsOnTerminal {
            process.standardOutput = errors
            process.standardError = deviceHandle
        } else {
            process.standardOutput = deviceHandle
            process.standardError = errors
        }
        do {
            try process.run()
        } catch {
            return (-1, "", "cannot start hirescore: \(error)")
        }
        // Our copy of the terminal must be closed, or reading the controller never ends.
        try? deviceHandle.close()
        let errorText = ReadResult()
        let errorHandle = errors.fileHandleForReading
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errorText.set(errorHandle.readDataToEndOfFile())
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(controller, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break  // 0 or EIO: every copy of the terminal side is closed
            }
        }
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: bytes, as: UTF8.self),
            String(decoding: errorText.get(), as: UTF8.self)
        )
    }

    private static func makeProcess(_ arguments: [String], environment: [String: String], currentDirectory: URL?)
        -> Process?
    {
        guard let executableURL else { return nil }
        let process = Process()
        process.executableURL = executableURL
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        return process
    }
}

/// Opening a pseudo-terminal pair. Glibc's module does not export the `posix_openpt` family to
/// Swift, so on Linux the functions are looked up in the C library at run time.
enum PseudoTerminal {
    /// The controller side's descriptor and the path of the terminal side, or nil.
    static func open() -> (controller: Int32, terminalPath: String)? {
        #if os(Linux)
            typealias OpenFunction = @convention(c) (Int32) -> Int32
            typealias DescriptorFunction = @convention(c) (Int32) -> Int32
            typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
            guard let library = dlopen(nil, RTLD_NOW),
                let openSymbol = dlsym(library, "posix_openpt"), let grantSymbol = dlsym(library, "grantpt"),
                let unlockSymbol = dlsym(library, "unlockpt"), let nameSymbol = dlsym(library, "ptsname_r")
            else { return nil }
            let openController = unsafeBitCast(openSymbol, to: OpenFunction.self)
            let grant = unsafeBitCast(grantSymbol, to: DescriptorFunction.self)
            let unlock = unsafeBitCast(unlockSymbol, to: DescriptorFunction.self)
            let name = unsafeBitCast(nameSymbol, to: NameFunction.self)
            let controller = openController(O_RDWR | O_NOCTTY)
            guard controller >= 0 else { return nil }
            var buffer = [CChar](repeating: 0, count: 256)
            guard grant(controller) == 0, unlock(controller) == 0, name(controller, &buffer, buffer.count) == 0 else {
                close(controller)
                return nil
            }
            _ = fcntl(controller, F_SETFD, FD_CLOEXEC)
            return (
                controller, String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            )
        #else
            let controller = posix_openpt(O_RDWR | O_NOCTTY)
            guard controller >= 0 else { return nil }
            guard grantpt(controller) == 0, unlockpt(controller) == 0, let name = ptsname(controller) else {
                close(controller)
                return nil
            }
            _ = fcntl(controller, F_SETFD, FD_CLOEXEC)
            return (controller, String(cString: name))
        #endif
    }
}

/// Data read on another thread.
private final class ReadResult: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ data: Data) { lock.withLock { self.data = data } }
    func get() -> Data { lock.withLock { data } }
}

/// Places the tests use.
enum TestPaths {
    /// The package root, found from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shipped rubrics.
    static let shippedRubrics = packageRoot.appendingPathComponent("rubrics")
    /// The fixtures copied into the test bundle.
    static let fixtures = Bundle.module.bundleURL.appendingPathComponent("Fixtures")
}

/// The ids of the shipped rubrics, sorted.
let shippedRubricIDs = [
    "accounts-receivable-clerk", "after-sales-technical-support", "claims-handler", "it-service-desk-agent",
    "sales-back-office",
]

/// The escape character that starts every ANSI colour sequence.
let escape: Character = "\u{1B}"
