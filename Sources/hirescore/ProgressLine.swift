import CommandKit
import Foundation
import ScoringCore

/// One line on standard error that says how far a long command is, rewritten in place.
///
/// It appears only when standard error is a terminal (never in pipes or files, so never in captured output or
/// a report), and only once the command has run for about a second (`HIRESCORE_PROGRESS_AFTER` seconds when set,
/// which tests use), redrawn at most ten times a second. Where the terminal may be styled the line is erased with
/// an escape; with NO_COLOR or TERM=dumb it is overwritten with spaces instead: the same text, no escapes. The
/// command clears it before it writes anything else. Safe to call from the cores doing the work.
final class ProgressLine: @unchecked Sendable {
    /// Whether progress is shown at all.
    let enabled: Bool
    private let styled: Bool
    private let language: Language
    private let started = ContinuousClock.now
    private let delay: Duration
    private var lastDrawn: ContinuousClock.Instant?
    private let lock = NSLock()

    /// The width of the text on the terminal now (0: nothing shown), for every line of the process: a line one
    /// part of a command shows, another part clears (``clearAny()``).
    private nonisolated(unsafe) static var shownWidth = 0
    private static let shownLock = NSLock()

    /// The time a command runs before its progress shows: `HIRESCORE_PROGRESS_AFTER` seconds, else one second.
    static var delay: Duration {
        let value = ProcessInfo.processInfo.environment["HIRESCORE_PROGRESS_AFTER"].flatMap(Double.init)
        return .milliseconds(Int((value.map { max(0, $0) } ?? 1) * 1000))
    }

    init(
        language: Language, enabled: Bool = isatty(STDERR_FILENO) == 1,
        styled: Bool = Terminal.standardError.supportsColor
    ) {
        self.language = language
        self.enabled = enabled
        self.styled = styled
        self.delay = Self.delay
    }

    /// Replaces the line with `text` (cut to the terminal's width), once the delay has passed and the last
    /// drawing is a tenth of a second old; `always` skips the tenth (for a phase's first or last line).
    func show(_ text: LocalizedText, always: Bool = false) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let due = lock.withLock { () -> Bool in
            guard now - started >= delay else { return false }
            if !always, let lastDrawn, now - lastDrawn < .milliseconds(100) { return false }
            lastDrawn = now
            return true
        }
        guard due else { return }
        let line = String(text.text(in: language).prefix(max(10, Terminal.standardError.columns - 1)))
        Self.shownLock.withLock {
            let width = line.count
            if styled {
                Terminal.standardError.write("\r\u{1B}[K" + line)
            } else {
                let padding = String(repeating: " ", count: max(0, Self.shownWidth - width))
                Terminal.standardError.write("\r" + line + padding)
            }
            Self.shownWidth = width
        }
    }

    /// Removes a progress line any part of the command left (a no-op where none is shown).
    static func clearAny() {
        shownLock.withLock {
            guard shownWidth > 0 else { return }
            let styled = Terminal.standardError.supportsColor
            Terminal.standardError.write(
                styled ? "\r\u{1B}[K" : "\r" + String(repeating: " ", count: shownWidth) + "\r")
            shownWidth = 0
        }
    }

    /// Removes the line, so what follows starts on a clean line.
    func clear() {
        guard enabled else { return }
        Self.clearAny()
    }
}
