import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-rubric-docs`: interviewer guides,
/// interview sheets, module pages and an index from the package's rubrics.
///
/// The plugin is thin: it finds the `hirescore` tool and forwards its options to `hirescore docs`,
/// an ordinary, tested command; failures come back as diagnostics with file:line:column.
@main
struct GenerateRubricDocs: CommandPlugin {
    static let usage = """
        OVERVIEW: Generate interviewer guides, interview sheets, module pages and an index from rubrics.

        USAGE: swift package --allow-writing-to-package-directory generate-rubric-docs [options]

        OPTIONS:
          --rubrics <dir>     The folder of rubric YAML files (default: rubrics).
          --output <dir>      The output folder (default: docs/rubrics).
          --lang <lang>       The languages to generate: de, en or all (default: all).
          --format <format>   markdown or html (default: markdown).
          --check             Do not write; fail when the docs in the output folder are out of date.
          -h, --help          Show this help.

        The rubrics are validated first; on any error the diagnostics are shown and nothing is written.
        """

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(Self.usage)
            return
        }
        var extractor = ArgumentExtractor(arguments)
        let rubrics = extractor.extractOption(named: "rubrics").last ?? "rubrics"
        let output = extractor.extractOption(named: "output").last ?? "docs/rubrics"
        let language = extractor.extractOption(named: "lang").last ?? "all"
        let format = extractor.extractOption(named: "format").last ?? "markdown"
        let check = extractor.extractFlag(named: "check") > 0
        var problems: [String] = []
        if !["de", "en", "all"].contains(language) {
            problems.append("unknown language '\(language)'; valid choices: de, en, all")
        }
        if !["markdown", "html"].contains(format) {
            problems.append("unknown format '\(format)'; valid choices: markdown, html")
        }
        let unknown = extractor.remainingArguments.filter { $0 != "--" }
        if !unknown.isEmpty {
            problems.append("unknown argument\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: " ")); run with --help for the options")
        }
        guard problems.isEmpty else {
            for problem in problems { Diagnostics.error(problem) }
            throw PluginFailure(message: problems.joined(separator: "; "))
        }
        let tool = try context.tool(named: "hirescore")
        let root = context.package.directoryURL
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : root.appending(path: path).path
        }
        var toolArguments = ["docs", "--rubrics", absolute(rubrics), "--output", absolute(output), "--docs-lang", language, "--format", format]
        if check { toolArguments.append("--check") }

        let process = Process()
        process.executableURL = tool.url
        process.arguments = toolArguments
        process.currentDirectoryURL = root
        let errorPipe = Pipe()
        process.standardError = errorPipe
        try process.run()
        let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = String(decoding: errorData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            for line in errorText.split(separator: "\n") where line.contains(": error: ") || line.hasPrefix("error: ") {
                Diagnostics.error(String(line))
            }
            Diagnostics.error("hirescore docs failed (exit \(process.terminationStatus))")
            throw PluginFailure(message: errorText)
        }
        if !errorText.isEmpty { FileHandle.standardError.write(Data(errorText.utf8)) }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
