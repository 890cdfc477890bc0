import Foundation
import Testing

@testable import YAML

@Suite("YAMLReader: tree shape and locations")
struct YAMLReaderTests {
    @Test func scalarRootHasItsTextStyleAndLocation() throws {
        let root = try read("hello world\n")
        #expect(root.scalar == YAMLScalar("hello world", style: .plain))
        #expect(root.location == at(1, 1))
        #expect(root.tag == nil)
        #expect(root.kindName == "scalar")
    }

    @Test func mappingKeysAndValuesAreLocated() throws {
        let root = try read(
            """
            id: claims-handler
            title:   Claims Handler
            # a comment line
            owner: team-a
            """)
        let pairs = try #require(root.mapping)
        #expect(root.location == at(1, 1))
        #expect(pairs.map { $0.key.scalar?.text } == ["id", "title", "owner"])
        #expect(pairs.map(\.key.location) == [at(1, 1), at(2, 1), at(4, 1)])
        #expect(pairs.map(\.value.location) == [at(1, 5), at(2, 10), at(4, 8)])
        #expect(pairs.map { $0.value.scalar?.text } == ["claims-handler", "Claims Handler", "team-a"])
    }

    @Test func nestedMappingsAreLocatedAtTheirFirstKey() throws {
        let root = try read(
            """
            rubric:
              weights:
                clarity: 2
                empathy:   3
              scale: [1, 5]
            """)
        let rubric = try #require(root["rubric"])
        #expect(rubric.location == at(2, 3))
        let weights = try #require(rubric["weights"])
        #expect(weights.kindName == "mapping")
        #expect(weights.location == at(3, 5))
        let weightPairs = try #require(weights.mapping)
        #expect(weightPairs.map(\.key.location) == [at(3, 5), at(4, 5)])
        #expect(weights["clarity"]?.location == at(3, 14))
        #expect(weights["empathy"]?.location == at(4, 16))
        #expect(weights["empathy"]?.scalar?.text == "3")
        let scale = try #require(rubric["scale"])
        #expect(scale.location == at(5, 10))
        #expect(scale.sequence?.map(\.location) == [at(5, 11), at(5, 14)])
    }

    @Test func blockSequencesAreLocated() throws {
        let root = try read(
            """
            items:
              - first
              -   second
              - key: value
                other: 2
            flat:
            - x
            """)
        let items = try #require(root["items"]?.sequence)
        #expect(root["items"]?.location == at(2, 3))
        #expect(items.count == 3)
        #expect(items[0].location == at(2, 5))
        #expect(items[1].location == at(3, 7))
        #expect(items[2].location == at(4, 5))
        #expect(items[2]["other"]?.location == at(5, 12))
        #expect(items[2]["other"]?.scalar?.text == "2")
        // An indentless sequence starts at its dash in column 1.
        #expect(root["flat"]?.location == at(7, 1))
        #expect(root["flat"]?.sequence?.first?.location == at(7, 3))
    }

    @Test func flowCollectionsAreLocatedAtTheirBracket() throws {
        let root = try read("a: {b: [1, {c: d}], e: f}\n")
        let a = try #require(root["a"])
        #expect(a.location == at(1, 4))
        #expect(a["b"]?.location == at(1, 8))
        let inner = try #require(a["b"]?.sequence?[1])
        #expect(inner.location == at(1, 12))
        #expect(inner["c"]?.location == at(1, 16))
        #expect(a["e"]?.location == at(1, 24))
    }

    @Test(arguments: [
        ("名前: 値\n", 5, "値"),
        ("ä: ö\n", 4, "ö"),
        ("😀: x\n", 4, "x"),
        ("👩‍💻 dev: x\n", 10, "x"),  // woman, zero-width joiner, laptop: three scalars before " dev: "
        ("e\u{301}: é\n", 5, "é"),  // e and a combining acute accent are two Unicode scalars
        ("key: x\n", 6, "x"),
    ])
    func columnsCountUnicodeScalarsNotBytes(text: String, valueColumn: Int, valueText: String) throws {
        let pairs = try #require(try read(text).mapping)
        #expect(pairs[0].value.location == at(1, valueColumn))
        #expect(pairs[0].value.scalar?.text == valueText)
    }

    @Test func multiByteCharactersEarlierOnTheLineShiftColumnsByCharacters() throws {
        let root = try read("ü: [ßß, 日本, 😀]\nnext: 1\n")
        let items = try #require(root["ü"]?.sequence)
        #expect(root["ü"]?.location == at(1, 4))
        #expect(items.map(\.location) == [at(1, 5), at(1, 9), at(1, 13)])
        #expect(items.map { $0.scalar?.text } == ["ßß", "日本", "😀"])
        #expect(root["next"]?.location == at(2, 7))
    }

    @Test func utf8ByteOrderMarkIsSkippedAndNotCountedAsAColumn() throws {
        let root = try YAMLReader().read(try fixture("bom", "yaml"))
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar?.text } == ["id", "title"])
        #expect(pairs[0].key.location == at(1, 1))
        #expect(pairs[0].value.location == at(1, 5))
        #expect(pairs[0].value.scalar?.text == "bom-file")
        #expect(pairs[1].value.location == at(2, 8))
        #expect(pairs[1].value.scalar?.text == "Über")
    }

    @Test func byteOrderMarkBeforeAScalarRoot() throws {
        let root = try YAMLReader().read([0xEF, 0xBB, 0xBF] + Array("just text".utf8))
        #expect(root.scalar?.text == "just text")
        #expect(root.location == at(1, 1))
    }

    @Test func crlfLineEndsLeaveNoCarriageReturnsAndKeepLocations() throws {
        let root = try YAMLReader().read(try fixture("crlf", "yaml"))
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar?.text } == ["id", "notes", "folded", "quoted", "plain", "list"])
        #expect(pairs.map(\.key.location) == [at(1, 1), at(2, 1), at(5, 1), at(8, 1), at(10, 1), at(12, 1)])
        #expect(root["id"]?.scalar?.text == "crlf-file")
        #expect(root["notes"]?.scalar == YAMLScalar("first line\nsecond line\n", style: .literal))
        #expect(root["folded"]?.scalar == YAMLScalar("one two\n", style: .folded))
        #expect(root["quoted"]?.scalar == YAMLScalar("a b", style: .doubleQuoted))
        #expect(root["plain"]?.scalar == YAMLScalar("multi line", style: .plain))
        #expect(root["list"]?.sequence?.map { $0.scalar?.text } == ["x", "y"])
        #expect(root["list"]?.sequence?.map(\.location) == [at(13, 5), at(14, 5)])
        #expect(root["notes"]?.location == at(2, 8))
        #expect(root["id"]?.location == at(1, 5))
        for pair in pairs {
            for text in [pair.key.scalar?.text, pair.value.scalar?.text].compactMap({ $0 }) {
                #expect(!text.contains("\r"), "\(text.debugDescription) contains a carriage return")
            }
        }
    }

    @Test func crlfInAStringWithoutFixture() throws {
        let root = try read("a: 1\r\nb: two words\r\nc:\r\n  - x\r\n")
        #expect(root["b"]?.scalar?.text == "two words")
        #expect(root["b"]?.location == at(2, 4))
        #expect(root["c"]?.sequence?.first?.location == at(4, 5))
        #expect(root["c"]?.sequence?.first?.scalar?.text == "x")
    }

    @Test func emptyValueIsAPlainNullScalar() throws {
        let root = try read("a:\nb: 1\n")
        let a = try #require(root["a"])
        #expect(a.scalar == YAMLScalar("", style: .plain))
        #expect(a.scalar?.isNull == true)
        #expect(a.kindName == "null")
        #expect(a.location == at(1, 3))
    }

    @Test func explicitDocumentMarkersAreAllowedForOneDocument() throws {
        let root = try read("%YAML 1.1\n---\na: 1\n...\n")
        #expect(root["a"]?.scalar?.text == "1")
        #expect(root["a"]?.location == at(3, 4))
        #expect(root.location == at(3, 1))
    }

    @Test func documentThatIsOnlyAMarkerIsNull() throws {
        let root = try read("---\n")
        #expect(root.scalar?.isNull == true)
    }

    @Test func duplicateKeysAreKeptInOrderForTheSchemaLayerToReport() throws {
        let root = try read("a: 1\nb: 2\na: 3\n")
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 3)
        #expect(pairs.map { $0.key.scalar?.text } == ["a", "b", "a"])
        #expect(pairs.map(\.key.location) == [at(1, 1), at(2, 1), at(3, 1)])
        #expect(pairs[2].value.scalar?.text == "3")
        // The subscript returns the first pair.
        #expect(root["a"]?.scalar?.text == "1")
        #expect(root["a"]?.location == at(1, 4))
    }

    @Test func subscriptOnNonMappingsAndMissingKeysIsNil() throws {
        #expect(try read("[a, b]")["a"] == nil)
        #expect(try read("plain")["plain"] == nil)
        #expect(try read("a: 1")["b"] == nil)
        #expect(try read("[a, b]").mapping == nil)
        #expect(try read("a: 1").sequence == nil)
        #expect(try read("a: 1").scalar == nil)
    }
}

@Suite("YAMLReader: scalar styles and tags")
struct YAMLReaderScalarStyleTests {
    static let document = """
        plain: some text
        single: 'it''s # not a comment'
        double: "tab\\there \\u00e9 \\"q\\""
        literal: |
          line one
            indented
          line three
        folded: >
          folded
          text

          para
        strip: |-
          no newline
        keep: |+
          two newlines

        quoted3: "3"
        singleQuotedTrue: 'true'
        empty: ""
        tilde: ~
        """

    @Test(arguments: [
        ("plain", YAMLScalar("some text", style: .plain)),
        ("single", YAMLScalar("it's # not a comment", style: .singleQuoted)),
        ("double", YAMLScalar("tab\there é \"q\"", style: .doubleQuoted)),
        ("literal", YAMLScalar("line one\n  indented\nline three\n", style: .literal)),
        ("folded", YAMLScalar("folded text\npara\n", style: .folded)),
        ("strip", YAMLScalar("no newline", style: .literal)),
        ("keep", YAMLScalar("two newlines\n\n", style: .literal)),
        ("quoted3", YAMLScalar("3", style: .doubleQuoted)),
        ("singleQuotedTrue", YAMLScalar("true", style: .singleQuoted)),
        ("empty", YAMLScalar("", style: .doubleQuoted)),
        ("tilde", YAMLScalar("~", style: .plain)),
    ])
    func scalarStyleAndText(key: String, expected: YAMLScalar) throws {
        let root = try read(Self.document)
        #expect(root[key]?.scalar == expected)
    }

    @Test func blockScalarsAreLocatedAtTheirIndicator() throws {
        let root = try read(Self.document)
        #expect(root["literal"]?.location == at(4, 10))
        #expect(root["folded"]?.location == at(8, 9))
        #expect(root["quoted3"]?.location == at(18, 10))
    }

    @Test func quotedThreeIsTextNotAnInteger() throws {
        let root = try read(Self.document)
        let node = try #require(root["quoted3"])
        #expect(try node.text() == "3")
        let error = #expect(throws: YAMLError.self) { try node.integer() }
        #expect(error?.code == .syntax)
        #expect(error?.location == at(18, 10))
        #expect(error?.message == "expected an integer, found '3'")
        #expect(throws: YAMLError.self) { try node.decimal() }
    }

    @Test func quotedEmptyStringIsTextButPlainTildeIsNull() throws {
        let root = try read(Self.document)
        #expect(try root["empty"]?.text() == "")
        #expect(root["empty"]?.scalar?.isNull == false)
        #expect(root["tilde"]?.scalar?.isNull == true)
        #expect(throws: YAMLError.self) { try root["tilde"]?.text() }
    }

    @Test func strTagMakesAPlainScalarText() throws {
        let node = try value("v: !!str 3\n")
        #expect(node.tag == "tag:yaml.org,2002:str")
        #expect(node.scalar?.text == "3")
        #expect(node.scalar?.isPlain == false)
        #expect(throws: YAMLError.self) { try node.integer() }
        #expect(try node.text() == "3")
        let null = try value("v: !!str null\n")
        #expect(try null.text() == "null")
    }

    @Test func customTagsAreKeptOnAllKinds() throws {
        let root = try read("a: !mine x\nb: !list [1]\nc: !map {k: v}\n")
        #expect(root["a"]?.tag == "!mine")
        #expect(root["a"]?.scalar?.style == .plain)
        #expect(root["b"]?.tag == "!list")
        #expect(root["b"]?.sequence?.count == 1)
        #expect(root["c"]?.tag == "!map")
        #expect(root["c"]?["k"]?.scalar?.text == "v")
        #expect(root["a"]?.location == at(1, 4))
    }
}

@Suite("YAMLReader: complex keys")
struct YAMLReaderComplexKeyTests {
    @Test func flowSequenceAsKey() throws {
        let root = try read("{[a]: b}")
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 1)
        #expect(pairs[0].key.kindName == "sequence")
        #expect(pairs[0].key.location == at(1, 2))
        #expect(pairs[0].key.sequence?.map { $0.scalar?.text } == ["a"])
        #expect(pairs[0].key.sequence?.first?.location == at(1, 3))
        #expect(pairs[0].value.scalar?.text == "b")
        #expect(pairs[0].value.location == at(1, 7))
        #expect(root["a"] == nil)
    }

    @Test func explicitComplexKey() throws {
        let root = try read("? [a, b]\n: c\n")
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 1)
        #expect(pairs[0].key.sequence?.map { $0.scalar?.text } == ["a", "b"])
        #expect(pairs[0].key.location == at(1, 3))
        #expect(pairs[0].value.scalar?.text == "c")
        #expect(pairs[0].value.location == at(2, 3))
    }

    @Test func aliasOfASequenceAsKeyDoesNotCrash() throws {
        let root = try read("a: &x [1]\n*x : 2\n")
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 2)
        #expect(pairs[0].value.sequence?.map { $0.scalar?.text } == ["1"])
        #expect(pairs[1].key.kindName == "sequence")
        #expect(pairs[1].key.sequence?.map { $0.scalar?.text } == ["1"])
        #expect(pairs[1].key.location == at(2, 1))
        #expect(pairs[1].value.scalar?.text == "2")
        #expect(pairs[1].value.location == at(2, 6))
        #expect(root["a"]?.location == at(1, 4))
    }

    @Test func mappingAsKey() throws {
        let root = try read("? {x: 1}\n: y\n")
        let key = try #require(root.mapping?.first?.key)
        #expect(key["x"]?.scalar?.text == "1")
        #expect(key.location == at(1, 3))
    }
}

@Suite("YAMLReader: anchors and aliases")
struct YAMLReaderAliasTests {
    @Test func aliasIsTheAnchoredValueAtTheAliasLocation() throws {
        let root = try read(
            """
            base: &b
              x: 1
              y: [2, 3]
            copy: *b
            list: [&s one, *s]
            """)
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        // A node with an anchor starts at its anchor.
        #expect(base.location == at(1, 7))
        #expect(copy.location == at(4, 7))
        #expect(copy.content == base.content)
        // The nodes inside the copy keep the locations where they were written.
        #expect(copy["x"]?.location == at(2, 6))
        let list = try #require(root["list"]?.sequence)
        #expect(list.map { $0.scalar?.text } == ["one", "one"])
        #expect(list[0].location == at(5, 8))
        #expect(list[1].location == at(5, 16))
    }

    @Test func aliasToAnUndefinedAnchorIsRefused() throws {
        let error = try #require(readError("a: 1\nb: *missing\n"))
        #expect(error.code == .unknownAnchor)
        #expect(error.location == at(2, 4))
        #expect(error.message == "the alias '*missing' names no anchor defined before it")
    }

    @Test func aliasUsedBeforeItsAnchorIsRefused() throws {
        let error = try #require(readError("a: *later\nb: &later 1\n"))
        #expect(error.code == .unknownAnchor)
        #expect(error.location == at(1, 4))
    }

    @Test func selfReferencingAnchorIsRefusedWithoutRecursion() throws {
        let error = try #require(readError("a: &a [1, *a]\n"))
        #expect(error.code == .unknownAnchor)
        #expect(error.location == at(1, 11))
    }

    @Test func redefinedAnchorUsesTheLatestDefinition() throws {
        let root = try read("a: &x 1\nb: &x 2\nc: *x\n")
        #expect(root["c"]?.scalar?.text == "2")
        #expect(root["c"]?.location == at(3, 4))
    }
}
