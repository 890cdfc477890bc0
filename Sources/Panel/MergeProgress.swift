import Foundation

/// How far a merge is, told to ``PanelMerger/progress`` as the work goes: a command shows it to people who wait.
package enum MergeProgress: Sendable, Hashable {
    /// `done` of `total` scorecard files read and decoded.
    case reading(done: Int, total: Int)
    /// `done` of `total` candidates checked and merged.
    case merging(done: Int, total: Int)
}
