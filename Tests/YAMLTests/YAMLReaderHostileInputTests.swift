import Foundation
import Testing

@testable import YAML

@Suite("YAMLReader: hostile and broken input")
struct YAMLReaderHostileInputTests {
    // MARK: Nothing to read

    @Test(arguments: [
        "", "   ", "\n\n\n", "# only a comment", "# one\n# two\n", "\u{FEFF}", "\u{FEFF}# bom and comment\n",
    ])
    func inputWithoutADocumentIsEmpty(text: String) throws {
        let error = try #require(readError(text))
        #expect(error.code == .empty)
        #expect(error.location == at(1, 1))
        #expect(error.message == "the file holds no YAML document")
    }

    // MARK: Encoding

    @Test func binaryGarbageIsRefusedAsNotUTF8() throws {
        // The start of a PNG file.
        let png: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        ]
        let error = try #require(readError(png))
        #expect(error.code == .notUTF8)
        #expect(error.location == at(1, 1))
        #expect(error.hint == "save the file as UTF-8")
    }

    @Test func controlCharacterGarbageThatIsValidUTF8IsASyntaxError() throws {
        let error = try #require(readError([0x01, 0x02, 0x03, 0x7F, 0x1B]))
        #expect(error.code == .syntax)
        #expect(error.location == at(1, 1))
        #expect(error.message.contains("control character"))
    }

    @Test func invalidUTF8FixtureIsLocatedAtTheBadByte() throws {
        let error = try #require(readError(try fixture("invalid-utf8", "yaml")))
        #expect(error.code == .notUTF8)
        // "note: bad " is ten characters, so the 0xFF byte is the eleventh column of line 3.
        #expect(error.location == at(3, 11))
        #expect(error.message == "the file is not valid UTF-8")
        #expect(error.description == "3:11: the file is not valid UTF-8")
    }

    static let invalidUTF8Cases: [([UInt8], YAML.SourceLocation)] = [
        // A lone continuation byte after two multi-byte characters.
        (Array("a: éé".utf8) + [0x80], at(1, 6)),
        // A lead byte followed by ASCII.
        (Array("x: 1\nname: caf".utf8) + [0xC3, 0x28], at(2, 10)),
        // An overlong encoding of "/".
        (Array("k: ".utf8) + [0xC0, 0xAF], at(1, 4)),
        // A UTF-16 surrogate encoded in UTF-8.
        (Array("k: ".utf8) + [0xED, 0xA0, 0x80], at(1, 4)),
        // A four-byte sequence cut off at the end of the file.
        (Array("k: ok\nv: ".utf8) + [0xF0, 0x9F, 0x98], at(2, 4)),
        // A code point above U+10FFFF.
        (Array("k: ".utf8) + [0xF4, 0x90, 0x80, 0x80], at(1, 4)),
        // CRLF line ends count as one line each.
        (Array("a: 1\r\nb: 2\r\nc: ".utf8) + [0xFF], at(3, 4)),
    ]

    @Test(arguments: invalidUTF8Cases)
    func invalidUTF8IsLocatedByLineAndCharacterColumn(bytes: [UInt8], expected: YAML.SourceLocation) throws {
        let error = try #require(readError(bytes))
        #expect(error.code == .notUTF8)
        #expect(error.location == expected)
    }

    @Test func invalidUTF8AfterAByteOrderMarkDoesNotCountTheMark() throws {
        let error = try #require(readError([0xEF, 0xBB, 0xBF] + Array("ab: ".utf8) + [0xFF]))
        #expect(error.code == .notUTF8)
        #expect(error.location == at(1, 5))
    }

    @Test func utf16FixtureWithByteOrderMarkIsRefused() throws {
        let error = try #require(readError(try fixture("utf16le-bom", "yaml")))
        #expect(error.code == .notUTF8)
        #expect(error.location == at(1, 1))
        #expect(error.message == "the file is UTF-16 or UTF-32 encoded, not UTF-8")
    }

    @Test(arguments: [
        [0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x31, 0x00] as [UInt8],  // UTF-16LE
        [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x31] as [UInt8],  // UTF-16BE
        [0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00] as [UInt8],  // UTF-32LE
        [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61] as [UInt8],  // UTF-32BE
    ])
    func utf16And32ByteOrderMarksAreRefused(bytes: [UInt8]) throws {
        let error = try #require(readError(bytes))
        #expect(error.code == .notUTF8)
        #expect(error.location == at(1, 1))
        #expect(error.hint == "save the file as UTF-8")
    }

    @Test func nulByteFixtureIsAControlCharacterErrorOnItsLine() throws {
        let error = try #require(readError(try fixture("nul-byte", "yaml")))
        #expect(error.code == .syntax)
        // "title: before" is 13 characters, so the NUL is column 14 of line 2.
        #expect(error.location == at(2, 14))
        #expect(error.message.contains("control character"))
        #expect(error.hint == "remove the character; the file may be binary or corrupted")
    }

    static let controlCharacterCases: [([UInt8], YAML.SourceLocation)] = [
        (Array("a: 1\nb: 2\nc: 3\nd: x".utf8) + [0x00], at(4, 5)),
        ([0x00] + Array("a: 1".utf8), at(1, 1)),
        (Array("a: 1\r\nb: ü".utf8) + [0x00], at(2, 5)),
        (Array("a: \"quoted".utf8) + [0x07] + Array("\"".utf8), at(1, 11)),
    ]

    @Test(arguments: controlCharacterCases)
    func controlCharactersAreLocated(bytes: [UInt8], expected: YAML.SourceLocation) throws {
        let error = try #require(readError(bytes))
        #expect(error.code == .syntax)
        #expect(error.location == expected)
        #expect(error.message.contains("control character"))
    }

    @Test func controlCharacterAfterAByteOrderMarkDoesNotCountTheMark() throws {
        let error = try #require(readError([0xEF, 0xBB, 0xBF] + Array("ab: ".utf8) + [0x00]))
        #expect(error.code == .syntax)
        #expect(error.location == at(1, 5))
    }

    // MARK: Syntax

    @Test func unclosedFlowSequenceIsASyntaxError() throws {
        let error = try #require(readError("items: [a, b\nnext: 1\n"))
        #expect(error.code == .syntax)
        #expect(error.location == at(2, 5))
        #expect(error.message.contains("flow sequence"))
        #expect(error.message.contains("1:8"))
    }

    @Test func unclosedFlowSequenceAtEndOfFileIsLocatedAtTheEndOfTheLastLine() throws {
        // Without a final line break the error is at the end of line 1, not on a line 2 the file lacks.
        let error = try #require(readError("items: [a, ü"))
        #expect(error.code == .syntax)
        #expect(error.location == at(1, 13))
        #expect(error.message.contains("1:8"))
        let crlf = try #require(readError("x: 1\r\nitems: [a, b"))
        #expect(crlf.location == at(2, 13))
        let bom = try #require(readError([0xEF, 0xBB, 0xBF] + Array("[a".utf8)))
        #expect(bom.location == at(1, 3))
    }

    @Test func unclosedFlowSequenceBeforeAFinalLineBreakIsLocatedOnTheNextLine() throws {
        let error = try #require(readError("items: [a, b\n"))
        #expect(error.code == .syntax)
        #expect(error.location == at(2, 1))
        let crlf = try #require(readError("items: [a, b\r\n"))
        #expect(crlf.location == at(2, 1))
    }

    @Test func endOfStreamInTheContextOfAnErrorIsAlsoOnTheLastLine() throws {
        // "{" then a tab: the flow node that is missing starts at the end of the file.
        let error = try #require(readError("{\t"))
        #expect(error.code == .syntax)
        #expect(error.location == at(1, 3))
        #expect(error.message.contains("starts at 1:3"))
    }

    @Test func unclosedDoubleQuoteIsASyntaxError() throws {
        let error = try #require(readError("id: x\ntitle: \"never closed\n"))
        #expect(error.code == .syntax)
        #expect(error.location == at(3, 1))
        #expect(error.message.contains("quoted scalar"))
        #expect(error.message.contains("2:8"))
    }

    @Test func unclosedSingleQuoteIsASyntaxError() throws {
        let error = try #require(readError("title: 'never closed"))
        #expect(error.code == .syntax)
        #expect(error.location == at(1, 21))
        #expect(error.message.contains("1:8"))
    }

    @Test func badIndentationIsASyntaxError() throws {
        let error = try #require(readError("a:\n  b: 1\n c: 2\n"))
        #expect(error.code == .syntax)
        #expect(error.location == at(3, 2))
    }

    @Test func tabIndentationFixtureIsRefusedWithAHint() throws {
        let error = try #require(readError(try fixture("tab-indent", "yaml")))
        #expect(error.code == .syntax)
        #expect(error.location == at(3, 1))
        #expect(error.message.contains("cannot start any token"))
        #expect(error.hint == "indent with spaces, not tabs")
    }

    @Test func tabAfterSpacesInIndentationIsRefusedWithAHint() throws {
        let error = try #require(readError("a:\n  b: 1\n  \tc: 2\n"))
        #expect(error.code == .syntax)
        #expect(error.location == at(3, 3))
        #expect(error.hint == "indent with spaces, not tabs")
    }

    @Test func otherSyntaxErrorsHaveNoTabHint() throws {
        let error = try #require(readError("a: 1\n@b: 2\n"))
        #expect(error.code == .syntax)
        #expect(error.location == at(2, 1))
        #expect(error.hint == nil)
    }

    @Test func tabsInsideValuesAreFine() throws {
        let root = try read("a: \"x\ty\"\nb: 'p\tq'\n")
        #expect(root["a"]?.scalar?.text == "x\ty")
        #expect(root["b"]?.scalar?.text == "p\tq")
    }

    // MARK: Multiple documents

    @Test(arguments: [
        ("a: 1\n---\nb: 2\n", at(2, 1)),
        ("---\na: 1\n---\nb: 2\n", at(3, 1)),
        ("---\na: 1\n...\n---\nb: 2\n", at(4, 1)),
        ("x\n---\n", at(2, 1)),
    ])
    func secondDocumentIsRefusedAtItsStart(text: String, expected: YAML.SourceLocation) throws {
        let error = try #require(readError(text))
        #expect(error.code == .multipleDocuments)
        #expect(error.location == expected)
        #expect(error.hint == "keep one rubric or scorecard per file and remove the '---' separator")
    }

    @Test func bareDocumentAfterAnEndMarkerIsASyntaxError() throws {
        // After `...`, a further document needs its own `---`; without it the text is not YAML.
        let error = try #require(readError("a: 1\n...\nb: 2\n"))
        #expect(error.code == .syntax)
        #expect(error.location == at(3, 1))
        #expect(error.message.contains("document start"))
    }

    // MARK: Size, depth and alias budgets

    @Test func fileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let text = "id: abcdefghij\n"  // 15 bytes
        #expect(try YAMLReader(limits: .init(maximumBytes: 15)).read(text)["id"]?.scalar?.text == "abcdefghij")
        let error = try #require(readError(text, limits: .init(maximumBytes: 14)))
        #expect(error.code == .tooLarge)
        #expect(error.location == nil)
        #expect(error.message == "the file is 15 bytes, more than the limit of 14 bytes")
        #expect(error.hint == "split it into smaller files")
    }

    @Test func sizeLimitIsCheckedBeforeEncoding() throws {
        // Even garbage is reported as too large first: nothing is looked at beyond the size.
        let error = try #require(readError([UInt8](repeating: 0xFF, count: 100), limits: .init(maximumBytes: 99)))
        #expect(error.code == .tooLarge)
    }

    @Test func defaultSizeLimitIsOneMebibyte() throws {
        #expect(YAMLReader().limits.maximumBytes == 1_048_576)
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 1_048_577)
        let error = try #require(readError(big))
        #expect(error.code == .tooLarge)
    }

    /// Refused where the budget runs out (column 201), not after reading the whole document: the location shows
    /// it, without a timed check that a busy machine could fail.
    @Test func flowSequencesNestedTenThousandDeepAreRefusedAtTheDepthBudget() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let found = try #require(readError(text))
        #expect(found.code == .budgetExceeded)
        #expect(found.location == at(1, 201))
        #expect(found.message == "the document is nested more than 200 levels deep")
    }

    @Test func unclosedDeepNestingIsRefusedByDepthNotBySyntax() throws {
        let error = try #require(readError(String(repeating: "[", count: 10_000)))
        #expect(error.code == .budgetExceeded)
        #expect(error.location == at(1, 201))
    }

    @Test func flowMappingsNestedDeeplyAreRefused() throws {
        let text = String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000)
        let error = try #require(readError(text))
        #expect(error.code == .budgetExceeded)
        #expect(error.location == at(1, 801))
    }

    @Test func blockSequencesNestedDeeplyAreRefused() throws {
        let text = String(repeating: "- ", count: 1_000) + "x\n"
        let error = try #require(readError(text))
        #expect(error.code == .budgetExceeded)
        #expect(error.location == at(1, 401))
    }

    @Test func nestingExactlyAtTheDepthLimitIsAccepted() throws {
        let reader = YAMLReader(limits: .init(maximumDepth: 3))
        let root = try reader.read("[[[1]]]")
        #expect(root.sequence?.first?.sequence?.first?.sequence?.first?.scalar?.text == "1")
        let error = try #require(readError("[[[[1]]]]", limits: .init(maximumDepth: 3)))
        #expect(error.code == .budgetExceeded)
        #expect(error.location == at(1, 4))
    }

    /// Refused at the first alias that crosses the node budget (line 7), without expanding it: the location shows
    /// it, without a timed check.
    @Test func billionLaughsIsRefusedAtTheNodeBudget() throws {
        let bytes = try fixture("billion-laughs", "yaml")
        let found = try #require(readError(bytes))
        #expect(found.code == .budgetExceeded)
        // After line 6 the document stands for 672,609 nodes; the first `*f` on line 7 adds 597,871 more.
        #expect(found.location == at(7, 9))
        #expect(found.hint == "remove the aliases that repeat large parts of the document")
    }

    @Test func aliasBombIsCountedAgainstASmallNodeBudget() throws {
        let text = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n"
        // a stands for 4 nodes and b for 13; with 3 keys, c (1 + 2 × 13) and the root the document holds
        // 3 + 4 + 13 + 27 + 1 = 48 nodes, the last counted when the root mapping ends at 1:1.
        let root = try YAMLReader(limits: .init(maximumNodes: 48)).read(text)
        #expect(root["c"]?.sequence?.count == 2)
        #expect(root["c"]?.sequence?[1].location == at(3, 9))
        let error = try #require(readError(text, limits: .init(maximumNodes: 47)))
        #expect(error.code == .budgetExceeded)
        #expect(error.location == at(1, 1))
    }

    @Test func manyAliasesOfALargeNodeAreRefused() throws {
        // One anchored sequence of 1,000 items, repeated by 2,000 aliases: two million nodes.
        let items = Array(repeating: "x", count: 1_000).joined(separator: ", ")
        let aliases = Array(repeating: "*big", count: 2_000).joined(separator: ", ")
        let text = "big: &big [\(items)]\ncopies: [\(aliases)]\n"
        let error = try #require(readError(text))
        #expect(error.code == .budgetExceeded)
        #expect(error.location?.line == 2)
    }

    // MARK: Random input never crashes

    @Test(arguments: 0..<8)
    func randomBytesNeverCrashAndErrorsPointIntoTheFile(seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        let alphabet = Array("ab: -[]{},&*!|>'\"#?\n\t\r%@`~0.9é😀".unicodeScalars.map(String.init).joined().utf8)
        var checked = 0
        for _ in 0..<200 {
            let count = Int(generator.next() % 64)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                if generator.next() % 16 == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: generator.next()))
                } else {
                    bytes.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
                }
            }
            // Any byte that may end a line (LF, CR, and the last byte of NEL, LS, PS) bounds the line count.
            let lines = bytes.count { [0x0A, 0x0D, 0x85, 0xA8, 0xA9].contains($0) } + 1
            do {
                _ = try YAMLReader().read(bytes)
            } catch {
                if let location = error.location {
                    #expect(location.line >= 1 && location.line <= lines, "\(error) for \(bytes)")
                    #expect(location.column >= 1, "\(error) for \(bytes)")
                }
                #expect(!error.message.isEmpty)
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}

/// A small deterministic random number generator, so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
