import CommandKit
import Foundation
import ScoringCore

/// One line on standard error that says what a long command is doing, rewritten in place: only when standard
/// error is a terminal that may be styled (not with NO_COLOR, not TERM=dumb), so never in pipes, files or tests'
/// captured output.
struct ProgressLine {
    /// Whether progress is shown at all.
    let enabled: Bool
    private var shown = false

    init(enabled: Bool = Terminal.standardError.supportsColor) {
        self.enabled = enabled
    }

    /// Replaces the line with `text` (cut to the terminal's width).
    mutating func show(_ text: LocalizedText, language: Language) {
        guard enabled else { return }
        let line = String(text.text(in: language).prefix(max(10, Terminal.standardError.columns - 1)))
        Terminal.standardError.write("\r\u{1B}[K" + line)
        shown = true
    }

    /// Removes a progress line another part of the command left (a no-op where progress is not shown).
    static func clearAny() {
        var line = ProgressLine()
        line.shown = true
        line.clear()
    }

    /// Removes the line, so what follows starts on a clean line.
    mutating func clear() {
        guard enabled, shown else { return }
        Terminal.standardError.write("\r\u{1B}[K")
        shown = false
    }
}

/// The progress texts, in German and English.
enum ProgressMessages {
    /// verify, every so many files.
    static func verifying(_ done: Int, of total: Int) -> LocalizedText {
        .init(
            en: "verifying scorecards: \(done) of \(total)…",
            de: "Bewertungsbögen werden geprüft: \(done) von \(total)…")
    }

    /// merge, rank, calibrate while reading and merging.
    static func merging(_ count: Int) -> LocalizedText {
        .init(
            en: "reading and merging \(count) scorecards…",
            de: "\(count) Bewertungsbögen werden gelesen und zusammengeführt…")
    }

    /// merge, rank, calibrate while rendering.
    static let rendering = LocalizedText(en: "writing the report…", de: "der Bericht wird geschrieben…")
}
