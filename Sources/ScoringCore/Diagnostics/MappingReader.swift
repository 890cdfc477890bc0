import YAML

/// Reads the keys of one YAML mapping, reporting duplicate keys, keys that are not text, missing
/// required keys and, at ``finish(_:)``, every key nobody asked for, with a "did you mean" hint.
public struct MappingReader: Sendable {
    /// The mapping node.
    public let node: YAMLNode
    /// What the mapping is, for messages (`criterion 'ownership'`).
    public let context: LocalizedText
    /// The pairs with text keys, first occurrence of each key only.
    public private(set) var pairs: [YAMLPair] = []
    private var requested: [String] = []
    /// Missing-key errors held back because a misspelt key may stand for the missing one (`anchor` for
    /// `anchors`): the unknown-key error with its "did you mean" says it all, so one error, not two.
    private var deferredMissing: [(key: String, nearMiss: String, diagnostic: Diagnostic)] = []
    private let checkUnknownKeys: Bool

    /// Starts reading `node`, which must be a mapping (otherwise ``isMapping`` is false and an error is reported).
    public init(_ node: YAMLNode, context: LocalizedText, decoder: inout NodeDecoder, checkUnknownKeys: Bool = true) {
        self.node = node
        self.context = context
        self.checkUnknownKeys = checkUnknownKeys
        guard let mapping = node.mapping else {
            let found = NodeDecoder.describe(node)
            decoder.error(
                .wrongType,
                DecodingMessages.notAMapping(context, found: found),
                at: node.location)
            return
        }
        var seen: [String: SourceLocation] = [:]
        for pair in mapping {
            guard let key = pair.key.scalar, !key.isNull else {
                decoder.error(
                    .keyNotText,
                    DecodingMessages.keyNotText(found: NodeDecoder.describe(pair.key)),
                    at: pair.key.location)
                continue
            }
            if let first = seen[key.text] {
                decoder.error(
                    .duplicateKey,
                    DecodingMessages.duplicateKey(key.text.shortened, in: context, firstLine: first.line),
                    at: pair.key.location, hint: DecodingMessages.removeOneOfTheTwo)
                continue
            }
            seen[key.text] = pair.key.location
            pairs.append(pair)
        }
    }

    /// Whether the node is a mapping.
    public var isMapping: Bool { node.mapping != nil }

    /// The value of an optional key.
    public mutating func optional(_ key: String) -> YAMLNode? {
        requested.append(key)
        return pairs.first { $0.key.scalar?.text == key }?.value
    }

    /// The value of a required key, or nil after reporting it missing.
    public mutating func required(_ key: String, decoder: inout NodeDecoder, example: String = "...") -> YAMLNode? {
        if let value = optional(key) { return value }
        if isMapping {
            let diagnostic = Diagnostic(
                .error, code: .missingKey,
                DecodingMessages.missingKey(key, in: context),
                file: decoder.file, at: node.location, hint: DecodingMessages.addKey(key, example: example))
            let written = pairs.compactMap { $0.key.scalar?.text }
            if checkUnknownKeys, let nearMiss = Identifier.closest(to: key, among: written) {
                deferredMissing.append((key, nearMiss, diagnostic))
            } else {
                decoder.add(diagnostic)
            }
        }
        return nil
    }

    /// Reports every key that was never asked for, suggesting the closest known key.
    public func finish(_ decoder: inout NodeDecoder) {
        guard checkUnknownKeys else { return }
        for deferred in deferredMissing {
            // Report the missing key after all, unless the near miss is an unknown key whose hint names it.
            let nearMissIsUnknown = !requested.contains(deferred.nearMiss)
            if !nearMissIsUnknown || Identifier.closest(to: deferred.nearMiss, among: requested) != deferred.key {
                decoder.add(deferred.diagnostic)
            }
        }
        for pair in pairs {
            guard let key = pair.key.scalar?.text, !requested.contains(key) else { continue }
            let hint: LocalizedText
            if let suggestion = Identifier.closest(to: key, among: requested) {
                hint = CommonMessages.didYouMean(suggestion)
            } else {
                hint = DecodingMessages.knownKeys(requested)
            }
            decoder.error(
                .unknownKey,
                DecodingMessages.unknownKey(key.shortened, in: context),
                at: pair.key.location, hint: hint)
        }
    }
}
