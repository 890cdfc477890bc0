import CLibYAML

/// Writes a node tree as YAML text through LibYAML's emitter, which quotes and escapes any text correctly.
///
/// Scalars built with style ``YAMLScalar/Style/any`` are *text*: when they would read back as
/// something else (null, a number, a boolean, a date, or nothing) they are double-quoted, and text
/// with line breaks is written as a literal block. Scalars with style ``YAMLScalar/Style/plain``
/// are written as they are (use it for numbers and booleans).
public struct YAMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The YAML text of `node`, as one document ending in a line break.
    public func write(_ node: YAMLNode) throws(YAMLError) -> String {
        let sink = OutputSink()
        var emitter = yaml_emitter_t()
        guard yaml_emitter_initialize(&emitter) == 1 else {
            throw YAMLError(.emitter, "the YAML emitter could not be initialised (out of memory)")
        }
        defer { yaml_emitter_delete(&emitter) }
        yaml_emitter_set_unicode(&emitter, 1)
        yaml_emitter_set_width(&emitter, 110)
        yaml_emitter_set_indent(&emitter, 2)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        yaml_emitter_set_output(
            &emitter,
            { data, buffer, size in
                guard let data, let buffer else { return 0 }
                let sink = Unmanaged<OutputSink>.fromOpaque(data).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, context)

        var event = yaml_event_t()
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
        try emit(&emitter, &event)
        yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
        try emit(&emitter, &event)
        try emitNode(node, &emitter)
        yaml_document_end_event_initialize(&event, 1)
        try emit(&emitter, &event)
        yaml_stream_end_event_initialize(&event)
        try emit(&emitter, &event)
        _ = yaml_emitter_flush(&emitter)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    private final class OutputSink {
        var bytes: [UInt8] = []
    }

    private enum Step {
        case node(YAMLNode)
        case end(isMapping: Bool)
    }

    /// Emits a node without recursion, so that deep trees cannot overflow the stack.
    private func emitNode(_ root: YAMLNode, _ emitter: inout yaml_emitter_t) throws(YAMLError) {
        var steps: [Step] = [.node(root)]
        var event = yaml_event_t()
        while let step = steps.popLast() {
            switch step {
            case .end(let isMapping):
                if isMapping {
                    yaml_mapping_end_event_initialize(&event)
                } else {
                    yaml_sequence_end_event_initialize(&event)
                }
                try emit(&emitter, &event)
            case .node(let node):
                switch node.content {
                case .scalar(let scalar):
                    try emitScalar(scalar, &emitter)
                case .sequence(let items):
                    yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_ANY_SEQUENCE_STYLE)
                    try emit(&emitter, &event)
                    steps.append(.end(isMapping: false))
                    for item in items.reversed() { steps.append(.node(item)) }
                case .mapping(let pairs):
                    yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_ANY_MAPPING_STYLE)
                    try emit(&emitter, &event)
                    steps.append(.end(isMapping: true))
                    for pair in pairs.reversed() {
                        steps.append(.node(pair.value))
                        steps.append(.node(pair.key))
                    }
                }
            }
        }
    }

    private func emitScalar(_ scalar: YAMLScalar, _ emitter: inout yaml_emitter_t) throws(YAMLError) {
        var style = YAML_ANY_SCALAR_STYLE
        switch scalar.style {
        case .plain: style = YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: style = YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: style = YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: style = YAML_LITERAL_SCALAR_STYLE
        case .folded: style = YAML_FOLDED_SCALAR_STYLE
        case .any:
            if YAMLWriter.wouldReadAsNonText(scalar.text) {
                style = YAML_DOUBLE_QUOTED_SCALAR_STYLE
            } else if scalar.text.contains("\n") {
                style = YAML_LITERAL_SCALAR_STYLE
            }
        }
        var event = yaml_event_t()
        var bytes = Array(scalar.text.utf8)
        let count = Int32(clamping: bytes.count)
        bytes.append(0)  // never empty, so the buffer always has an address
        let plainImplicit: Int32 = style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ? 0 : 1
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let pointer = buffer.baseAddress else { return }
            _ = yaml_scalar_event_initialize(&event, nil, nil, pointer, count, plainImplicit, 1, style)
        }
        try emit(&emitter, &event)
    }

    /// Whether a plain scalar with this text would be read back as null, a number, a boolean or a date.
    static func wouldReadAsNonText(_ text: String) -> Bool {
        let scalar = YAMLScalar(text, style: .plain)
        if scalar.isNull { return true }
        if YAMLNode.isDecimalSyntax(text) || CalendarDate(parsing: text) != nil { return true }
        switch text.lowercased() {
        case "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "+.inf", "-.inf": return true
        default: return false
        }
    }

    private func emit(_ emitter: inout yaml_emitter_t, _ event: inout yaml_event_t) throws(YAMLError) {
        guard yaml_emitter_emit(&emitter, &event) == 1 else {
            let problem = emitter.problem.map { String(cString: $0) } ?? "unknown error"
            throw YAMLError(.emitter, "the YAML emitter failed: \(problem)")
        }
    }
}
