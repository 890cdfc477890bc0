import YAML

/// Reads model values out of a located YAML tree, collecting every problem instead of stopping at the first.
///
/// Each `read…` method returns nil when the node does not hold the expected value, after adding a
/// diagnostic at the node's location; callers carry on with the rest of the file. Scoring modules
/// use the same decoder to read their section configuration, so their diagnostics look the same.
public struct NodeDecoder: Sendable {
    /// The file being read, as the user named it.
    public let file: String
    /// The languages every bilingual text must exist in.
    public var languages: [String]
    /// Everything found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates a decoder for a file.
    public init(file: String, languages: [String] = []) {
        self.file = file
        self.languages = languages
    }

    // MARK: Reporting

    /// Adds an error at a location.
    public mutating func error(
        _ code: DiagnosticCode, _ message: LocalizedText, at location: SourceLocation?, hint: LocalizedText? = nil
    ) {
        diagnostics.append(Diagnostic(.error, code: code, message, file: file, at: location, hint: hint))
    }

    /// Adds a warning at a location.
    public mutating func warning(
        _ code: DiagnosticCode, _ message: LocalizedText, at location: SourceLocation?, hint: LocalizedText? = nil
    ) {
        diagnostics.append(Diagnostic(.warning, code: code, message, file: file, at: location, hint: hint))
    }

    /// Adds a diagnostic made elsewhere.
    public mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Reports every explicit YAML tag but `!!str` (which makes a plain value text) as an error: HireScore
    /// gives tags no meaning, and one silently ignored (`level: !!float 4`, `!custom`) would say something
    /// the file does not do. Only walks the tree when the text has a `!` at all.
    public mutating func rejectUnsupportedTags(in root: YAMLNode, source: [UInt8]) {
        guard source.contains(UInt8(ascii: "!")) else { return }
        for (tag, location) in root.explicitTags() where tag != YAMLNode.stringTag {
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
            error(
                .unsupportedTag,
                DecodingMessages.unsupportedTag(shown.shortened), at: location, hint: DecodingMessages.removeTheTag)
        }
    }

    /// Whether any error has been reported.
    public var hasErrors: Bool { diagnostics.hasErrors }

    // MARK: Values

    /// The text of a scalar, or nil with an error naming `key`.
    public mutating func readText(_ node: YAMLNode, key: String) -> String? {
        guard let scalar = node.scalar, !scalar.isNull else {
            typeMismatch(node, key: key, expected: DecodingMessages.text)
            return nil
        }
        return scalar.text
    }

    /// An integer, or nil with an error naming `key`.
    public mutating func readInteger(_ node: YAMLNode, key: String) -> Int? {
        do {
            return try node.integer()
        } catch {
            if error.message.contains("out of range") {
                self.error(
                    .outOfRange,
                    DecodingMessages.numberOutOfRange(key),
                    at: node.location)
            } else {
                typeMismatch(node, key: key, expected: DecodingMessages.wholeNumber)
            }
            return nil
        }
    }

    /// A finite decimal number, or nil with an error naming `key`.
    public mutating func readDecimal(_ node: YAMLNode, key: String) -> Double? {
        do {
            return try node.decimal()
        } catch {
            if error.message.contains("out of range") || error.message.contains("finite") {
                self.error(
                    .outOfRange,
                    DecodingMessages.numberNotFinite(key, found: node.scalar?.text ?? ""),
                    at: node.location)
            } else {
                typeMismatch(node, key: key, expected: DecodingMessages.number)
            }
            return nil
        }
    }

    /// A boolean (`true`/`false`), or nil with an error naming `key`.
    public mutating func readBoolean(_ node: YAMLNode, key: String) -> Bool? {
        do {
            return try node.boolean()
        } catch {
            typeMismatch(
                node, key: key, expected: DecodingMessages.trueOrFalse, hint: DecodingMessages.writeTrueOrFalse)
            return nil
        }
    }

    /// A calendar date `YYYY-MM-DD`, or nil with an error naming `key`.
    public mutating func readDate(_ node: YAMLNode, key: String) -> CalendarDate? {
        do {
            return try node.date()
        } catch {
            typeMismatch(
                node, key: key, expected: DecodingMessages.date, hint: DecodingMessages.writeDate)
            return nil
        }
    }

    /// An identifier in kebab-case (`claims-handler`), or nil with an error naming `key`.
    public mutating func readIdentifier(_ node: YAMLNode, key: String) -> String? {
        guard let text = readText(node, key: key) else { return nil }
        guard Identifier.isKebabCase(text) else {
            error(
                .invalidID,
                DecodingMessages.notKebabCase(key, found: text.shortened), at: node.location,
                hint: DecodingMessages.forExample(Identifier.suggestKebabCase(text)))
            return nil
        }
        return text
    }

    /// The items of a sequence, or nil with an error naming `key`.
    public mutating func readSequence(_ node: YAMLNode, key: String) -> [YAMLNode]? {
        guard let items = node.sequence else {
            typeMismatch(node, key: key, expected: DecodingMessages.list)
            return nil
        }
        return items
    }

    /// Bilingual text: a plain string (the same in every language) or a mapping of language to text,
    /// which must hold each of ``languages``.
    public mutating func readLocalizedText(_ node: YAMLNode, key: String) -> LocalizedText? {
        if let scalar = node.scalar, !scalar.isNull {
            return LocalizedText(scalar.text)
        }
        guard node.mapping != nil else {
            typeMismatch(node, key: key, expected: DecodingMessages.textOrTranslations)
            return nil
        }
        if let repaired = commaSplitText(node, key: key) { return repaired }
        let reader = MappingReader(
            node, context: DecodingMessages.textContext(key), decoder: &self, checkUnknownKeys: false)
        var translations: [String: String] = [:]
        for pair in reader.pairs {
            guard let language = pair.key.scalar?.text else { continue }
            if !languages.isEmpty && !languages.contains(language) {
                error(
                    .unknownLanguage,
                    DecodingMessages.undeclaredLanguage(key, language: language, languages: languages),
                    at: pair.key.location, hint: DecodingMessages.declareOrRemoveLanguage(language))
                continue
            }
            if let text = readText(pair.value, key: "\(key).\(language)") {
                translations[language] = text
            }
        }
        reader.finish(&self)
        let writtenLanguages = Set((node.mapping ?? []).compactMap { $0.key.scalar?.text })
        for language in languages where translations[language] == nil && !writtenLanguages.contains(language) {
            error(
                .missingTranslation,
                DecodingMessages.missingTranslation(key, language: language), at: node.location,
                hint: DecodingMessages.addTranslation(language))
        }
        return LocalizedText(translations: translations)
    }

    /// Bilingual text written as a flow mapping with an unquoted comma (`{de: Ruft an, fragt nach, en: ...}`):
    /// YAML ends the text at the comma and reads the rest as keys without values. One error says so, with the
    /// line as it should be written; the text is returned as meant, so nothing else is reported about it.
    mutating func commaSplitText(_ node: YAMLNode, key: String) -> LocalizedText? {
        guard !languages.isEmpty, let pairs = node.mapping,
            pairs.contains(where: { pair in pair.key.scalar.map { languages.contains($0.text) } ?? false })
        else { return nil }
        let strays = pairs.filter { pair in
            guard let name = pair.key.scalar?.text, !languages.contains(name) else { return false }
            return pair.value.scalar?.isNull == true
        }
        guard let first = strays.first else { return nil }
        var translations: [String: String] = [:]
        var order: [String] = []
        var current: String?
        for pair in pairs {
            guard let name = pair.key.scalar?.text else { continue }
            if languages.contains(name) {
                current = name
                order.append(name)
                translations[name] = pair.value.scalar?.text ?? ""
            } else if let current, pair.value.scalar?.isNull == true {
                translations[current, default: ""] += ", " + name
            }
        }
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let fixed = "{" + order.map { "\($0): \(quoted(translations[$0] ?? ""))" }.joined(separator: ", ") + "}"
        // The language whose text the first comma cut: the last language key before it.
        var language = order.first ?? ""
        for pair in pairs {
            if pair.key.location == first.key.location { break }
            if let name = pair.key.scalar?.text, languages.contains(name) { language = name }
        }
        let shape = "{" + languages.map { "\($0): …" }.joined(separator: ", ") + "}"
        error(
            .commaInText,
            DecodingMessages.commaInText(key, language: language, shape: shape), at: first.key.location,
            hint: DecodingMessages.writeItAs(fixed))
        return LocalizedText(translations: translations)
    }

    /// Reports that `node` is not what `key` needs.
    public mutating func typeMismatch(
        _ node: YAMLNode, key: String, expected: LocalizedText, hint: LocalizedText? = nil
    ) {
        let found = NodeDecoder.describe(node)
        error(
            .wrongType,
            DecodingMessages.wrongType(key, expected: expected, found: found),
            at: node.location, hint: hint)
    }

    /// A short description of what a node holds, for messages.
    public static func describe(_ node: YAMLNode) -> LocalizedText {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isNull { return DecodingMessages.nothing }
            return LocalizedText("'\(scalar.text.shortened)'")
        case .sequence: return DecodingMessages.list
        case .mapping: return DecodingMessages.mapping
        }
    }
}

extension String {
    /// The text cut to 40 characters, with line breaks shown as `⏎`, for quoting inside messages.
    package var shortened: String {
        let cut = count > 40 ? String(prefix(40)) + "…" : self
        return String(cut.map { $0.isNewline ? "⏎" : $0 })
    }
}
