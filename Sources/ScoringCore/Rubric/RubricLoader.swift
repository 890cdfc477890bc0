import Foundation
import YAML

/// Loads rubric files and folders, reporting every problem of every file at once.
///
/// The loader reads each file with ``YAMLReader`` (size, encoding and alias budgets apply),
/// decodes the rubric from the located tree with ``NodeDecoder`` (every error collected, none
/// fatal), checks the rubric's internal references, runs each section's scoring module's own
/// validation, and computes the content hash. Across files it reports two rubrics with the same
/// id and version.
public struct RubricLoader: Sendable {
    /// The scoring modules sections may name.
    public var registry: ModuleRegistry
    /// The YAML budgets (default: 1 MiB per file).
    public var limits: YAMLReader.Limits
    /// Where compiled rubrics are kept between runs (none by default): a file whose bytes were loaded before
    /// without any diagnostic is taken from there instead of being parsed and checked again.
    package var compiledCache: RubricCache?

    /// Creates a loader for the modules of a registry.
    public init(registry: ModuleRegistry, limits: YAMLReader.Limits = .init()) {
        self.registry = registry
        self.limits = limits
    }

    /// The result of loading one file or many.
    public struct Result: Sendable {
        /// The rubrics that loaded without errors.
        public var rubrics: [Rubric] = []
        /// Every diagnostic of every file.
        public var diagnostics: [Diagnostic] = []
        /// The text of each file read, by path, for quoting source lines.
        public var sources: [String: String] = [:]
        /// The files read.
        public var files: [String] = []

        /// Creates an empty result.
        public init() {}
    }

    /// Loads the rubric files in `paths`; a folder contributes its `.yaml` and `.yml` files (recursively, sorted).
    ///
    /// With `ids`, a file whose top-level `id:` line names another rubric is left out unread (not parsed, not
    /// checked, not in ``Result/files``); a file whose id cannot be told without parsing it is loaded as usual.
    /// A command that knows which rubrics it needs uses this and falls back to loading every file whenever the
    /// result lacks one of them.
    public func load(paths: [String], ids: Set<String>? = nil) -> Result {
        // The files are read and checked on all cores, then put together in the order of `paths`, so
        // the result is the same as reading them one after the other.
        var steps: [LoadStep] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                steps.append(
                    .diagnostic(
                        Diagnostic(
                            .error, code: .noSuchFile,
                            FileMessages.noSuchFile, file: path, hint: FileMessages.checkPathOrRubrics)))
                continue
            }
            if isDirectory.boolValue {
                let files = RubricLoader.yamlFiles(in: path)
                if files.isEmpty {
                    steps.append(
                        .diagnostic(
                            Diagnostic(.warning, code: .emptyFolder, FileMessages.noRubricFiles, file: path)))
                }
                steps += files.map(LoadStep.file)
            } else {
                steps.append(.file(path))
            }
        }
        let files = steps.compactMap { step -> String? in
            if case .file(let file) = step { return file }
            return nil
        }
        let loaded = loadConcurrently(files, ids: ids)
        var result = Result()
        var next = 0
        for step in steps {
            switch step {
            case .diagnostic(let diagnostic):
                result.diagnostics.append(diagnostic)
            case .file:
                let one = loaded[next]
                next += 1
                result.files += one.files
                result.diagnostics += one.diagnostics
                result.sources.merge(one.sources) { $1 }
                result.rubrics += one.rubrics
            }
        }
        checkDuplicates(&result)
        return result
    }

    /// A diagnostic about a path, or a file to load, in the order of the paths given.
    private enum LoadStep {
        case diagnostic(Diagnostic)
        case file(String)
    }

    /// Each file loaded on its own, on all cores; the results keep the order of `files`.
    private func loadConcurrently(_ files: [String], ids: Set<String>?) -> [Result] {
        ParallelMap.map(files.count) { index in
            var one = Result()
            loadFile(files[index], ids: ids, into: &one)
            return one
        }
    }

    /// Loads one rubric from text (for tests and tools); `path` names it in diagnostics.
    public func load(text: String, path: String) -> Result {
        var result = Result()
        load(bytes: Array(text.utf8), path: path, into: &result)
        return result
    }

    /// The `.yaml`/`.yml` files under a folder, sorted by path; hidden files and folders are skipped.
    package static func yamlFiles(in folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard
            let enumerator = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
            let relative =
                url.path.hasPrefix(base.path + "/")
                ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
            files.append(prefix + relative)
        }
        return files.sorted()
    }

    private func loadFile(_ path: String, ids: Set<String>?, into result: inout Result) {
        // Open, then check the opened file: a link is judged by what it names, a FIFO or device never blocks.
        let bytes: [UInt8]
        let read = BoundedFile.read(path, limit: limits.maximumBytes)
        if let ids, case .success(let bytes) = read, let declared = RubricDeclaration.id(in: bytes),
            !ids.contains(declared)
        {
            return
        }
        result.files.append(path)
        switch read {
        case .success(let read):
            bytes = read
        case .failure(.tooLarge(let size)):
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .tooLarge,
                    StoreMessages.fileTooLarge(size, limit: limits.maximumBytes), file: path,
                    hint: FileMessages.rubricFarSmaller))
            return
        case .failure(.notRegular):
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .notAFile, BoundedFile.Refusal.notRegular.message(limit: limits.maximumBytes),
                    file: path))
            return
        case .failure(.unreadable):
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .unreadable,
                    FileMessages.cannotBeRead, file: path, hint: FileMessages.checkExistsAndReadable))
            return
        }
        load(bytes: bytes, path: path, into: &result)
    }

    private func load(bytes: [UInt8], path: String, into result: inout Result) {
        if !result.files.contains(path) { result.files.append(path) }
        result.sources[path] = String(decoding: bytes, as: UTF8.self)
        let key = compiledCache.map { _ in RubricCache.key(for: bytes, registry: registry, limits: limits) }
        if let compiledCache, let key, let rubric = compiledCache.read(key: key, sourcePath: path) {
            result.rubrics.append(rubric)
            return
        }
        let root: YAMLNode
        do {
            root = try YAMLReader(limits: limits).read(bytes)
        } catch {
            result.diagnostics.append(Diagnostic(yamlError: error, file: path))
            return
        }
        var decoder = NodeDecoder(file: path)
        decoder.rejectUnsupportedTags(in: root, source: bytes)
        let rubric = RubricDecoding(registry: registry).decode(root, path: path, decoder: &decoder)
        result.diagnostics += decoder.diagnostics
        if let rubric, !decoder.hasErrors {
            result.rubrics.append(rubric)
            // Only a file without any diagnostic is cached: a cached rubric must never hide a warning.
            if let compiledCache, let key, decoder.diagnostics.isEmpty {
                compiledCache.write(rubric, key: key)
            }
        }
    }

    private func checkDuplicates(_ result: inout Result) {
        var seen: [String: Rubric] = [:]
        for rubric in result.rubrics {
            let key = rubric.reference
            if let first = seen[key] {
                result.diagnostics.append(
                    Diagnostic(
                        .error, code: .duplicateRubric,
                        FileMessages.duplicateRubric(rubric.id, version: rubric.version, firstFile: first.sourcePath),
                        file: rubric.sourcePath, at: rubric.idLocation, hint: FileMessages.raiseVersionOrRemoveCopy))
            } else {
                seen[key] = rubric
            }
        }
        let duplicates = Set(result.diagnostics.filter { $0.code == .duplicateRubric }.compactMap(\.file))
        result.rubrics.removeAll { duplicates.contains($0.sourcePath) }
    }
}

extension Diagnostic {
    /// A diagnostic for an error of the YAML layer.
    package init(yamlError error: YAMLError, file: String) {
        let message: LocalizedText
        var hint: LocalizedText? = error.hint.map { LocalizedText($0) }
        switch error.code {
        case .syntax:
            message = YAMLSyntaxMessages.syntaxError(error)
            if error.hint == "indent with spaces, not tabs" {
                hint = FileMessages.indentWithSpaces
            } else if error.message.contains("control character") {
                hint = FileMessages.removeControlCharacter
            }
        case .tooLarge:
            message = FileMessages.yamlTooLarge(error.message)
            hint = FileMessages.checkRightFile
        case .notUTF8:
            message = FileMessages.notUTF8(error.message)
            hint = FileMessages.saveAsUTF8
        case .multipleDocuments:
            message = FileMessages.multipleDocuments
            hint = FileMessages.oneDocumentPerFile
        case .empty:
            message = FileMessages.emptyFile
            hint = nil
        case .budgetExceeded:
            message = FileMessages.budgetExceeded(error.message)
            hint = FileMessages.removeAliases
        case .unknownAnchor:
            message = YAMLSyntaxMessages.unknownAnchor(error)
        default:
            message = FileMessages.yamlOther(error.message)
        }
        // An empty file has no line to point at: quoting an empty first line under a caret helps nobody.
        let location = error.code == .empty ? nil : error.location
        self.init(.error, code: .yaml(error.code), message, file: file, at: location, hint: hint)
        if error.code == .syntax { original = error.message }
    }
}
