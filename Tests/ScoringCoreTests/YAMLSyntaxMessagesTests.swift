import Testing
import YAML

@testable import ScoringCore

/// LibYAML's problem and context texts in German: known ones paraphrased, unknown ones as LibYAML wrote them.
@Suite struct YAMLSyntaxMessagesTests {
    static func syntaxError(problem: String, context: String?) -> YAMLError {
        var error = YAMLError(.syntax, problem + (context.map { " (\($0) that starts at 1:1)" } ?? ""))
        error.problem = problem
        error.context = context
        error.contextLocation = context.map { _ in SourceLocation(line: 1, column: 1) }
        return error
    }

    @Test(
        arguments: [
            (
                "did not find expected node content", nil,
                "YAML-Syntaxfehler: hier wurde ein Wert erwartet, aber keiner gefunden"
            ),
            (
                "did not find expected ',' or ']'", "while parsing a flow sequence",
                "YAML-Syntaxfehler: hier wurde ',' oder ']' erwartet (beim Lesen einer Liste in [ ], begonnen bei 1:1)"
            ),
            // Unknown texts stay as LibYAML wrote them.
            ("found a brand-new problem", nil, "YAML-Syntaxfehler: found a brand-new problem"),
            (
                "found a brand-new problem", "while parsing something new",
                "YAML-Syntaxfehler: found a brand-new problem (while parsing something new that starts at 1:1)"
            ),
            (
                "found undefined alias", "while parsing something new",
                "YAML-Syntaxfehler: ein Alias ohne vorher definierten Anker (while parsing something new that starts at 1:1)"
            ),
        ] as [(String, String?, String)])
    func german(problem: String, context: String?, expected: String) {
        let error = Self.syntaxError(problem: problem, context: context)
        let message = YAMLSyntaxMessages.syntaxError(error)
        #expect(message.text(in: .de) == expected)
        #expect(message.text(in: .en) == "YAML syntax error: " + error.message)
    }
}
