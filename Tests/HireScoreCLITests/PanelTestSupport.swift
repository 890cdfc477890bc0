import Foundation
import TestSupport
import Testing

/// Shared pieces of the end-to-end tests of `hirescore merge`, `rank` and `calibrate`
/// (MergeCommandTests, MergeRefusalTests, RankCommandTests, CalibrateCommandTests).
///
/// Golden files live in `Tests/HireScoreCLITests/Fixtures/panel/` and are compared byte for byte.
/// To rewrite them on purpose (after a deliberate change of a report), run
///
///     HIRESCORE_UPDATE_GOLDEN=1 swift test --filter "HireScoreCLITests.Merge"
///
/// then read the diff critically (every number, the German text) before committing it.
enum PanelGolden {
    /// The golden files in the source tree.
    static let files = GoldenFiles(
        folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("panel"))

    /// Compares `actual` with the golden file `name` (or rewrites it when updating).
    static func check(
        _ actual: String, against name: String, what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try files.check(actual, against: name, what: what, sourceLocation: sourceLocation)
    }
}

/// Running `hirescore` for the panel commands.
enum PanelRun {
    /// The example store in the package (read only: tests copy it before changing anything).
    /// The unsigned (v1) example store kept as a fixture (see ComplianceStore.exampleStore): tests copy it
    /// and change its records, which in the signed examples/store would need the example people's keys.
    static let exampleStore = TestPaths.packageRoot.appendingPathComponent("Tests/HireScoreCLITests/Fixtures/v1-store")
    /// The example answers files.
    static let exampleAnswers = TestPaths.packageRoot.appendingPathComponent("examples").appendingPathComponent(
        "answers")

    /// Runs `hirescore` in `folder` (default: the package root) with the shipped rubrics passed explicitly
    /// unless `rubrics` is false; `HIRESCORE_STORE` points at a folder that does not exist, so that only
    /// the paths given are read.
    static func run(_ arguments: [String], in folder: URL = TestPaths.packageRoot, rubrics: Bool = true)
        -> (exitCode: Int32, stdout: String, stderr: String)
    {
        let extra = rubrics ? ["--rubrics", TestPaths.shippedRubrics.path] : []
        return HireScoreProcess.run(
            arguments + extra,
            environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store"],
            currentDirectory: folder)
    }

    /// The lines of a text.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Parses JSON output into a dictionary.
    static func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(
            object as? [String: Any], "not a JSON object: \(text.prefix(200))", sourceLocation: sourceLocation)
    }

    /// Every file below `folder` with its contents, by relative path (folders and links marked).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
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
}

/// A temporary folder holding a copy of the example store as `store/`, removed when the value goes away.
final class TemporaryStore {
    /// The temporary folder (the current directory of runs).
    let folder: URL
    /// The copy of the store: `folder/store`.
    let store: URL

    /// Copies examples/store (or nothing, with `copyExamples: false`) into a fresh folder.
    init(copyExamples: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hirescore-panel-\(UUID().uuidString)", isDirectory: true)
        store = folder.appendingPathComponent("store", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if copyExamples {
            try FileManager.default.copyItem(at: PanelRun.exampleStore, to: store)
        } else {
            try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The URL of a path relative to the store.
    func url(_ relative: String) -> URL { store.appendingPathComponent(relative) }

    /// Runs `hirescore` in the temporary folder with the shipped rubrics.
    func run(_ arguments: [String]) -> (exitCode: Int32, stdout: String, stderr: String) {
        PanelRun.run(arguments, in: folder)
    }

    /// Replaces the text of a scorecard in the store copy; fails when `old` is not in it exactly once.
    func edit(
        _ relative: String, replacing old: String, with new: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = url(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.components(separatedBy: old)
        try #require(
            parts.count == 2, "expected '\(old)' once in \(relative), found it \(parts.count - 1) times",
            sourceLocation: sourceLocation)
        try Data(parts.joined(separator: new).utf8).write(to: url)
    }

    /// Removes the line starting with `prefix` from a scorecard in the store copy.
    func removeLine(_ relative: String, startingWith prefix: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = url(relative)
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let kept = lines.filter { !$0.hasPrefix(prefix) }
        try #require(
            kept.count == lines.count - 1, "expected one line starting with '\(prefix)' in \(relative)",
            sourceLocation: sourceLocation)
        try Data(kept.joined(separator: "\n").utf8).write(to: url)
    }

    /// Writes one scorecard the way an interviewer would, with `hirescore enter --answers`, from a copy
    /// of an example answers file (`examples/answers/<answers>`), for `candidate` in `requisition`.
    func enter(
        answers: String, rubric: String, candidate: String, requisition: String, interviewer: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let copy = folder.appendingPathComponent("answers-\(UUID().uuidString).txt")
        try FileManager.default.copyItem(at: PanelRun.exampleAnswers.appendingPathComponent(answers), to: copy)
        let result = HireScoreProcess.run(
            [
                "enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", store.path, "--rubric",
                rubric,
                "--requisition", requisition, "--candidate", candidate, "--interviewer", interviewer,
                "--interview-date", "2026-11-17", "--answers", copy.path,
            ],
            environment: ["HOME": folder.path, "HIRESCORE_STORE": store.path], currentDirectory: folder)
        try #require(
            result.exitCode == 0, "enter failed for \(answers): \(result.stderr)", sourceLocation: sourceLocation)
        try FileManager.default.removeItem(at: copy)
    }
}
