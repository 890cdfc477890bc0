import Panel
import ScoringCore

/// How the merge reports are written piece by piece (`hirescore merge` of a campaign): the candidates a slice at a
/// time, each slice rendered on all cores and handed on in order before the next is started, so that a report of
/// tens of thousands of scorecards is never held whole in memory. The pieces joined are the whole report.
enum ReportPieces {
    /// Candidates rendered together: enough to keep both cores busy, few enough to stay small.
    static let candidatesPerPiece = 256

    /// `render(number, panel)` of every panel (numbered from 1), a slice at a time on all cores, handed to `emit` in
    /// order, with `separator` between two panels' texts (also between slices).
    static func candidates(
        _ panels: [PanelResult], separator: String = "", emit: (String) -> Void,
        _ render: @Sendable (_ number: Int, _ panel: PanelResult) -> String
    ) {
        for start in stride(from: 0, to: panels.count, by: candidatesPerPiece) {
            let end = min(start + candidatesPerPiece, panels.count)
            let texts = ParallelMap.map(end - start) { offset in render(start + offset + 1, panels[start + offset]) }
            emit((start == 0 ? "" : separator) + texts.joined(separator: separator))
        }
    }
}
