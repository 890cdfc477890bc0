import Foundation
import ScoringCore
import Testing

/// The id a rubric file declares, told without parsing it: certain or nil, and a selective load that leaves the
/// other rubric files unread.
@Suite("Rubric declaration")
struct RubricDeclarationTests {
    /// File text and the id the scan may take as certain (nil: the file must be parsed).
    static let scenarios: [(text: String, id: String?, line: UInt)] = [
        ("format: hirescore/rubric@1\nid: claims-handler\nversion: 3\n", "claims-handler", #line),
        ("# comment\n\nid: claims-handler # the id\nversion: 3\n", "claims-handler", #line),
        ("id:   it.service_desk-2\r\nversion: 1\r\n", "it.service_desk-2", #line),
        ("identity: x\nid: a\nidle: y\n", "a", #line),
        ("description: |\n  id: inside a block scalar\nid: a\n", "a", #line),
        ("version: 3\n", nil, #line),  // no id line
        ("id: a\nid: b\n", nil, #line),  // two id lines: the parser decides (an error)
        ("id: \"claims-handler\"\n", nil, #line),  // quoted value
        ("id: &x claims-handler\n", nil, #line),  // anchor
        ("id: claims-handler extra\n", nil, #line),
        ("id:claims-handler\n", nil, #line),  // a plain scalar, not a key
        ("id : claims-handler\n", nil, #line),
        ("id:\n", nil, #line),
        ("id: a\n\"id\": b\n", nil, #line),  // a quoted key could be the real id
        ("id: a\n? id\n: b\n", nil, #line),  // a complex key
        ("{id: a}\n", nil, #line),  // a flow mapping
        ("id: a\n<<: *base\n", nil, #line),  // a merge key
        ("---\nid: a\n", nil, #line),  // a document marker
        ("id: a\n---\nid: b\n", nil, #line),
        ("\u{FEFF}id: a\n", nil, #line),  // a byte order mark
        ("id: a\n\tversion: 1\n", nil, #line),  // a tab at column 0
        ("- id: a\n", nil, #line),  // a sequence
    ]

    @Test("the id is taken only where it is certain", arguments: scenarios.indices)
    func declaredID(index: Int) {
        let scenario = Self.scenarios[index]
        #expect(
            RubricDeclaration.id(in: Array(scenario.text.utf8)) == scenario.id,
            sourceLocation: SourceLocation(
                fileID: #fileID, filePath: #filePath, line: Int(scenario.line), column: 1))
    }

    @Test("the scan agrees with the parser on every shipped rubric")
    func shippedRubrics() throws {
        let loaded = RubricFixtures.load([RubricFixtures.packageRoot + "/rubrics"]).result
        #expect(loaded.rubrics.count == 5)
        for rubric in loaded.rubrics {
            let bytes = try #require(FileManager.default.contents(atPath: rubric.sourcePath))
            #expect(RubricDeclaration.id(in: Array(bytes)) == rubric.id)
        }
    }

    @Test("a selective load reads the rubric asked for and every file it cannot rule out, and no other")
    func selectiveLoad() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hirescore-declaration-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shipped = RubricFixtures.packageRoot + "/rubrics/"
        for name in ["claims-handler.yaml", "sales-back-office.yaml"] {
            try FileManager.default.copyItem(atPath: shipped + name, toPath: folder + "/" + name)
        }
        try "id: [broken\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        try "id: other-rubric\nversion: [\n".write(toFile: folder + "/other.yaml", atomically: true, encoding: .utf8)
        let loader = RubricFixtures.loader
        let selected = loader.load(paths: [folder], ids: ["claims-handler"])
        #expect(selected.files == [folder + "/broken.yaml", folder + "/claims-handler.yaml"])
        #expect(selected.rubrics.map(\.reference) == ["claims-handler@3"])
        #expect(selected.diagnostics.map(\.file) == [folder + "/broken.yaml"])
        // The rubric loaded alone is the same rubric, hash and all.
        let all = loader.load(paths: [folder])
        #expect(all.files.count == 4)
        #expect(all.rubrics.first { $0.id == "claims-handler" }?.hash == selected.rubrics.first?.hash)
    }
}
