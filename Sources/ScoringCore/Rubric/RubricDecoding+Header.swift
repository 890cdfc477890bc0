import YAML

extension RubricDecoding {
    /// The rubric's top-level facts (what it is, which version, who owns it, from when it applies), each nil when
    /// missing or invalid (an error has then been reported).
    struct Header {
        /// Where `id:` is written, also when its value is invalid.
        var idNode: YAMLNode?
        var id: String?
        var version: Int?
        var title: LocalizedText?
        var description: LocalizedText?
        var roleFamily: String?
        var owner: String?
        var effectiveFrom: CalendarDate?

        /// Whether every fact could be read.
        var isComplete: Bool {
            id != nil && version != nil && title != nil && description != nil && roleFamily != nil && owner != nil
                && effectiveFrom != nil
        }
    }

    /// Checks `format:`, which may be left out but, where written, must name the format this reader knows.
    func checkFormat(_ top: inout MappingReader, decoder: inout NodeDecoder) {
        if let format = top.optional("format"), let text = decoder.readText(format, key: "format"),
            text != "hirescore/rubric@1"
        {
            decoder.error(
                .unsupportedFormat,
                RubricMessages.unsupportedFormat(text.shortened), at: format.location)
        }
    }

    /// Reads `languages:`, the language codes every bilingual text of the rubric is written in (valid ones, once
    /// each, in the order written).
    func decodeLanguages(_ top: inout MappingReader, decoder: inout NodeDecoder) -> [String] {
        var languages: [String] = []
        guard let node = top.required("languages", decoder: &decoder, example: "[de, en]"),
            let items = decoder.readSequence(node, key: "languages")
        else { return languages }
        for item in items {
            guard let code = decoder.readText(item, key: "languages") else { continue }
            guard code.count >= 2, code.count <= 3, code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                decoder.error(
                    .invalidLanguage,
                    RubricMessages.notALanguageCode(code.shortened), at: item.location)
                continue
            }
            if languages.contains(code) {
                decoder.error(
                    .duplicateLanguage,
                    RubricMessages.languageListedTwice(code), at: item.location)
            } else {
                languages.append(code)
            }
        }
        if items.isEmpty {
            decoder.error(
                .noLanguages,
                RubricMessages.noLanguages, at: node.location, hint: RubricMessages.languagesExample)
        }
        return languages
    }

    /// Reads the top-level facts: `id`, `version`, `title`, `description`, `role-family`, `owner` and
    /// `effective-from`, in that order.
    func decodeHeader(_ top: inout MappingReader, decoder: inout NodeDecoder) -> Header {
        var header = Header()
        header.idNode = top.required("id", decoder: &decoder, example: "claims-handler")
        header.id = header.idNode.flatMap { decoder.readIdentifier($0, key: "id") }
        let versionNode = top.required("version", decoder: &decoder, example: "1")
        header.version = versionNode.flatMap { decoder.readInteger($0, key: "version") }
        if let value = header.version, value < 1, let versionNode {
            decoder.error(
                .invalidVersion,
                RubricMessages.invalidVersion(value), at: versionNode.location)
            header.version = nil
        }
        header.title = top.required("title", decoder: &decoder).flatMap {
            decoder.readLocalizedText($0, key: "title")
        }
        header.description = top.required("description", decoder: &decoder).flatMap {
            decoder.readLocalizedText($0, key: "description")
        }
        header.roleFamily = top.required("role-family", decoder: &decoder, example: "claims-handling").flatMap {
            decoder.readIdentifier($0, key: "role-family")
        }
        header.owner = top.required("owner", decoder: &decoder, example: "HR Recruiting").flatMap {
            decoder.readText($0, key: "owner")
        }
        header.effectiveFrom = top.required("effective-from", decoder: &decoder, example: "2026-01-01").flatMap {
            decoder.readDate($0, key: "effective-from")
        }
        return header
    }
}
