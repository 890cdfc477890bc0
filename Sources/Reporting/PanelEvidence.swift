import Foundation
import Panel
import ScoringCore

/// The evidence each rater wrote per criterion, as the merge kept it in each panel's raters
/// (``PanelResult/Rater/evidence``), for the reports people read in the debrief.
struct PanelEvidence {
    /// Evidence by scorecard file and criterion id.
    private var byFile: [String: [String: String]] = [:]

    init(_ report: PanelMerger.Report) {
        for panel in report.panels {
            for rater in panel.raters {
                byFile[rater.file] = rater.evidence
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
