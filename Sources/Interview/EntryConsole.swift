/// Where an entry session writes its prompts and reads its answers: a terminal, standard input, or a test.
public protocol EntryConsole: AnyObject {
    /// Writes text (prompts, anchors, messages).
    func write(_ text: String)
    /// Reads one answer line without its line break, or nil at end of input.
    func readLine() -> String?
}

/// A console over a list of answer lines, for scripted entry (`--answers FILE`) and tests.
///
/// Lines starting with `#` are comments and are skipped; every other line, including an empty one,
/// is an answer. Written text is collected in ``output``.
public final class ScriptedConsole: EntryConsole {
    private var lines: [String]
    private var position = 0
    /// Everything written so far.
    public private(set) var output = ""
    /// The 1-based line number (in the script) of the last answer read.
    public private(set) var lineNumber = 0

    /// Creates a console that answers from `script` (the text of an answers file).
    public init(script: String) {
        // Split the UTF-8 bytes, not the characters: "\r\n" is one Character in Swift, so a CRLF file split on
        // the character "\n" would be one single line. A leading byte-order mark (Windows editors) is not an answer.
        let bytes = script.utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? script.utf8.dropFirst(3) : script.utf8[...]
        var split = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line -> String in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        if split.last == "" { split.removeLast() }
        lines = split
    }

    /// Collects written text.
    public func write(_ text: String) {
        output += text
    }

    /// The next line that is not a comment, or nil when the script is used up.
    public func readLine() -> String? {
        while position < lines.count {
            let line = lines[position]
            position += 1
            if line.hasPrefix("#") { continue }
            lineNumber = position
            return line
        }
        return nil
    }
}
