import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-rubric-docs`: interviewer guides,
/// interview sheets, module pages and an index from the package's rubrics.
///
/// The plugin is thin: it runs `hirescore-rubric-tool docs` (the same command as `hirescore docs`), an ordinary,
/// tested command, with its options; failures come back as diagnostics with file:line:column. The tool leaves out
/// the stores, reports and database client, so SwiftPM's build of the plugin's tool stays small.
@main
struct GenerateRubricDocs: CommandPlugin {
    static let usage = """
        OVERVIEW: Generate interviewer guides, interview sheets, module pages and an index from rubrics.

        USAGE: swift package --allow-writing-to-package-directory generate-rubric-docs [options]

        OPTIONS:
          --rubrics <dir>     The folder of rubric YAML files (default: see below).
          --output <dir>      The output folder (default: docs/rubrics).
          --lang <lang>       The languages to generate: de, en or all (default: all).
          --format <format>   markdown or html (default: markdown).
          --check             Do not write; fail when the docs in the output folder are out of date.
          --modules-page <file>
                              Also write (or check) the page of the built-in modules (docs/modules.md).
          -h, --help          Show this help.

        Without --rubrics the rubrics are found by convention: the folder rubrics/ at the package root if there
        is one, else the rubric files in the package's targets (YAML files inside a folder named rubrics, and
        YAML files declaring `format: hirescore/rubric@1`; the files the RubricLint build plugin checks).
        The rubrics are validated first; on any error the diagnostics are shown and nothing is written.
        """

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(Self.usage)
            return
        }
        var extractor = ArgumentExtractor(arguments)
        let rubrics = extractor.extractOption(named: "rubrics").last
        let output = extractor.extractOption(named: "output").last ?? "docs/rubrics"
        let language = extractor.extractOption(named: "lang").last ?? "all"
        let format = extractor.extractOption(named: "format").last ?? "markdown"
        let check = extractor.extractFlag(named: "check") > 0
        let modulesPage = extractor.extractOption(named: "modules-page").last
        var problems: [String] = []
        if !["de", "en", "all"].contains(language) {
            problems.append("unknown language '\(language)'; valid choices: de, en, all")
        }
        if !["markdown", "html"].contains(format) {
            problems.append("unknown format '\(format)'; valid choices: markdown, html")
        }
        let unknown = extractor.remainingArguments.filter { $0 != "--" }
        if !unknown.isEmpty {
            problems.append(
                "unknown argument\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: " ")); run with --help for the options"
            )
        }
        // One error diagnostic per problem and a normal return: SwiftPM then fails the command (exit 1) without
        // repeating the message, as it would for a thrown error.
        guard problems.isEmpty else {
            Diagnostics.error(problems.joined(separator: "; "))
            return
        }
        let root = context.package.directoryURL
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : root.appending(path: path).path
        }
        guard let sources = Self.rubricSources(explicit: rubrics.map(absolute), package: context.package) else {
            if let rubrics {
                Diagnostics.error(
                    "no rubric folder \(rubrics) in package '\(context.package.displayName)'; pass --rubrics with the folder that holds the rubric files"
                )
            } else {
                Diagnostics.error(
                    "no rubrics found in package '\(context.package.displayName)': there is no rubrics/ folder at its root and no rubric file in its targets "
                        + "(YAML in a folder named rubrics, or with `format: hirescore/rubric@1`); pass --rubrics DIR")
            }
            return
        }
        let tool = try context.tool(named: "hirescore-rubric-tool")
        var toolArguments = ["docs", "--output", absolute(output), "--lang", language, "--format", format]
        if check { toolArguments.append("--check") }
        if let modulesPage { toolArguments += ["--modules-page", absolute(modulesPage)] }
        toolArguments += sources

        let process = Process()
        process.executableURL = tool.url
        process.arguments = toolArguments
        process.currentDirectoryURL = root
        let errorPipe = Pipe()
        process.standardError = errorPipe
        try process.run()
        let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var errorLines = String(decoding: errorData, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        while errorLines.last?.isEmpty == true { errorLines.removeLast() }
        guard process.terminationStatus != 0 else {
            Self.forward(errorLines)
            return
        }
        // The tool's diagnostics (file:line:column lines with the source line and hint) go through unchanged; its
        // closing "error: …" message (with any indented lines after it) becomes the plugin's one error, so nothing
        // is said twice.
        var summary = "hirescore docs failed (exit \(process.terminationStatus))"
        let prefixes = ["error: ", "Fehler: "]
        if let start = errorLines.lastIndex(where: { line in prefixes.contains { line.hasPrefix($0) } }),
            errorLines[(start + 1)...].allSatisfy({ $0.hasPrefix(" ") }),
            let prefix = prefixes.first(where: { errorLines[start].hasPrefix($0) })
        {
            summary = String(errorLines[start...].joined(separator: "\n").dropFirst(prefix.count))
            errorLines.removeSubrange(start...)
        }
        Self.forward(errorLines)
        Diagnostics.error(summary)
    }

    /// The rubric sources to pass to `hirescore docs`: `--rubrics DIR` when given (nil when it does not exist),
    /// else the package's `rubrics/` folder, else the rubric files in its targets; nil when there are none.
    static func rubricSources(explicit: String?, package: Package) -> [String]? {
        if let explicit {
            return FileManager.default.fileExists(atPath: explicit) ? ["--rubrics", explicit] : nil
        }
        let folder = package.directoryURL.appending(path: "rubrics")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return ["--rubrics", folder.path]
        }
        var files: [String] = []
        for target in package.targets where target is SourceModuleTarget {
            for file in RubricFiles.find(in: target.directoryURL).map(\.path) where !files.contains(file) {
                files.append(file)
            }
        }
        return files.isEmpty ? nil : files
    }

    /// Writes the tool's lines to standard error as they were.
    static func forward(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

/// The rubric files of a folder, by the convention both plugins share (kept in step with the copy in
/// Plugins/RubricLint: plugins cannot share code).
enum RubricFiles {
    /// The YAML files under `folder` that are rubrics: inside a folder named `rubrics`, or declaring
    /// `format: hirescore/rubric@…` on a top-level line. Sorted by path; hidden files and `.build` are skipped.
    static func find(in folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
            let relative = url.standardizedFileURL.pathComponents.dropFirst(
                folder.standardizedFileURL.pathComponents.count)
            if relative.dropLast().contains("rubrics") || declaresRubricFormat(url) {
                found.append(url.standardizedFileURL)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Whether the file has a top-level `format: hirescore/rubric@…` line (quoted or not) in its first 64 KiB.
    static func declaresRubricFormat(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 65_536)) ?? Data()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        where line.hasPrefix("format:") {
            let value = line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if value.hasPrefix("hirescore/rubric@") { return true }
        }
        return false
    }
}
