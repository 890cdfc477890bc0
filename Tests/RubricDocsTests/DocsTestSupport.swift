import BuiltInModules
import Foundation
import RubricDocs
import ScoringCore
import Testing

/// Loads the fixture rubric and the shipped rubrics, and generates docs from them.
enum DocsFixtures {
    /// The `Fixtures` folder copied into the test bundle.
    static var folder: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url
    }

    /// The `Fixtures` folder in the source tree, where `HIRESCORE_UPDATE_GOLDEN=1` writes golden files.
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The root of the package, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of the small fixture rubric with the tricky text.
    static var samplePath: String { folder.appendingPathComponent("rubrics/docs-sample.yaml").path }

    /// Loads rubric files or folders; records an issue for every error diagnostic.
    static func load(_ paths: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Rubric] {
        let result = RubricLoader(registry: BuiltInModules.registry).load(paths: paths)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "the rubrics have errors: \(errors)", sourceLocation: sourceLocation)
        return result.rubrics
    }

    /// The fixture rubric.
    static func sample(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Rubric {
        let rubrics = load([samplePath], sourceLocation: sourceLocation)
        return try #require(rubrics.first, "the fixture rubric did not load", sourceLocation: sourceLocation)
    }

    /// The shipped rubrics in the package's `rubrics` folder.
    static func shipped(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Rubric] {
        load([packageRoot.appendingPathComponent("rubrics").path], sourceLocation: sourceLocation)
    }

    /// A generator for the built-in modules.
    static func generator() throws -> RubricDocsGenerator {
        try RubricDocsGenerator(registry: BuiltInModules.registry)
    }

    /// Every file for `rubrics` in both languages and `format`, by path.
    static func generate(_ rubrics: [Rubric], format: DocsFormat, languages: [Language] = [.de, .en]) throws -> [String:
        String]
    {
        let files = try generator().generate(rubrics: rubrics, languages: languages, format: format)
        var byPath: [String: String] = [:]
        for file in files {
            #expect(byPath[file.path] == nil, "\(file.path) is generated twice")
            byPath[file.path] = file.content
        }
        return byPath
    }
}

/// Escaping as the reader's renderer needs it, written independently of the generator.
enum Escaped {
    /// Markdown: a backslash before every character with a meaning, line breaks as spaces.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]#|<>".contains(character) {
                result += "\\" + String(character)
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                result += " "
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// HTML text.
    static func html(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` escaped for `format`.
    static func text(_ text: String, for format: DocsFormat) -> String {
        format == .markdown ? markdown(text) : html(text)
    }
}
