import Testing

@testable import YAML

/// Texts that are hard to write as YAML: each must read back exactly when written with style `.any`.
let trickyTexts: [String] = [
    "yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "False", "null", "Null", "NULL", "~", "",
    "3", "-7", "+1", "007", "1.5", "-0", "1e3", ".5", ".inf", "-.inf", ".nan", "0x1F", "1_000",
    "2026-01-01", "2026-13-45", "12:30", "1:2:3",
    ": colon", "colon: inside", "ends with colon:", "- dash", "-", "--", "---", "...", "? question", "# hash",
    "not # a comment", "#", "&anchor", "*alias", "!tag", "!!str", "%percent", "@at", "`backtick", "|pipe", ">greater",
    "[not, a, list]", "{not: a map}", "]", "}", ",comma", "<script>alert('x')</script>", "a & b < c > d",
    "it's", "'single'", "\"double\"", "say \"hi\" and 'bye'", "back\\slash", "\\n is not a newline", "C:\\path\\to",
    "line1\nline2", "line1\nline2\n", "ends with two newlines\n\n", "\n", "\n\n", "\nstarts with newline",
    "trailing spaces   ", "   leading spaces", " ", "   ", "trailing space before newline \nnext",
    "  indented first line\nsecond", "first\n  indented second", "line\n\n\nwith blank lines",
    "Zürich Müller Ärger ß", "日本語のテキスト", "emoji 😀 and 👩‍💻 and 🇨🇭", "e\u{301} combining",
    "tab\tcharacter", "\tleading tab", "trailing tab\t", "tab\n\tin block",
    "crlf\r\nline", "carriage\rreturn", "nul\u{0}byte", "bell\u{7}", "next line\u{85}char", "line sep\u{2028}char",
    "bom\u{FEFF}inside", "zero\u{200B}width",
    String(repeating: "x", count: 2_000),
    Array(repeating: "word", count: 400).joined(separator: " "),
    String(repeating: "ä ", count: 1_000),
    Array(repeating: "a long line with spaces", count: 100).joined(separator: "\n"),
]

@Suite("YAMLWriter")
struct YAMLWriterTests {
    let writer = YAMLWriter()

    @Test(arguments: trickyTexts)
    func textRoundTripsAsAMappingValue(text: String) throws {
        let yaml = try writer.write(.mapping([("value", .string(text))]))
        let root = try YAMLReader().read(yaml)
        #expect(try root["value"]?.text() == text, "written as \(yaml.debugDescription)")
        #expect(root.mapping?.count == 1)
        #expect(yaml.hasSuffix("\n"))
    }

    @Test(arguments: trickyTexts)
    func textRoundTripsAsAKeyASequenceItemAndTheRoot(text: String) throws {
        let node = YAMLNode.mapping([(text, .sequence([.string(text), .string("after")]))])
        let yaml = try writer.write(node)
        let root = try YAMLReader().read(yaml)
        let pair = try #require(root.mapping?.first, "written as \(yaml.debugDescription)")
        #expect(try pair.key.text() == text, "written as \(yaml.debugDescription)")
        #expect(
            try pair.value.sequence?.map { try $0.text() } == [text, "after"], "written as \(yaml.debugDescription)")

        let scalarYAML = try writer.write(.string(text))
        #expect(try YAMLReader().read(scalarYAML).text() == text, "written as \(scalarYAML.debugDescription)")
    }

    @Test(arguments: ["yes", "no", "true", "false", "null", "~", "", "3", "1.5", "-0", "2026-01-01", ".inf", ".nan"])
    func textThatLooksTypedIsQuotedSoItStaysText(text: String) throws {
        let yaml = try writer.write(.mapping([("value", .string(text))]))
        #expect(yaml == "value: \"\(text)\"\n")
        let node = try #require(try YAMLReader().read(yaml)["value"])
        #expect(node.scalar?.style == .doubleQuoted)
        #expect(node.scalar?.isNull == false)
        #expect(throws: YAMLError.self) { try node.integer() }
        #expect(throws: YAMLError.self) { try node.decimal() }
        #expect(throws: YAMLError.self) { try node.boolean() }
    }

    @Test func plainTextIsWrittenPlainly() throws {
        #expect(try writer.write(.mapping([("id", .string("claims-handler"))])) == "id: claims-handler\n")
        #expect(try writer.write(.string("hello world")) == "hello world\n")
    }

    @Test func multiLineTextIsALiteralBlock() throws {
        let yaml = try writer.write(.mapping([("notes", .string("first\nsecond"))]))
        #expect(yaml == "notes: |-\n  first\n  second\n")
        let node = try #require(try YAMLReader().read(yaml)["notes"])
        #expect(node.scalar == YAMLScalar("first\nsecond", style: .literal))
        #expect(try writer.write(.mapping([("notes", .string("a\nb\n"))])) == "notes: |\n  a\n  b\n")
    }

    @Test func nestedMappingsAndSequencesRoundTrip() throws {
        let document = YAMLNode.mapping([
            ("id", .string("claims-handler")),
            ("weights", .mapping([("clarity", .string("two")), ("empathy", .string("3"))])),
            (
                "items",
                .sequence([.string("a"), .mapping([("k", .string("v")), ("list", .sequence([.string("x")]))])])
            ),
            ("empty list", .sequence([])),
            ("empty map", .mapping([])),
            ("nested", .sequence([.sequence([.string("deep"), .sequence([])])])),
        ])
        let yaml = try writer.write(document)
        #expect(
            yaml == """
                id: claims-handler
                weights:
                  clarity: two
                  empathy: "3"
                items:
                - a
                - k: v
                  list:
                  - x
                empty list: []
                empty map: {}
                nested:
                - - deep
                  - []

                """)
        let root = try YAMLReader().read(yaml)
        #expect(stripped(root) == stripped(document))
        #expect(root["items"]?.sequence?[1].location == at(7, 3))
        #expect(root["weights"]?["empathy"]?.location == at(4, 12))
    }

    @Test func numbersAndBooleansWrittenPlainReadBackTyped() throws {
        func plainScalar(_ text: String) -> YAMLNode { YAMLNode(.scalar(YAMLScalar(text, style: .plain))) }
        let document = YAMLNode.mapping([
            ("count", plainScalar("3")),
            ("negative", plainScalar("-12")),
            ("weight", plainScalar("1.5")),
            ("small", plainScalar("2.5e-3")),
            ("flag", plainScalar("true")),
            ("nothing", plainScalar("null")),
        ])
        let yaml = try writer.write(document)
        #expect(yaml == "count: 3\nnegative: -12\nweight: 1.5\nsmall: 2.5e-3\nflag: true\nnothing: null\n")
        let root = try YAMLReader().read(yaml)
        #expect(try root["count"]?.integer() == 3)
        #expect(try root["negative"]?.integer() == -12)
        #expect(try root["weight"]?.decimal() == 1.5)
        #expect(try root["small"]?.decimal() == 0.0025)
        #expect(try root["flag"]?.boolean() == true)
        #expect(root["nothing"]?.scalar?.isNull == true)
    }

    @Test(arguments: [
        (YAMLScalar.Style.singleQuoted, "v: 'x'\n"),
        (.doubleQuoted, "v: \"x\"\n"),
        (.literal, "v: |-\n  x\n"),
        (.folded, "v: >-\n  x\n"),
        (.plain, "v: x\n"),
        (.any, "v: x\n"),
    ])
    func explicitStylesAreUsed(style: YAMLScalar.Style, expected: String) throws {
        let yaml = try writer.write(.mapping([("v", YAMLNode(.scalar(YAMLScalar("x", style: style))))]))
        #expect(yaml == expected)
        #expect(try YAMLReader().read(yaml)["v"]?.scalar == YAMLScalar("x", style: style == .any ? .plain : style))
    }

    @Test func plainStyleFallsBackToQuotesWhenTheTextNeedsThem() throws {
        let text = "- not: plain # really"
        let yaml = try writer.write(.mapping([("v", YAMLNode(.scalar(YAMLScalar(text, style: .plain))))]))
        #expect(try YAMLReader().read(yaml)["v"]?.text() == text)
    }

    @Test func everyOutputEndsWithANewlineAndReadsBack() throws {
        for node in [
            YAMLNode.string("x"), .string(""), .sequence([]), .mapping([]), .sequence([.string("a")]),
            .mapping([("k", .string("line\n"))]), .string("a\nb\n\n"),
        ] {
            let yaml = try writer.write(node)
            #expect(yaml.hasSuffix("\n"), "\(yaml.debugDescription)")
            #expect(stripped(try YAMLReader().read(yaml)) == stripped(node), "\(yaml.debugDescription)")
        }
        // Text that keeps trailing line breaks makes the document open-ended, so it is closed with `...`.
        #expect(try writer.write(.string("a\nb\n\n")) == "|+\n  a\n  b\n\n...\n")
        #expect(try writer.write(.sequence([])) == "[]\n")
        #expect(try writer.write(.mapping([])) == "{}\n")
        #expect(try writer.write(.string("")) == "\"\"\n")
    }

    @Test func longTextRoundTripsAndLongLinesAreWrapped() throws {
        let text = Array(repeating: "word", count: 400).joined(separator: " ")
        let yaml = try writer.write(.mapping([("long", .string(text))]))
        #expect(yaml.split(separator: "\n").allSatisfy { $0.count <= 120 }, "\(yaml)")
        #expect(try YAMLReader().read(yaml)["long"]?.text() == text)
    }

    @Test func deepTreesAreWrittenWithoutRecursion() throws {
        var node = YAMLNode.string("bottom")
        for _ in 0..<500 { node = .sequence([node]) }
        let yaml = try writer.write(node)
        let root = try YAMLReader(limits: .init(maximumDepth: 600)).read(yaml)
        var depth = 0
        var current = root
        while let first = current.sequence?.first {
            current = first
            depth += 1
        }
        #expect(depth == 500)
        #expect(current.scalar?.text == "bottom")
    }

    @Test func readAnotherDocumentWrittenAgainIsStable() throws {
        let source = """
            id: "claims-handler"
            notes: |
              Line one.
              Line two.
            flags: [yes, 'no', "~"]
            """
        let first = try YAMLReader().read(source)
        let yaml = try writer.write(first)
        let second = try YAMLReader().read(yaml)
        #expect(stripped(second) == stripped(first))
        #expect(try writer.write(second) == yaml)
    }

    @Test func wouldReadAsNonTextClassifiesTypedLookingText() {
        for text in ["", "~", "null", "1", "-1.5e3", "2026-01-01", "TRUE", "Off", ".NaN"] {
            #expect(YAMLWriter.wouldReadAsNonText(text), "\(text)")
        }
        for text in ["hello", "1_000", "0x1F", "2026-1-1", "nulls", "truth"] {
            #expect(!YAMLWriter.wouldReadAsNonText(text), "\(text)")
        }
    }
}

/// The node's content with locations, tags and styles removed, to compare trees read and built.
private func stripped(_ node: YAMLNode) -> YAMLNode {
    switch node.content {
    case .scalar(let scalar):
        return YAMLNode(.scalar(YAMLScalar(scalar.text, style: .any)))
    case .sequence(let items):
        return YAMLNode(.sequence(items.map(stripped)))
    case .mapping(let pairs):
        return YAMLNode(.mapping(pairs.map { YAMLPair(key: stripped($0.key), value: stripped($0.value)) }))
    }
}
