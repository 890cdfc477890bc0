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
                .init(
                    en: "\(context.text(in: "en")) must be a mapping of keys to values, found \(found.text(in: "en"))",
                    de:
                        "bei \(context.text(in: "de")) wird eine Zuordnung von Schlüsseln zu Werten erwartet, gefunden: \(found.text(in: "de"))"
                ),
                at: node.location)
            return
        }
        var seen: [String: SourceLocation] = [:]
        for pair in mapping {
            guard let key = pair.key.scalar, !key.isNull else {
                decoder.error(
                    .keyNotText,
                    .init(
                        en: "keys must be text, found \(NodeDecoder.describe(pair.key).text(in: "en"))",
                        de: "Schlüssel müssen Texte sein, gefunden: \(NodeDecoder.describe(pair.key).text(in: "de"))"),
                    at: pair.key.location)
                continue
            }
            if let first = seen[key.text] {
                decoder.error(
                    .duplicateKey,
                    .init(
                        en:
                            "duplicate key '\(key.text.shortened)' in \(context.text(in: "en")); it was first given at line \(first.line)",
                        de:
                            "doppelter Schlüssel '\(key.text.shortened)' in \(context.text(in: "de")); er steht bereits in Zeile \(first.line)"
                    ),
                    at: pair.key.location,
                    hint: .init(en: "remove one of the two", de: "entfernen Sie einen der beiden"))
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
                .init(
                    en: "\(context.text(in: "en")) is missing the required key '\(key)'",
                    de: "in \(context.text(in: "de")) fehlt der Pflichtschlüssel '\(key)'"),
                file: decoder.file, at: node.location,
                hint: .init(en: "add '\(key): \(example)'", de: "ergänzen Sie '\(key): \(example)'"))
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
                hint = .init(en: "did you mean '\(suggestion)'?", de: "meinten Sie '\(suggestion)'?")
            } else {
                hint = .init(
                    en: "known keys here: \(requested.joined(separator: ", "))",
                    de: "bekannte Schlüssel hier: \(requested.joined(separator: ", "))")
            }
            decoder.error(
                .unknownKey,
                .init(
                    en: "unknown key '\(key.shortened)' in \(context.text(in: "en"))",
                    de: "unbekannter Schlüssel '\(key.shortened)' in \(context.text(in: "de"))"),
                at: pair.key.location, hint: hint)
        }
    }
}
