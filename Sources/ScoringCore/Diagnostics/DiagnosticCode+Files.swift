// The documented diagnostic codes: files and yaml. Listed in DiagnosticCode+Registry.swift.

extension DiagnosticCode {
    /// A rubric path names no file or folder.
    public static let noSuchFile = DiagnosticCode(
        "no-such-file",
        meaning: "A rubric path names no file or folder.",
        example: "rubrics/claims-handlr.yaml: error: no such file or folder")

    /// A rubric folder holds no rubric files (`*.yaml`).
    public static let emptyFolder = DiagnosticCode(
        "empty-folder",
        meaning: "A rubric folder holds no rubric files (`*.yaml`).",
        example: "rubrics: warning: the folder holds no rubric files (*.yaml)")

    /// A file is larger than the size limit for its kind.
    public static let tooLarge = DiagnosticCode(
        "too-large",
        meaning: "A file is larger than the size limit for its kind.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml: error: the file is 1048577 bytes, more than the limit of 1048576 bytes"
    )

    /// A path names something that is not a regular file (a folder, a device, a FIFO).
    public static let notAFile = DiagnosticCode(
        "not-a-file",
        meaning: "A path names something that is not a regular file (a folder, a device, a FIFO).",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml: error: it is not a regular file (a folder, pipe or device); it was not read"
    )

    /// A file cannot be opened or read (it is missing, not permitted, or an I/O error occurred).
    public static let unreadable = DiagnosticCode(
        "unreadable",
        meaning: "A file cannot be opened or read (it is missing, not permitted, or an I/O error occurred).",
        example: "rubrics/claims-handler.yaml: error: the file cannot be read (it does not exist or is not readable)")

    /// Two files define the same rubric id and version.
    public static let duplicateRubric = DiagnosticCode(
        "duplicate-rubric",
        meaning: "Two files define the same rubric id and version.",
        example:
            "rubrics/claims-handler-copy.yaml:3:5: error: rubric 'claims-handler' version 3 is also defined in rubrics/claims-handler.yaml"
    )

    /// The file is not well-formed YAML.
    public static let yamlSyntax = DiagnosticCode(
        "yaml-syntax",
        meaning: "The file is not well-formed YAML.",
        example:
            "rubrics/claims-handler.yaml:1:35: error: YAML syntax error: mapping values are not allowed in this context"
    )

    /// The YAML text is larger than the reader's limit.
    public static let yamlTooLarge = DiagnosticCode(
        "yaml-too-large",
        meaning: "The YAML text is larger than the reader's limit.",
        example: "rubrics/claims-handler.yaml: error: the file is 1048577 bytes, more than the limit of 1048576 bytes")

    /// The file is not UTF-8 text (or is UTF-16/32).
    public static let yamlNotUTF8 = DiagnosticCode(
        "yaml-not-utf8",
        meaning: "The file is not UTF-8 text (or is UTF-16/32).",
        example: "rubrics/claims-handler.yaml:3:15: error: the file is not valid UTF-8")

    /// The file holds more than one YAML document.
    public static let yamlMultipleDocuments = DiagnosticCode(
        "yaml-multiple-documents",
        meaning: "The file holds more than one YAML document.",
        example: "rubrics/claims-handler.yaml:2:1: error: the file holds more than one YAML document")

    /// The file holds no YAML document at all.
    public static let yamlEmpty = DiagnosticCode(
        "yaml-empty",
        meaning: "The file holds no YAML document at all.",
        example: "rubrics/claims-handler.yaml: error: the file is empty")

    /// Aliases or nesting expand the document beyond the reader's node or depth budget.
    public static let yamlBudgetExceeded = DiagnosticCode(
        "yaml-budget-exceeded",
        meaning: "Aliases or nesting expand the document beyond the reader's node or depth budget.",
        example: "rubrics/claims-handler.yaml:1:201: error: the document is nested more than 200 levels deep")

    /// An alias names an anchor that is not defined before it.
    public static let yamlUnknownAnchor = DiagnosticCode(
        "yaml-unknown-anchor",
        meaning: "An alias names an anchor that is not defined before it.",
        example: "rubrics/claims-handler.yaml:1:5: error: the alias '*nowhere' names no anchor defined before it")

    /// The YAML writer could not write a document.
    public static let yamlEmitter = DiagnosticCode(
        "yaml-emitter",
        meaning: "The YAML writer could not write a document.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml: error: the YAML emitter failed: invalid UTF-8 in a scalar")
}
