import Foundation
import ScoringCore
import Testing
import YAML

/// The content hash that scorecards pin: presentation does not change it, meaning does.
@Suite("Rubric content hash")
struct RubricHashTests {
    /// The hash of a rubric text, which must load without errors.
    private func hash(of text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let loaded = RubricFixtures.load(text: text, path: "hash.yaml")
        #expect(!loaded.result.diagnostics.hasErrors, "\(loaded.rendered())", sourceLocation: sourceLocation)
        return try #require(loaded.result.rubrics.first, sourceLocation: sourceLocation).hash
    }

    /// The base fixture with each `(old, new)` replacement applied; each `old` must occur exactly once.
    private func variant(_ replacements: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws -> String
    {
        var text = try RubricFixtures.text("rubrics/valid-minimal.yaml")
        for (old, new) in replacements {
            #expect(
                text.components(separatedBy: old).count == 2, "'\(old)' must occur once", sourceLocation: sourceLocation
            )
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    private var baseHash: String {
        get throws { try hash(of: try variant([])) }
    }

    @Test("the hash is 'sha256:' and 64 lowercase hex digits")
    func format() throws {
        let value = try baseHash
        #expect(value.hasPrefix("sha256:"))
        let digits = value.dropFirst("sha256:".count)
        #expect(digits.count == 64)
        #expect(digits.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) })
    }

    @Test("the hash is the SHA-256 of the canonical form, and stays stable across releases")
    func pinned() throws {
        let text = try RubricFixtures.text("rubrics/valid-minimal.yaml")
        let root = try YAMLReader().read(text)
        #expect(try baseHash == CanonicalForm.hash(of: root))
        #expect(try baseHash == "sha256:" + ContentDigest.hexDigest(CanonicalForm.text(of: root)))
        // Scorecards store this value; if it changes, every stored scorecard stops matching its rubric.
        let value = try baseHash
        // (Changed once on purpose for issue 14: the fixture gained the knock-out rationales, the decision rationale and
        // equal section weights.)
        #expect(value == "sha256:0019b367b54e62b63b4d39fe64d202741f57480c5db6d7b3547e38b0f113d8c4")
    }

    @Test("the canonical form sorts keys, drops presentation and writes numbers in one form")
    func canonicalText() throws {
        let root = try YAMLReader().read("b: 1.0   # one\na: 'x'\nc: [+2, \"2\", ~]\n")
        #expect(CanonicalForm.text(of: root) == #"{s:"a":s:"x",s:"b":n:1,s:"c":[n:2,s:"2",null]}"#)
    }

    @Test("reordered keys keep the hash")
    func reorderedKeys() throws {
        let text = try variant([
            ("id: valid-minimal\nversion: 1\n", "version: 1\nid: valid-minimal\n"),
            (
                "title: {de: Kundenorientierung, en: Customer orientation}",
                "title: {en: Customer orientation, de: Kundenorientierung}"
            ),
            (
                "        title: {de: Klarheit, en: Clarity}\n        measures: [speak-clearly]\n",
                "        measures: [speak-clearly]\n        title: {de: Klarheit, en: Clarity}\n"
            ),
            ("    no: 2.5\n    yes: 3.3\n    strong-yes: 4.2\n", "    strong-yes: 4.2\n    no: 2.5\n    yes: 3.3\n"),
        ])
        #expect(try hash(of: text) == baseHash)
    }

    @Test("added comments keep the hash")
    func comments() throws {
        let text = try variant([
            ("version: 1\n", "version: 1 # raise when the meaning changes\n"),
            ("\nsections:\n", "\n# The scored sections.\nsections:\n  # customer orientation first\n"),
            (
                "          3: {de: Klar., en: Clear.}\n",
                "          # the middle of the scale\n          3: {de: Klar., en: Clear.}\n"
            ),
        ])
        #expect(try hash(of: text) == baseHash)
    }

    @Test("changed whitespace, flow or block style and quoting keep the hash")
    func presentation() throws {
        let text = try variant([
            ("owner: HireScore tests\n", "owner: \"HireScore tests\"\n"),
            ("role-family: testing\n", "role-family: 'testing'\n"),
            ("languages: [de, en]\n", "languages:\n  - de\n  - en\n"),
            (
                "    title: {de: Fachwissen, en: Technical depth}\n",
                "    title:\n      de:   Fachwissen\n      en: 'Technical depth'\n"
            ),
            ("Customer orientation}\n    weight: 30\n", "Customer orientation}\n    weight:     30\n\n\n"),
            ("          1: {de: Unklar., en: Unclear.}\n", "          1: {  de: \"Unklar.\" ,   en: Unclear. }\n"),
        ])
        #expect(try hash(of: text) == baseHash)
    }

    @Test("weight: 1 and weight: 1.0 are the same number")
    func equalNumbers() throws {
        let one = try variant([
            ("        measures: [speak-clearly]\n", "        weight: 1\n        measures: [speak-clearly]\n")
        ])
        let onePointZero = try variant([
            ("        measures: [speak-clearly]\n", "        weight: 1.0\n        measures: [speak-clearly]\n")
        ])
        #expect(try hash(of: one) == hash(of: onePointZero))
        let twoPointZero = try variant([("        weight: 2\n", "        weight: 2.0\n")])
        #expect(try hash(of: twoPointZero) == baseHash)
    }

    @Test("a changed anchor text changes the hash")
    func changedAnchor() throws {
        let text = try variant([("5: {de: Glasklar., en: Crystal clear.}", "5: {de: Glasklar., en: Crystal-clear.}")])
        #expect(try hash(of: text) != baseHash)
    }

    @Test("a changed weight changes the hash")
    func changedWeight() throws {
        let section = try variant([
            ("Customer orientation}\n    weight: 30\n", "Customer orientation}\n    weight: 45\n")
        ])
        let criterion = try variant([("        weight: 2\n", "        weight: 2.5\n")])
        #expect(try hash(of: section) != baseHash)
        #expect(try hash(of: criterion) != baseHash)
        #expect(try hash(of: section) != hash(of: criterion))
    }
}
