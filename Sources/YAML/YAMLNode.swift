/// One node of a YAML document: a scalar, a sequence or a mapping, with the place it was read from.
///
/// Nodes are values. An alias in the text becomes a copy of the anchored node, which shares its
/// storage with the original (arrays are copy-on-write), so aliases cost no memory; the reader
/// counts what they would expand to against a budget before accepting them.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public indirect enum Content: Sendable, Hashable {
        /// A scalar: text with its presentation style.
        case scalar(YAMLScalar)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, in the order its keys were written.
        case mapping([YAMLPair])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts in the source text.
    public var location: SourceLocation
    /// The explicit tag written in the source (`!!str`), if any.
    public var tag: String?

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation = .unknown, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }

    /// A plain scalar node holding `text`, for building documents to write.
    public static func string(_ text: String) -> YAMLNode {
        YAMLNode(.scalar(YAMLScalar(text, style: .any)))
    }

    /// A mapping node from key-value pairs, for building documents to write.
    public static func mapping(_ pairs: [(String, YAMLNode)]) -> YAMLNode {
        YAMLNode(.mapping(pairs.map { YAMLPair(key: .string($0.0), value: $0.1) }))
    }

    /// A sequence node, for building documents to write.
    public static func sequence(_ items: [YAMLNode]) -> YAMLNode {
        YAMLNode(.sequence(items))
    }

    /// The scalar, when the node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, when the node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs, when the node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value of the first pair whose key is the scalar `key`, when the node is a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalar?.text == key }?.value
    }

    /// A word for the node's kind, as used in messages: `scalar`, `sequence`, `mapping`.
    public var kindName: String {
        switch content {
        case .scalar(let scalar): return scalar.isNull ? "null" : "scalar"
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        }
    }
}

/// A key and its value in a YAML mapping.
public struct YAMLPair: Sendable, Hashable {
    /// The key node (usually a scalar).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
