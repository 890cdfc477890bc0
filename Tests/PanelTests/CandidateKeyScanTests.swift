import Panel
import Testing

/// The group key a merge finds in a scorecard's bytes before decoding it: certain only for the plain form HireScore
/// writes, nil for anything else (the file is then decoded to find it).
struct CandidateKeyScanTests {
    /// One scenario: the file's text and the key found (requisition, NUL, candidate), or nil.
    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var key: String?
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(
            name: "as written by enter",
            text: "format: hirescore/scorecard@1\nrubric:\n  id: claims-handler\ncandidate: c-102\n"
                + "requisition: claims-2026-01\ninterviewer: Anna\n",
            key: "claims-2026-01\u{0}c-102"),
        Scenario(name: "no requisition", text: "candidate: c-1\ninterviewer: Anna\n", key: "\u{0}c-1"),
        Scenario(name: "requisition first", text: "requisition: r.1\ncandidate: C_1\n", key: "r.1\u{0}C_1"),
        Scenario(name: "spaces around the value", text: "candidate:   c-1  \n", key: "\u{0}c-1"),
        Scenario(
            name: "comments and blank lines", text: "# note\n\ncandidate: c-1\n# candidate: c-2\n", key: "\u{0}c-1"),
        Scenario(
            name: "nested candidate keys are not the card's", text: "ratings:\n  candidate: c-9\ncandidate: c-1\n",
            key: "\u{0}c-1"),
        Scenario(name: "a longer key that starts alike", text: "candidate-notes: x\ncandidate: c-1\n", key: "\u{0}c-1"),
        Scenario(
            name: "a sequence at column 0 as a key's value", text: "candidate: c-1\norder:\n- a\n-\n- b\n",
            key: "\u{0}c-1"),
        Scenario(name: "a sequence before any key", text: "- a\ncandidate: c-1\n", key: nil),
        Scenario(name: "a plain scalar starting with a dash", text: "candidate: c-1\n-a\n", key: nil),
        Scenario(name: "no candidate", text: "requisition: r-1\ninterviewer: Anna\n", key: nil),
        Scenario(name: "twice", text: "candidate: c-1\ncandidate: c-2\n", key: nil),
        Scenario(name: "requisition twice", text: "candidate: c-1\nrequisition: a\nrequisition: b\n", key: nil),
        Scenario(name: "quoted value", text: "candidate: \"c-1\"\n", key: nil),
        Scenario(name: "quoted key", text: "\"candidate\": c-1\n", key: nil),
        Scenario(name: "space before the colon", text: "candidate : c-1\n", key: nil),
        Scenario(name: "value on the next line", text: "candidate:\n  c-1\n", key: nil),
        Scenario(name: "comment after the value", text: "candidate: c-1 # first\n", key: nil),
        Scenario(name: "value with a space", text: "candidate: c 1\n", key: nil),
        Scenario(name: "CR line ends", text: "candidate: c-1\r\ninterviewer: Anna\r\n", key: nil),
        Scenario(name: "byte-order mark", text: "\u{FEFF}candidate: c-1\n", key: nil),
        Scenario(name: "document marker", text: "---\ncandidate: c-1\n", key: nil),
        Scenario(name: "flow mapping", text: "{candidate: c-1}\n", key: nil),
        Scenario(name: "indented document", text: "  candidate: c-1\n", key: nil),
        Scenario(name: "tab", text: "\tcandidate: c-1\n", key: nil),
        Scenario(name: "anchored key", text: "&a candidate: c-1\n", key: nil),
        Scenario(name: "non-ASCII value", text: "candidate: ç-1\n", key: nil),
        Scenario(name: "empty file", text: "", key: nil),
        Scenario(name: "no line feed at the end", text: "candidate: c-1", key: "\u{0}c-1"),
    ]

    @Test(arguments: scenarios) func findsTheKeyOnlyWhenCertain(_ scenario: Scenario) {
        #expect(CandidateKeyScan.key(in: Array(scenario.text.utf8)) == scenario.key)
    }
}
