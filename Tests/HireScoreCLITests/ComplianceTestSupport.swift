import Foundation
import Testing

/// Shared pieces of the end-to-end tests of the applicant file's legal duties (issue 10):
/// `decide`, `hold`, `purge`, `export` and `audit` (ComplianceTests, PurgeTests, ExportTests, AuditLogTests).
///
/// Every test works on its own copy of examples/store (with its hidden `.hirescore/` folder and the
/// audit log of 19 submit events) in a temporary folder, and runs the built binary with the shipped
/// rubrics passed explicitly.
final class ComplianceStore {
    /// The example store as it was before signatures (issue 16), kept as a fixture: an unsigned (v1)
    /// store, which every command must still handle (never changed: tests copy it). The signed
    /// examples/store is tested in SignatureTests.
    static let exampleStore = TestPaths.packageRoot.appendingPathComponent("Tests/HireScoreCLITests/Fixtures/v1-store")
    /// The example answers files.
    static let exampleAnswers = TestPaths.packageRoot.appendingPathComponent("examples/answers")
    /// The answers fixtures of these tests.
    static let fixtures = TestPaths.fixtures.appendingPathComponent("compliance")

    /// Every interviewer of the example store, as written on the scorecards.
    static let interviewers = [
        "Anna Schmidt", "Ben Okafor", "Clara Wiese", "Deniz Yilmaz", "Eva Brandt", "Farid Haddad", "Greta Lindqvist",
    ]
    /// The same as file name stems.
    static let interviewerStems = [
        "anna-schmidt", "ben-okafor", "clara-wiese", "deniz-yilmaz", "eva-brandt", "farid-haddad", "greta-lindqvist",
    ]
    /// Every candidate of the example store with its requisition.
    static let candidates = [
        "claims-2026-01/c-101", "claims-2026-01/c-102", "claims-2026-01/c-103",
        "ar-2026-02/c-201", "ar-2026-02/c-202", "ar-2026-02/c-203",
    ]
    /// A decision day long enough ago that six (or seven) months of retention have passed.
    static let longAgo = "2020-01-15"

    /// The temporary folder (the current directory of runs).
    let folder: URL
    /// The copy of the store: `folder/store`.
    let store: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hirescore-compliance-\(UUID().uuidString)", isDirectory: true)
        store = folder.appendingPathComponent("store", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.exampleStore, to: store)
        let log = store.appendingPathComponent(".hirescore/audit.jsonl")
        try #require(
            FileManager.default.fileExists(atPath: log.path), "the copy has no audit log; copy the hidden folder too")
        try #require(
            try Self.lines(of: log).count == 19,
            "examples/store/.hirescore/audit.jsonl should hold the 19 submit events")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The user's cache folder of the runs: `folder/cache/hirescore`.
    var cache: URL { folder.appendingPathComponent("cache/hirescore", isDirectory: true) }

    /// The URL of a path relative to the store.
    func url(_ relative: String) -> URL { store.appendingPathComponent(relative) }

    /// `STORE/.hirescore/audit.jsonl`.
    var auditLog: URL { url(".hirescore/audit.jsonl") }

    /// Runs `hirescore ARGUMENTS --rubrics RUBRICS [--store STORE]` in the temporary folder.
    /// `$HIRESCORE_STORE` points at a folder that does not exist, `$USER` is `test-user`, the user's cache is
    /// ``cache`` (its own, as a purge clears it).
    func run(_ arguments: [String], store useStore: Bool = true) -> (exitCode: Int32, stdout: String, stderr: String) {
        let extra = ["--rubrics", TestPaths.shippedRubrics.path] + (useStore ? ["--store", store.path] : [])
        return HireScoreProcess.run(
            arguments + extra,
            environment: [
                "HIRESCORE_STORE": "/nonexistent/hirescore-store", "USER": "test-user", "HOME": folder.path,
                "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
            ],
            currentDirectory: folder)
    }

    /// Runs a command that must succeed.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = run(arguments)
        try #require(
            result.exitCode == 0,
            "hirescore \(arguments.joined(separator: " ")) failed (\(result.exitCode)):\n\(result.stderr)\(result.stdout)",
            sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Records a decision on a candidate of claims-2026-01 (or `requisition`).
    @discardableResult
    func decide(
        _ candidate: String, _ outcome: String, date: String? = nil, requisition: String = "claims-2026-01",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        try succeed(
            [
                "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", candidate,
                "--requisition", requisition, "--outcome", outcome, "--actor", "HR Office",
            ]
                + (date.map { ["--date", $0] } ?? []), sourceLocation: sourceLocation)
    }

    /// Enters a scorecard with `hirescore enter --answers FILE` (an answers file that ends early leaves a draft).
    @discardableResult
    func enter(
        answers: URL, candidate: String, requisition: String, interviewer: String, interviewDate: String = "2026-11-17",
        rubric: String = "claims-handler", sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> URL {
        let result = HireScoreProcess.run(
            [
                "enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", store.path, "--rubric",
                rubric,
                "--requisition", requisition, "--candidate", candidate, "--interviewer", interviewer,
                "--interview-date", interviewDate, "--answers", answers.path,
            ],
            environment: ["HOME": folder.path, "HIRESCORE_STORE": "/nonexistent/hirescore-store"],
            currentDirectory: folder)
        try #require(
            result.exitCode == 0, "enter failed for \(answers.lastPathComponent): \(result.stderr)",
            sourceLocation: sourceLocation)
        let file = url("\(requisition)/\(candidate)/\(Self.fileStem(interviewer)).yaml")
        try #require(
            FileManager.default.fileExists(atPath: file.path), "enter wrote no \(file.path)",
            sourceLocation: sourceLocation)
        return file
    }

    /// The file name stem of an interviewer's scorecard: lowercase ASCII letters and digits, runs of anything else as one dash.
    static func fileStem(_ interviewer: String) -> String {
        var stem = ""
        for character in interviewer.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                stem.append(character)
            } else if !stem.isEmpty && !stem.hasSuffix("-") {
                stem.append("-")
            }
        }
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem
    }

    /// Enters a draft from one of this suite's fixtures.
    @discardableResult
    func enterDraft(
        _ fixture: String, candidate: String, requisition: String, interviewer: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> URL {
        let file = try enter(
            answers: Self.fixtures.appendingPathComponent(fixture), candidate: candidate, requisition: requisition,
            interviewer: interviewer, sourceLocation: sourceLocation)
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(
            text.contains("\nstatus: draft\n"), "\(file.lastPathComponent) should be a draft",
            sourceLocation: sourceLocation)
        return file
    }

    /// Every file and folder below the store (hidden ones included) with its bytes, by relative path.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = store.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?: files[relative] = Data("<folder>".utf8)
            case .typeSymbolicLink?:
                files[relative] = Data(
                    "<link \((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")>".utf8)
            default: files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// Checks that two snapshots are equal, naming every path that differs.
    static func expectUnchanged(
        _ before: [String: Data], _ after: [String: Data], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let gone = Set(before.keys).subtracting(after.keys).sorted()
        let added = Set(after.keys).subtracting(before.keys).sorted()
        let changed = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted()
        #expect(gone.isEmpty, "deleted: \(gone)", sourceLocation: sourceLocation)
        #expect(added.isEmpty, "added: \(added)", sourceLocation: sourceLocation)
        #expect(changed.isEmpty, "changed: \(changed)", sourceLocation: sourceLocation)
    }

    /// The lines of the audit log.
    func auditLines() throws -> [String] { try Self.lines(of: auditLog) }

    /// The non-empty lines of a file.
    static func lines(of url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// Writes the audit log's lines back (one per line, final newline).
    func writeAuditLines(_ lines: [String]) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: auditLog)
    }

    /// The events of the audit log, parsed.
    func auditEvents(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try auditLines().map { try Self.object($0, sourceLocation: sourceLocation) }
    }

    /// Parses a JSON object.
    static func object(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(
            value as? [String: Any], "not a JSON object: \(text.prefix(200))", sourceLocation: sourceLocation)
    }

    /// The `seal:` of a scorecard in the store.
    func seal(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let text = try String(contentsOf: url(relative), encoding: .utf8)
        let line = try #require(
            text.split(separator: "\n").first { $0.hasPrefix("seal: ") }, "\(relative) has no seal",
            sourceLocation: sourceLocation)
        return String(line.dropFirst("seal: ".count))
    }

    /// The scorecard files of a candidate folder (relative to the store), sorted.
    func scorecards(_ candidateFolder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(candidateFolder).path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { candidateFolder + "/" + $0 }
    }

    /// Replaces `old` (which must occur exactly once) in a file of the store.
    func edit(
        _ relative: String, replacing old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let text = try String(contentsOf: url(relative), encoding: .utf8)
        let parts = text.components(separatedBy: old)
        try #require(
            parts.count == 2, "expected '\(old)' once in \(relative), found it \(parts.count - 1) times",
            sourceLocation: sourceLocation)
        try Data(parts.joined(separator: new).utf8).write(to: url(relative))
    }

    /// The line numbers `audit verify` reports problems on (`.../audit.jsonl:N: error: ...`), in order, with repeats.
    static func problemLines(_ output: String) -> [Int] {
        output.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: "audit.jsonl:") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
    }

    /// Today plus `days`, as YYYY-MM-DD in the local calendar (as the binary computes "today").
    static func day(from days: Int, months: Int = 0) -> String {
        let calendar = Calendar.current
        let date = calendar.date(byAdding: DateComponents(month: months, day: days), to: Date()) ?? Date()
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// SHA-256 of a file's bytes as `sha256:HEX`, computed with the system's `sha256sum`.
    static func sha256(_ data: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return "sha256:" + String(text.prefix { !$0.isWhitespace })
    }
}
