import Foundation
import RubricDocs
import Testing

/// The templates compiled into the binary match their editable source, `Sources/RubricDocs/Templates/*.mustache`.
@Suite struct EmbeddedTemplatesTests {
    static let templatesFolder = DocsFixtures.packageRoot.appendingPathComponent("Sources/RubricDocs/Templates")
    static let regenerate =
        "run `swift scripts/embed-templates.swift` to regenerate Sources/RubricDocs/EmbeddedTemplates.swift"

    @Test("EmbeddedTemplates.swift holds every .mustache file byte for byte, and nothing else")
    func embeddedTemplatesAreCurrent() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path)
            .filter { $0.hasSuffix(".mustache") }
            .sorted()
        try #require(!names.isEmpty, "no templates in \(Self.templatesFolder.path)")
        let embedded = EmbeddedTemplates.all
        #expect(
            embedded.map { $0.name + ".mustache" } == names,
            "the template files and the embedded ones differ; \(Self.regenerate)")
        for name in names {
            let source = try #require(
                FileManager.default.contents(atPath: Self.templatesFolder.appendingPathComponent(name).path))
            let text = embedded.first { $0.name + ".mustache" == name }?.text
            #expect(text.map { Data($0.utf8) } == source, "\(name) differs from its embedded copy; \(Self.regenerate)")
        }
    }
}
