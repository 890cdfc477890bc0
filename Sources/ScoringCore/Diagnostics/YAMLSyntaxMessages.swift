import YAML

/// LibYAML's own syntax messages in German.
///
/// LibYAML reports a problem (`did not find expected key`) and the construct it was reading
/// (`while parsing a block mapping`, with where it starts) in English. The ones a rubric author or interviewer meets
/// are paraphrased here; an unknown one is shown as LibYAML wrote it. The English text stays as LibYAML wrote it,
/// and `--format json` keeps it in `original` whatever the language.
enum YAMLSyntaxMessages {
    /// LibYAML's problem texts, by their English original, in German.
    static let problems: [String: String] = [
        "did not find expected key": "hier wurde ein Schlüssel erwartet",
        "did not find expected node content": "hier wurde ein Wert erwartet, aber keiner gefunden",
        "did not find expected ',' or ']'": "hier wurde ',' oder ']' erwartet",
        "did not find expected ',' or '}'": "hier wurde ',' oder '}' erwartet",
        "did not find expected '-' indicator": "hier wurde ein Listenpunkt '-' erwartet",
        "did not find expected <document start>": "hier wurde der Beginn des Dokuments erwartet",
        "did not find expected comment or line break": "hier wurde ein Kommentar oder ein Zeilenende erwartet",
        "did not find expected alphabetic or numeric character": "hier wurde ein Buchstabe oder eine Ziffer erwartet",
        "did not find expected whitespace or line break": "hier wurde ein Leerzeichen oder ein Zeilenende erwartet",
        "could not find expected ':'": "hier wurde ':' erwartet (nach einem Schlüssel)",
        "mapping values are not allowed in this context":
            "ein Wert nach ':' ist hier nicht erlaubt (fehlen Anführungszeichen um einen Text mit ': '?)",
        "mapping keys are not allowed in this context": "ein Schlüssel ist hier nicht erlaubt",
        "block sequence entries are not allowed in this context": "ein Listenpunkt '-' ist hier nicht erlaubt",
        "found unexpected end of stream": "die Datei endet unerwartet",
        "found character that cannot start any token": "mit diesem Zeichen kann in YAML nichts beginnen",
        "found a tab character that violates indentation": "ein Tabulator stört die Einrückung",
        "found a tab character where an indentation space is expected":
            "ein Tabulator steht, wo ein Leerzeichen zur Einrückung erwartet wird",
        "found undefined alias": "ein Alias ohne vorher definierten Anker",
        "found unexpected ':'": "unerwartetes ':'",
        "found unexpected document indicator": "unerwartete Dokumentmarke ('---' oder '...')",
        "found unknown escape character": "unbekanntes Escape-Zeichen nach '\\'",
        "found duplicate anchor; first occurrence": "doppelter Anker; das erste Vorkommen",
        "found unexpected non-alphabetical character": "unerwartetes Zeichen, das kein Buchstabe ist",
    ]

    /// LibYAML's context texts, by their English original, in German.
    static let contexts: [String: String] = [
        "while parsing a block mapping": "beim Lesen einer eingerückten Zuordnung",
        "while parsing a block collection": "beim Lesen einer eingerückten Liste oder Zuordnung",
        "while parsing a block node": "beim Lesen eines eingerückten Werts",
        "while parsing a flow mapping": "beim Lesen einer Zuordnung in { }",
        "while parsing a flow sequence": "beim Lesen einer Liste in [ ]",
        "while parsing a flow node": "beim Lesen eines Werts in [ ] oder { }",
        "while parsing a node": "beim Lesen eines Werts",
        "while scanning a simple key": "beim Lesen eines Schlüssels",
        "while scanning a quoted scalar": "beim Lesen eines Textes in Anführungszeichen",
        "while scanning a plain scalar": "beim Lesen eines Textes",
        "while scanning a block scalar": "beim Lesen eines Textblocks (| oder >)",
        "while scanning for the next token": "beim Suchen des nächsten Elements",
        "while scanning an anchor": "beim Lesen eines Ankers (&)",
        "while scanning an alias": "beim Lesen eines Alias (*)",
        "while scanning a tag": "beim Lesen eines Tags (!)",
        "while scanning a directive": "beim Lesen einer Direktive (%)",
    ]

    /// A syntax error: LibYAML's English as it wrote it, in German the known problem and context paraphrased (an
    /// unknown one as LibYAML wrote it).
    static func syntaxError(_ error: YAMLError) -> LocalizedText {
        var german = error.message
        if let problem = error.problem {
            german = problems[problem] ?? problem
            if let context = error.context, let location = error.contextLocation {
                let paraphrase = contexts[context].map { "\($0), begonnen bei \(location)" }
                german += " (" + (paraphrase ?? "\(context) that starts at \(location)") + ")"
            }
        }
        return LocalizedText(en: "YAML syntax error: \(error.message)", de: "YAML-Syntaxfehler: \(german)")
    }

    /// An alias whose anchor is not defined before it.
    static func unknownAnchor(_ error: YAMLError) -> LocalizedText {
        guard let name = error.subject else { return LocalizedText(en: error.message, de: error.message) }
        return LocalizedText(
            en: error.message, de: "der Alias '*\(name)' nennt keinen Anker, der vor ihm definiert ist")
    }
}
