import BuiltInModules
import Foundation
import RubricDocs
import ScoringCore
import Testing

/// Module pages, the index and the HTML output.
@Suite struct DocsPagesTests {
    @Test(
        "each module page lists every worked example of its module", arguments: [Language.de, .en], DocsFormat.allCases)
    func modulePagesListExamples(language: Language, format: DocsFormat) throws {
        let files = try DocsFixtures.generate([DocsFixtures.sample()], format: format, languages: [language])
        let modules = BuiltInModules.registry.modules
        #expect(modules.count == BuiltInModules.all.count)
        for module in modules {
            let path = "modules/\(module.id).\(language.rawValue).\(format.fileExtension)"
            let page = try #require(files[path], "\(path) was not generated")
            #expect(
                page.contains(Escaped.text(module.name.text(in: language), for: format)),
                "\(path) does not name the module")
            let examples = module.documentation.examples
            #expect(!examples.isEmpty, "\(module.id) has no examples")
            for example in examples {
                let title = Escaped.text(example.title.text(in: language), for: format)
                let row = format == .markdown ? "\n| \(title) | " : "<tr><td>\(title)</td>"
                #expect(page.contains(row), "\(path) does not list the example '\(example.title.text(in: language))'")
            }
        }
    }

    @Test(
        "the index lists every rubric with id, version and hash, and links its guide and sheet",
        arguments: [Language.de, .en], DocsFormat.allCases)
    func indexListsRubrics(language: Language, format: DocsFormat) throws {
        let rubrics = try DocsFixtures.shipped() + [DocsFixtures.sample()]
        #expect(rubrics.count == 6)
        let files = try DocsFixtures.generate(rubrics, format: format, languages: [language])
        let ext = format.fileExtension
        let index = try #require(files["index.\(language.rawValue).\(ext)"])
        let lines = index.split(separator: "\n")
        for rubric in rubrics {
            let start =
                format == .markdown
                ? "| `\(rubric.id)` | \(rubric.version) | "
                : "<tr><td><code>\(rubric.id)</code></td><td>\(rubric.version)</td>"
            let row = try #require(lines.first { $0.hasPrefix(start) }, "the index has no row for \(rubric.reference)")
            #expect(row.contains(rubric.hash), "the row of \(rubric.id) lacks its hash")
            #expect(row.contains(Escaped.text(rubric.title.text(in: language.rawValue), for: format)))
            for kind in ["guide", "sheet"] {
                let target = "\(rubric.id)/\(kind).\(language.rawValue).\(ext)"
                #expect(
                    row.contains(format == .markdown ? "](\(target))" : "href=\"\(target)\""),
                    "the row of \(rubric.id) does not link \(target)")
                #expect(files[target] != nil, "the index links \(target), which is not generated")
            }
        }
        for module in BuiltInModules.registry.ids {
            let page = "modules/\(module).\(language.rawValue).\(ext)"
            #expect(index.contains(page) && files[page] != nil, "the index does not link \(page)")
        }
    }

    @Test(
        "HTML is self-contained, has the language of the file, and the sheet prints on A4",
        arguments: [Language.de, .en])
    func htmlSelfContained(language: Language) throws {
        let files = try DocsFixtures.generate(
            DocsFixtures.shipped() + [DocsFixtures.sample()], format: .html, languages: [language])
        // Guide and sheet of 6 rubrics, a page per built-in module, the index, and a guide and sheet per stage of the
        // shipped rubrics' plans.
        let stages = DocsFixtures.shipped().reduce(0) { $0 + $1.plan.count }
        #expect(files.count == 6 * 2 + BuiltInModules.all.count + 1 + stages * 2)
        for (path, content) in files {
            let lowered = content.lowercased()
            for reference in ["http://", "https://", "<script", "<link", " src=", "url(", "@import"] {
                #expect(!lowered.contains(reference), "\(path) contains \(reference)")
            }
            #expect(
                content.contains("<html lang=\"\(language.rawValue)\">"),
                "\(path) does not declare lang=\"\(language.rawValue)\"")
            #expect(content.contains("<meta charset=\"utf-8\">"), "\(path) does not declare its encoding")
            #expect(content.contains("<style>"), "\(path) carries no style")
            if path.hasSuffix("/sheet.\(language.rawValue).html") {
                #expect(content.contains("@page { size: A4"), "\(path) has no A4 page rule")
            }
        }
        #expect(files.keys.filter { $0.hasSuffix("/sheet.\(language.rawValue).html") }.count == 6 + stages)
    }
}
