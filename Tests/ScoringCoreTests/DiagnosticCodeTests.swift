import BuiltInModules
import Foundation
import ScoringCore
import Testing
import YAML

/// The documented list of diagnostic codes: complete, well-formed, and the same as the committed
/// `docs/diagnostics.md`. `HIRESCORE_UPDATE_GOLDEN=1` rewrites the page.
@Suite struct DiagnosticCodeTests {
    static let page = RubricFixtures.packageRoot + "/docs/diagnostics.md"
    static let registry = BuiltInModules.diagnosticCodes.flatMap(\.codes)

    @Test("docs/diagnostics.md is the page generated from the registry")
    func pageIsCurrent() throws {
        let generated = DiagnosticReference.markdown(BuiltInModules.diagnosticCodes)
        if ProcessInfo.processInfo.environment["HIRESCORE_UPDATE_GOLDEN"] == "1" {
            try generated.write(toFile: Self.page, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: Self.page, encoding: .utf8)
        #expect(
            committed == generated,
            "docs/diagnostics.md is out of date: HIRESCORE_UPDATE_GOLDEN=1 swift test --filter DiagnosticCodeTests")
    }

    @Test("each code is listed once, kebab-case, with a meaning and an example as printed")
    func everyCodeIsDocumented() {
        var seen: Set<String> = []
        for code in Self.registry {
            #expect(seen.insert(code.rawValue).inserted, "\(code) is listed twice")
            #expect(code.rawValue.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(code) is not kebab-case")
            #expect(code.meaning.hasSuffix("."), "the meaning of \(code) is not a sentence")
            #expect(
                code.example.firstMatch(of: /^[^ :]+(:\d+:\d+)?: (error|warning): \S/) != nil,
                "the example of \(code) is not a diagnostic as printed: \(code.example)")
        }
    }

    /// Every `static let … = DiagnosticCode("name"` in the sources: what a new code must add to the registry.
    static func declaredCodes() throws -> [String: String] {
        var declared: [String: String] = [:]
        let root = RubricFixtures.packageRoot + "/Sources"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for match in text.matches(of: /DiagnosticCode\(\s*"([^"\\]*)"/) { declared[String(match.1)] = file }
        }
        return declared
    }

    @Test("every code declared in the sources is in the registry, and the registry holds no other")
    func registryIsComplete() throws {
        let declared = try Self.declaredCodes()
        let listed = Set(Self.registry.map(\.rawValue))
        for (code, file) in declared.sorted(by: { $0.key < $1.key }) {
            #expect(listed.contains(code), "\(code) (\(file)) is not in BuiltInModules.diagnosticCodes")
        }
        #expect(listed.subtracting(declared.keys).isEmpty)
        #expect(declared.count == 99)
    }

    @Test("a diagnostic made from a YAML reader error has a documented code")
    func yamlCodes() {
        let listed = Set(Self.registry)
        let codes: [YAMLError.Code] = [
            .syntax, .tooLarge, .notUTF8, .multipleDocuments, .empty, .budgetExceeded, .unknownAnchor, .emitter,
        ]
        for code in codes {
            #expect(listed.contains(DiagnosticCode.yaml(code)), "\(code)")
            #expect(DiagnosticCode.yaml(code).rawValue == "yaml-" + code.name)
        }
    }
}
