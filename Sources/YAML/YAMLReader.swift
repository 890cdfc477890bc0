import CLibYAML

/// Reads one YAML document into a tree of located nodes, using LibYAML's event parser.
///
/// The reader guards against hostile input before and while parsing: it refuses input over
/// ``Limits/maximumBytes``, input that is not UTF-8, more than one document, nesting deeper than
/// ``Limits/maximumDepth`` and documents whose aliases would expand to more than
/// ``Limits/maximumNodes`` nodes (a "billion laughs" file is refused after a few hundred events,
/// not expanded). Every error carries the line and column where it was found.
///
/// ```swift
/// let root = try YAMLReader().read(Array("id: claims-handler\n".utf8))
/// root["id"]?.scalar?.text // "claims-handler"
/// ```
public struct YAMLReader: Sendable {
    /// The budgets a document must stay within.
    public struct Limits: Sendable, Hashable {
        /// The largest input accepted, in bytes (default 1 MiB).
        public var maximumBytes: Int
        /// The most nodes a document may hold, counting each alias as the nodes it stands for.
        public var maximumNodes: Int
        /// The deepest nesting of sequences and mappings accepted.
        public var maximumDepth: Int

        /// Creates limits.
        public init(maximumBytes: Int = 1 << 20, maximumNodes: Int = 1_000_000, maximumDepth: Int = 200) {
            self.maximumBytes = maximumBytes
            self.maximumNodes = maximumNodes
            self.maximumDepth = maximumDepth
        }
    }

    /// The budgets this reader applies.
    public var limits: Limits

    /// Creates a reader with the given limits.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Reads the single document of `bytes` (UTF-8, optionally with a byte-order mark).
    ///
    /// - Throws: ``YAMLError`` with a location for syntax errors and exceeded budgets; an input
    ///   without any document throws ``YAMLError/Code/empty``.
    public func read(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode {
        guard bytes.count <= limits.maximumBytes else {
            throw YAMLError(
                .tooLarge, "the file is \(bytes.count) bytes, more than the limit of \(limits.maximumBytes) bytes",
                hint: "split it into smaller files")
        }
        try YAMLReader.checkUTF8(bytes)
        let result: Result<YAMLNode?, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            var builder = TreeBuilder(limits: limits)
            return builder.parse(buffer)
        }
        switch result {
        case .success(let node?): return node
        case .success(nil):
            throw YAMLError(.empty, "the file holds no YAML document", at: SourceLocation(line: 1, column: 1))
        case .failure(let error): throw error
        }
    }

    /// Reads the single document of a string.
    public func read(_ text: String) throws(YAMLError) -> YAMLNode {
        try read(Array(text.utf8))
    }

    /// Whether `bytes` are well-formed UTF-8 (the Unicode Standard, table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), checked eight ASCII bytes at a time.
    static func isWellFormedUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at once: no byte has its high bit set.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                // The range the second byte must fall in, and the length of the sequence.
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    high = 0x9F
                case 0xF0:
                    length = 4
                    low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    high = 0x8F
                default: return false
                }
                guard index + length <= count else { return false }
                let second = buffer[index + 1]
                guard second >= low && second <= high else { return false }
                for offset in 2..<length {
                    let byte = buffer[index + offset]
                    guard byte >= 0x80 && byte <= 0xBF else { return false }
                }
                index += length
            }
            return true
        }
    }

    /// Throws when `bytes` are not UTF-8, naming the line and column of the first bad byte.
    static func checkUTF8(_ bytes: [UInt8]) throws(YAMLError) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || bytes.starts(with: [0, 0, 0xFE, 0xFF])
        {
            throw YAMLError(
                .notUTF8, "the file is UTF-16 or UTF-32 encoded, not UTF-8", at: SourceLocation(line: 1, column: 1),
                hint: "save the file as UTF-8")
        }
        // Valid input, the usual case, is recognised in one fast pass; only invalid input is walked
        // scalar by scalar to name the place of the first bad byte.
        if isWellFormedUTF8(bytes) { return }
        // A UTF-8 byte-order mark is not a character of the first line (LibYAML skips it too).
        var iterator = (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return
            case .error:
                throw YAMLError(
                    .notUTF8, "the file is not valid UTF-8", at: SourceLocation(line: line, column: column),
                    hint: "save the file as UTF-8")
            }
        }
    }
}

/// Builds the node tree from LibYAML's events without recursion, so deep nesting cannot overflow the stack.
private struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var expandedCount = 1
    }

    let limits: YAMLReader.Limits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    private var root: YAMLNode?
    private var documents = 0
    private var totalNodes = 0

    init(limits: YAMLReader.Limits) {
        self.limits = limits
    }

    mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, YAMLError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLError(.syntax, "the YAML parser could not be initialised (out of memory)"))
        }
        defer { yaml_parser_delete(&parser) }
        if let base = buffer.baseAddress {
            yaml_parser_set_input_string(&parser, base, buffer.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(Self.parserError(parser, buffer: buffer))
            }
            let outcome = handle(event)
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if case .failure(let error) = outcome { return .failure(error) }
            if done { break }
        }
        return .success(root)
    }

    private mutating func handle(_ event: yaml_event_t) -> Result<Void, YAMLError> {
        let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return .failure(
                    YAMLError(
                        .multipleDocuments, "the file holds more than one YAML document", at: location,
                        hint: "keep one rubric or scorecard per file and remove the '---' separator"))
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = Self.string(data.value, length: Int(data.length))
            let style: YAMLScalar.Style
            switch data.style {
            case YAML_PLAIN_SCALAR_STYLE: style = .plain
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let tag = data.tag.map { Self.string($0) }
            // An explicit `!!str` tag makes a plain scalar text, like quotes would.
            let effectiveStyle = (tag == "tag:yaml.org,2002:str" && style == .plain) ? .singleQuoted : style
            let node = YAMLNode(.scalar(YAMLScalar(text, style: effectiveStyle)), at: location, tag: tag)
            return add(node, count: 1, anchor: data.anchor.map { Self.string($0) })
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < limits.maximumDepth else {
                return .failure(
                    YAMLError(
                        .budgetExceeded, "the document is nested more than \(limits.maximumDepth) levels deep",
                        at: location))
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            stack.append(
                Frame(
                    isMapping: isMapping, location: location, tag: tag.map { Self.string($0) },
                    anchor: anchor.map { Self.string($0) }))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { break }
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            return add(
                YAMLNode(content, at: frame.location, tag: frame.tag), count: frame.expandedCount,
                anchor: frame.anchor, countedAlready: true)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor)
            guard let anchored = anchors[name] else {
                var error = YAMLError(
                    .unknownAnchor, "the alias '*\(name)' names no anchor defined before it", at: location)
                error.subject = name
                return .failure(error)
            }
            var node = anchored.node
            node.location = location
            return add(node, count: anchored.count, anchor: nil)
        default:
            break
        }
        return .success(())
    }

    /// Adds a finished node to its parent (or makes it the root), counting it against the budget.
    private mutating func add(_ node: YAMLNode, count: Int, anchor: String?, countedAlready: Bool = false) -> Result<
        Void, YAMLError
    > {
        if !countedAlready {
            totalNodes += count
        } else {
            totalNodes += 1
        }
        if totalNodes > limits.maximumNodes || count > limits.maximumNodes {
            return .failure(
                YAMLError(
                    .budgetExceeded,
                    "the document expands to more than \(limits.maximumNodes) nodes (aliases counted as what they stand for)",
                    at: node.location, hint: "remove the aliases that repeat large parts of the document"))
        }
        if let anchor { anchors[anchor] = (node, count) }
        guard !stack.isEmpty else {
            root = node
            return .success(())
        }
        let index = stack.count - 1
        stack[index].expandedCount += count
        if stack[index].isMapping {
            if let key = stack[index].pendingKey {
                stack[index].pairs.append(YAMLPair(key: key, value: node))
                stack[index].pendingKey = nil
            } else {
                stack[index].pendingKey = node
            }
        } else {
            stack[index].items.append(node)
        }
        return .success(())
    }

    private static func location(ofByte offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        // Skip a UTF-8 byte-order mark, which LibYAML does not count as a column either.
        let start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for byte in buffer.prefix(max(0, min(offset, buffer.count))).dropFirst(start) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>, length: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    /// The Unicode scalars of the input as LibYAML counts them: the input is valid UTF-8 (checked
    /// before parsing) and a leading byte-order mark is not counted.
    private static func characters(of buffer: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return Array(String(decoding: buffer[start...], as: UTF8.self).unicodeScalars)
    }

    /// The 1-based location of a LibYAML mark. LibYAML moves the end of a stream that lacks a final
    /// line break to the start of a line after the last one; such a mark points at the end of the
    /// last line instead, so that errors never name a line the file does not have.
    private static func location(of mark: yaml_mark_t, characters: [Unicode.Scalar]) -> SourceLocation {
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
        }
        if mark.column == 0, mark.line > 0, Int(mark.index) >= characters.count,
            let last = characters.last, !isBreak(last)
        {
            let lastLineLength = characters.reversed().prefix { !isBreak($0) }.count
            return SourceLocation(line: Int(mark.line), column: lastLineLength + 1)
        }
        return SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func parserError(_ parser: yaml_parser_t, buffer: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let characters = Self.characters(of: buffer)
        let mark = parser.problem_mark
        var location = Self.location(of: mark, characters: characters)
        var message = problem
        let context = parser.context.map { String(cString: $0) }
        let contextLocation = context.map { _ in Self.location(of: parser.context_mark, characters: characters) }
        if let context, let contextLocation {
            message = "\(problem) (\(context) that starts at \(contextLocation))"
        }
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset rather than a mark.
            location = Self.location(ofByte: Int(parser.problem_offset), in: buffer)
            if problem.contains("control characters") {
                return YAMLError(
                    .syntax, "the file contains a control character (such as a NUL byte) that YAML does not allow",
                    at: location, hint: "remove the character; the file may be binary or corrupted")
            }
        }
        // LibYAML's message for a tab in indentation does not mention the tab ("found character that
        // cannot start any token"), so look at the character the error points at.
        let index = Int(mark.index)
        let isAtTab = index >= 0 && index < characters.count && characters[index] == "\t"
        let hint: String? = isAtTab || problem.contains("tab") ? "indent with spaces, not tabs" : nil
        var error = YAMLError(.syntax, message, at: location, hint: hint)
        error.problem = problem
        error.context = context
        error.contextLocation = contextLocation
        return error
    }
}
