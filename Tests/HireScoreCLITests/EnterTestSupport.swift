import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `hirescore` child process whose standard streams the test drives: answers typed on a
/// pseudo-terminal or written to a pipe, output waited for piece by piece, signals sent at will.
///
/// It is started with `posix_spawn`, with every signal at its default disposition and none blocked
/// (the test runner's threads may block or ignore some), and is reaped with `waitpid` by its own id.
final class HireScoreChild: @unchecked Sendable {
    /// Where the child's standard input comes from.
    enum Input {
        /// `/dev/null`: end of input at once.
        case nullDevice
        /// A file.
        case file(String)
        /// This text on a pipe, which is then closed.
        case text(String)
        /// A pipe that stays open until ``closeInput()``; ``send(_:)`` writes to it.
        case pipe
        /// A pseudo-terminal, which is also the child's standard output; ``send(_:)`` types on it.
        case terminal
    }

    /// How the child ended.
    struct Ending: CustomStringConvertible {
        /// The exit status when it exited, nil when a signal ended it.
        var exitCode: Int32?
        /// The signal that ended it, if one did.
        var signal: Int32?
        /// Whether the test had to kill it because it did not end in time.
        var timedOut: Bool
        /// Everything written to standard output (on a terminal: with the echoed input and `\r\n` line ends).
        var stdout: String
        /// Everything written to standard error.
        var stderr: String

        var description: String {
            "exit \(exitCode.map(String.init) ?? "-") signal \(signal.map(String.init) ?? "-")\(timedOut ? " (timed out)" : "")\n"
                + "stdout: \(stdout.suffix(2000))\nstderr: \(stderr)"
        }
    }

    /// The child's process id.
    let pid: pid_t
    private let inputDescriptor: Int32?
    private let output: StreamCollector
    private let errors: StreamCollector
    private var cursor = 0
    private var ending: (exitCode: Int32?, signal: Int32?)?
    private var timedOut = false

    private init(pid: pid_t, inputDescriptor: Int32?, output: StreamCollector, errors: StreamCollector) {
        self.pid = pid
        self.inputDescriptor = inputDescriptor
        self.output = output
        self.errors = errors
    }

    deinit {
        if ending == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        if let inputDescriptor, !inputClosed { close(inputDescriptor) }
        if let terminalController {
            _ = output.waitForEnd(timeout: 5)
            close(terminalController)
        }
    }

    /// Starts `hirescore` with `arguments`; the environment is ``HireScoreProcess/childEnvironment(_:unsetting:)``.
    ///
    /// On a terminal, `columns` and `rows` set its window size (a new pseudo-terminal has none: 0 × 0).
    static func start(
        _ arguments: [String], input: Input, environment: [String: String] = [:], unsetting: Set<String> = [],
        columns: UInt16? = nil, rows: UInt16 = 24
    ) throws -> HireScoreChild {
        // A child that ends before reading all its input must not take the test process down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        guard let executable = HireScoreProcess.executableURL else {
            throw SpawnError("hirescore executable not found next to the test bundle")
        }
        var childStandardInput: Int32
        var childStandardOutput: Int32
        var ownInput: Int32?
        var outputReadEnd: Int32
        var textToWrite: String?
        var closeAfterSpawn: [Int32] = []

        let (errorRead, errorWrite) = try makePipe()
        closeAfterSpawn.append(errorWrite)
        switch input {
        case .terminal:
            guard let (controller, terminalPath) = PseudoTerminal.open() else {
                throw SpawnError("cannot open a pseudo-terminal")
            }
            let device = open(terminalPath, O_RDWR | O_NOCTTY | O_CLOEXEC)
            guard device >= 0 else { throw SpawnError("cannot open \(terminalPath)") }
            if let columns {
                var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
                _ = withUnsafeMutablePointer(to: &size) { ioctl(device, UInt(TIOCSWINSZ), $0) }
            }
            childStandardInput = device
            childStandardOutput = device
            closeAfterSpawn.append(device)
            ownInput = controller
            outputReadEnd = controller
        case .nullDevice, .file, .text, .pipe:
            let (outputRead, outputWrite) = try makePipe()
            childStandardOutput = outputWrite
            closeAfterSpawn.append(outputWrite)
            outputReadEnd = outputRead
            switch input {
            case .nullDevice:
                childStandardInput = open("/dev/null", O_RDONLY | O_CLOEXEC)
                closeAfterSpawn.append(childStandardInput)
            case .file(let path):
                childStandardInput = open(path, O_RDONLY | O_CLOEXEC)
                guard childStandardInput >= 0 else { throw SpawnError("cannot open \(path)") }
                closeAfterSpawn.append(childStandardInput)
            case .text(let text):
                let (inputRead, inputWrite) = try makePipe()
                childStandardInput = inputRead
                closeAfterSpawn.append(inputRead)
                ownInput = inputWrite
                textToWrite = text
            default:
                let (inputRead, inputWrite) = try makePipe()
                childStandardInput = inputRead
                closeAfterSpawn.append(inputRead)
                ownInput = inputWrite
            }
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childStandardInput, 0)
        posix_spawn_file_actions_adddup2(&actions, childStandardOutput, 1)
        posix_spawn_file_actions_adddup2(&actions, errorWrite, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argumentStrings = [executable.path] + arguments
        let environmentStrings = HireScoreProcess.childEnvironment(environment, unsetting: unsetting).map {
            "\($0.key)=\($0.value)"
        }
        var argv: [UnsafeMutablePointer<CChar>?] = argumentStrings.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environmentStrings.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable.path, &actions, &attributes, &argv, &envp)
        for descriptor in closeAfterSpawn { close(descriptor) }
        guard status == 0 else {
            close(errorRead)
            close(outputReadEnd)
            if let ownInput, ownInput != outputReadEnd { close(ownInput) }
            throw SpawnError("cannot start hirescore: \(String(cString: strerror(status)))")
        }
        // On a terminal the controller is both the input and the output; it is closed after the reader is done.
        let onTerminal = outputReadEnd == ownInput
        let child = HireScoreChild(
            pid: pid, inputDescriptor: onTerminal ? nil : ownInput,
            output: StreamCollector(descriptor: outputReadEnd, closesDescriptor: !onTerminal),
            errors: StreamCollector(descriptor: errorRead, closesDescriptor: true))
        if onTerminal { child.terminalController = outputReadEnd }
        if let textToWrite {
            child.send(textToWrite)
            child.closeInput()
        }
        return child
    }

    private var terminalController: Int32?
    private var inputClosed = false

    /// Writes text to the child's input (types it, on a terminal). `\u{04}` at the start of a line is Ctrl-D on a terminal.
    func send(_ text: String) {
        guard let descriptor = terminalController ?? (inputClosed ? nil : inputDescriptor) else { return }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Closes the input pipe: end of input for the child.
    func closeInput() {
        guard !inputClosed, let inputDescriptor else { return }
        close(inputDescriptor)
        inputClosed = true
    }

    /// Sends a signal to the child.
    func sendSignal(_ number: Int32) {
        kill(pid, number)
    }

    /// Waits until `text` appears in standard output after everything matched before; true when it did.
    @discardableResult
    func waitForOutput(_ text: String, timeout: TimeInterval = 30) -> Bool {
        guard let end = output.waitFor(Array(text.utf8), from: cursor, timeout: timeout) else { return false }
        cursor = end
        return true
    }

    /// Standard output so far.
    var outputSoFar: String { String(decoding: output.snapshot(), as: UTF8.self) }

    /// Waits for the child to end (killing it after `timeout`), then for its output to be read to the end.
    func finish(timeout: TimeInterval = 60) -> Ending {
        if ending == nil {
            let deadline = Date().addingTimeInterval(timeout)
            var status: Int32 = 0
            while true {
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid { break }
                if result < 0 && errno != EINTR { break }
                if Date() > deadline {
                    timedOut = true
                    kill(pid, SIGKILL)
                    _ = waitpid(pid, &status, 0)
                    break
                }
                usleep(2_000)
            }
            ending = Self.decode(status)
        }
        closeInput()
        let outputBytes = output.waitForEnd(timeout: 10)
        let errorBytes = errors.waitForEnd(timeout: 10)
        if let terminalController {
            close(terminalController)
            self.terminalController = nil
        }
        return Ending(
            exitCode: ending?.exitCode, signal: ending?.signal, timedOut: timedOut,
            stdout: String(decoding: outputBytes, as: UTF8.self), stderr: String(decoding: errorBytes, as: UTF8.self))
    }

    /// Kills the child with SIGKILL and reaps it at once.
    func killNow() {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        ending = Self.decode(status)
    }

    private static func decode(_ status: Int32) -> (exitCode: Int32?, signal: Int32?) {
        let signalNumber = status & 0x7F
        if signalNumber == 0 { return ((status >> 8) & 0xFF, nil) }
        return (nil, signalNumber)
    }

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw SpawnError("cannot create a pipe") }
        _ = fcntl(descriptors[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(descriptors[1], F_SETFD, FD_CLOEXEC)
        return (descriptors[0], descriptors[1])
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// Reads a descriptor to its end on a thread of its own, and lets others wait for what arrives.
private final class StreamCollector: @unchecked Sendable {
    private let condition = NSCondition()
    private var bytes: [UInt8] = []
    private var ended = false
    private let descriptor: Int32
    private let closesDescriptor: Bool

    init(descriptor: Int32, closesDescriptor: Bool) {
        self.descriptor = descriptor
        self.closesDescriptor = closesDescriptor
        let thread = Thread { [self] in self.readToEnd() }
        thread.start()
    }

    private func readToEnd() {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                condition.lock()
                bytes += buffer[0..<count]
                condition.broadcast()
                condition.unlock()
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break  // 0, or EIO on a terminal whose every other copy is closed
            }
        }
        // A terminal controller is closed by its owner (it is also the input); a pipe's read end here.
        if closesDescriptor { close(descriptor) }
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// The end offset of the first `needle` at or after `start`, waiting up to `timeout`.
    func waitFor(_ needle: [UInt8], from start: Int, timeout: TimeInterval) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let range = find(needle, from: start) { return range }
            if ended { return nil }
            if !condition.wait(until: deadline) {
                return find(needle, from: start)
            }
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && Array(bytes[index..<(index + needle.count)]) == needle {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }

    func snapshot() -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        return bytes
    }

    /// Everything read, once the stream has ended (or what arrived within `timeout`).
    func waitForEnd(timeout: TimeInterval) -> [UInt8] {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !ended {
            if !condition.wait(until: deadline) { break }
        }
        return bytes
    }
}

/// Temporary folders, scorecard files and answers for the `enter` and `verify` tests.
enum EnterTesting {
    /// The shipped rubric folder.
    static var rubrics: String { TestPaths.shippedRubrics.path }

    /// The answers fixtures.
    static let answersFolder = TestPaths.fixtures.appendingPathComponent("enter")

    /// The path of an answers fixture.
    static func answers(_ name: String) -> String {
        answersFolder.appendingPathComponent(name).path
    }

    /// The text of an answers fixture.
    static func answersText(_ name: String) -> String {
        (try? String(contentsOfFile: answers(name), encoding: .utf8)) ?? ""
    }

    /// A new empty folder for one test, removed by the caller with ``remove(_:)``.
    static func makeFolder(_ label: String = #function) -> String {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        let path =
            NSTemporaryDirectory() + "/hirescore-enter-\(safe.prefix(40))-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Removes a test folder, first making everything in it writable again.
    static func remove(_ path: String) {
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            chmod(path, 0o700)
            while let relative = enumerator.nextObject() as? String {
                var info = stat()
                if lstat(path + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    chmod(path + "/" + relative, 0o700)
                }
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The arguments of `hirescore enter` for the shipped claims-handler rubric.
    static func enterArguments(
        store: String, candidate: String = "c-1042", requisition: String? = "claims-2026-01",
        interviewer: String = "Jürgen Groß", answers: String? = nil, rubrics: String = rubrics
    ) -> [String] {
        var arguments = [
            "enter", "--all-stages", "--rubrics", rubrics, "--rubric", "claims-handler", "--candidate", candidate,
            "--interviewer", interviewer,
            "--store", store,
        ]
        if let requisition { arguments += ["--requisition", requisition] }
        if let answers { arguments += ["--answers", answers] }
        return arguments
    }

    /// Runs `hirescore` to its end with the given input.
    static func run(_ arguments: [String], input: HireScoreChild.Input = .nullDevice) -> HireScoreChild.Ending {
        do {
            return try HireScoreChild.start(arguments, input: input).finish()
        } catch {
            return HireScoreChild.Ending(exitCode: nil, signal: nil, timedOut: false, stdout: "", stderr: "\(error)")
        }
    }

    /// The text of a file, or nil when it does not exist.
    static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The permission bits of a file or folder (not following a symbolic link).
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Every path under a folder, relative and sorted (empty when it does not exist).
    static func contents(of folder: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// The scorecard folders and files of a store: every path under it except the store's own
    /// bookkeeping folder `.hirescore` (audit log), which other features write.
    static func storeContents(of store: String) -> [String] {
        contents(of: store).filter { $0 != ".hirescore" && !$0.hasPrefix(".hirescore/") }
    }

    /// The ratings of a scorecard file, read from its `ratings:` block: criterion id → (level, evidence).
    ///
    /// The scorecard writer puts every rating in the long form (`level:`, optional `evidence:` and `at:`),
    /// so the lines are read directly; this keeps the check independent of the program's own reader.
    static func ratings(inScorecard text: String) -> [String: Rating] {
        var result: [String: Rating] = [:]
        var inRatings = false
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !line.hasPrefix(" ") {
                inRatings = line == "ratings:"
                current = nil
                continue
            }
            guard inRatings else { continue }
            if line.hasPrefix("  ") && !line.hasPrefix("   ") && line.hasSuffix(":") {
                let id = String(line.dropFirst(2).dropLast())
                current = id
                result[id] = Rating(level: "", evidence: nil)
            } else if let id = current, line.hasPrefix("    level: ") {
                result[id]?.level = String(line.dropFirst("    level: ".count))
            } else if let id = current, line.hasPrefix("    evidence: ") {
                result[id]?.evidence = String(line.dropFirst("    evidence: ".count))
            }
        }
        return result
    }

    /// One rating as read from a scorecard file.
    struct Rating: Equatable, CustomStringConvertible {
        var level: String
        var evidence: String?
        var description: String { evidence.map { "\(level) “\($0)”" } ?? level }
    }

    /// The value of a top-level `key: value` line of a scorecard.
    static func topLevelValue(_ key: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
    }
}
