import Foundation
import Panel
import ScoringCore

/// The evidence each rater wrote per criterion, read back from the merged scorecards' text that the
/// merge kept (``PanelMerger/Report/sources``), for the reports people read in the debrief.
///
/// A panel result holds ratings, not evidence; the scorecards it was made of do. Only files that went
/// into a panel are read, against that panel's rubric.
struct PanelEvidence {
    /// Evidence by scorecard file and criterion id.
    private var byFile: [String: [String: String]] = [:]

    init(_ report: PanelMerger.Report) {
        let loader = ScorecardLoader()
        for panel in report.panels {
            for rater in panel.raters {
                guard let source = report.sources[rater.file] else { continue }
                let loaded = loader.load(bytes: Array(source.utf8), path: rater.file, rubrics: [panel.rubric])
                guard let scorecard = loaded.scorecard else { continue }
                var entries: [String: String] = [:]
                for (criterion, entry) in scorecard.entries {
                    if let evidence = entry.evidence?.trimmingWhitespace, !evidence.isEmpty { entries[criterion] = evidence }
                }
                byFile[rater.file] = entries
            }
        }
    }

    /// What the rater of `file` wrote for `criterion`, if anything.
    func evidence(file: String, criterion: String) -> String? {
        byFile[file]?[criterion]
    }

    /// Whether any rater of `panel` wrote evidence.
    func hasEvidence(_ panel: PanelResult) -> Bool {
        panel.raters.contains { !(byFile[$0.file]?.isEmpty ?? true) }
    }
}

extension String {
    /// The text without leading and trailing spaces and line breaks.
    var trimmingWhitespace: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
