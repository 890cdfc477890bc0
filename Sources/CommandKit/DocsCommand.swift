import ArgumentParser
import Foundation
import RubricDocs
import ScoringCore

extension DocsFormat: ExpressibleByArgument {}

/// `hirescore docs`: interviewer guides, interview sheets, module pages and an index from the rubrics. The
/// `generate-rubric-docs` plugin runs it through the plugin tool (`hirescore-rubric-tool docs`).
package struct DocsCommand: ParsableCommand {
    /// The command's name, summary and help.
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "docs",
            abstract: CommandKitHelp.docsAbstract.helpText,
            discussion: CommandKitHelp.docsDiscussion.helpText
        )
    }

    /// Options as parsed (ArgumentParser fills them in).
    package init() {}

    @Option(
        name: .long,
        help: ArgumentHelp(
            CommandKitHelp.rubricFolder, valueName: "dir"))
    var rubrics: String?

    @Argument(
        help: ArgumentHelp(
            CommandKitHelp.docsPaths,
            valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(CommandKitHelp.docsOutput, valueName: "dir"))
    var output = "docs/rubrics"

    @Option(
        name: .long,
        help: ArgumentHelp(
            CommandKitHelp.docsLang,
            valueName: "lang"))
    var lang: DocsLanguage = .all

    @Option(help: ArgumentHelp(CommandKitHelp.docsFormat, valueName: "format"))
    var format: DocsFormat = .markdown

    @Flag(help: ArgumentHelp(CommandKitHelp.docsCheck))
    var check = false

    @Option(
        name: .customLong("modules-page"),
        help: ArgumentHelp(
            CommandKitHelp.docsModulesPage,
            valueName: "file"))
    var modulesPage: String?

    /// The languages `--lang` chooses.
    enum DocsLanguage: String, ExpressibleByArgument, CaseIterable {
        case de, en, all

        var languages: [Language] {
            switch self {
            case .de: return [.de]
            case .en: return [.en]
            case .all: return [.de, .en]
            }
        }
    }

    /// The language of the messages: the documents' one language, else the locale's.
    var language: Language {
        lang.languages.count == 1 ? lang.languages[0] : Language.fromEnvironment()
    }

    /// Generates the documents, or with `--check` compares them with the output folder.
    package func run() throws {
        let language = language
        let options = GlobalOptions(rubrics: rubrics)
        let catalog =
            paths.isEmpty
            ? options.loadRubrics() : RubricLoader(registry: HireScoreModules.registry).load(paths: paths)
        let source = paths.isEmpty ? options.rubricFolder : paths.joined(separator: " ")
        func failure(_ message: LocalizedText) -> CommandFailure {
            CommandFailure(message, language: language)
        }
        let printer = DiagnosticPrinter(
            language: language, useColor: Terminal.standardError.supportsColor, sources: catalog.sources)
        if catalog.diagnostics.hasErrors {
            Terminal.standardError.write(
                printer.render(catalog.diagnostics.filter { $0.severity == .error }, fileCount: catalog.files.count)
            )
            throw failure(DocsCommandMessages.rubricsHaveErrors)
        }
        if catalog.rubrics.isEmpty {
            throw failure(DocsCommandMessages.noRubrics(in: source))
        }
        let generator: RubricDocsGenerator
        do {
            generator = try RubricDocsGenerator(registry: HireScoreModules.registry)
        } catch {
            throw failure(DocsCommandMessages.templatesBroken("\(error)"))
        }
        let files = generator.generate(rubrics: catalog.rubrics, languages: lang.languages, format: format)
        let page = modulesPage.map { (path: $0, content: generator.modulesPage()) }
        if check {
            let pageIsStale = page.map { FileManager.default.contents(atPath: $0.path) != Data($0.content.utf8) }
            try compare(files, language: language, extra: page.map { ($0.path, pageIsStale ?? false) })
            return
        }
        if let file = Self.fileBlocking(output) {
            throw failure(DocsCommandMessages.outputBlocked(output, by: file))
        }
        var written = 0
        do {
            for file in files {
                let path = output + "/" + file.path
                try FileManager.default.createDirectory(
                    atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                    withIntermediateDirectories: true)
                if FileManager.default.contents(atPath: path) == Data(file.content.utf8) { continue }
                try AtomicFile.write(file.content, to: path, mode: 0o644)
                written += 1
            }
            if let page, FileManager.default.contents(atPath: page.path) != Data(page.content.utf8) {
                try AtomicFile.write(page.content, to: page.path, mode: 0o644)
                written += 1
            }
        } catch {
            throw failure(DocsCommandMessages.cannotWrite(to: output, reason: "\(error)"))
        }
        Terminal.standardOutput.write(
            Self.summary(
                written: written, unchanged: files.count + (page == nil ? 0 : 1) - written, output: output,
                language: language)
                + "\n")
    }

    /// What a run did, in one line: "wrote 3 files to out (9 unchanged)", or "12 files up to date in out" when
    /// nothing had to be written.
    static func summary(written: Int, unchanged: Int, output: String, language: Language) -> String {
        guard written > 0 else { return DocsCommandMessages.upToDate(unchanged, in: output).text(in: language) }
        return DocsCommandMessages.wrote(written, to: output, unchanged: unchanged).text(in: language)
    }

    /// The first existing part of `path` that is not a folder (the path itself or a parent), if any.
    static func fileBlocking(_ path: String) -> String? {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var chain = [url.path]
        while url.path != "/" && !url.path.isEmpty {
            url = url.deletingLastPathComponent()
            chain.append(url.path)
        }
        for candidate in chain.reversed() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return nil }
            if !isDirectory.boolValue { return candidate }
        }
        return nil
    }

    /// Compares the generated files with the output folder; `extra` is a file outside it (the modules page) and
    /// whether it is stale.
    private func compare(
        _ files: [RubricDocsGenerator.GeneratedFile], language: Language, extra: (path: String, isStale: Bool)?
    ) throws {
        var stale: [String] = []
        if let extra, extra.isStale { stale.append(extra.path) }
        let count = files.count + (extra == nil ? 0 : 1)
        for file in files {
            let path = output + "/" + file.path
            if FileManager.default.contents(atPath: path) != Data(file.content.utf8) { stale.append(path) }
        }
        let expected = Set(files.map { output + "/" + $0.path })
        let ext = format.fileExtension
        if let enumerator = FileManager.default.enumerator(atPath: output) {
            while let relative = enumerator.nextObject() as? String {
                let path = output + "/" + relative
                guard relative.hasSuffix("." + ext), !expected.contains(path),
                    let text = try? String(contentsOfFile: path, encoding: .utf8),
                    text.hasPrefix("<!-- Generated by hirescore docs")
                        || text.hasPrefix("<!-- Erzeugt von hirescore docs")
                else { continue }
                stale.append(path + DocsCommandMessages.leftOver.text(in: language))
            }
        }
        guard stale.isEmpty else {
            let list = stale.sorted().map { "  \($0)" }.joined(separator: "\n")
            throw CommandFailure(DocsCommandMessages.outOfDate(list), language: language)
        }
        Terminal.standardOutput.write(DocsCommandMessages.checkedUpToDate(count).text(in: language) + "\n")
    }
}
