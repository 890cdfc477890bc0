import Foundation
import ScoringCore

/// Interviewer statistics across candidates, for calibration: leniency or severity against the
/// rest of each panel, central tendency, halo and n/a rate.
///
/// Deviation is measured against the consensus of the *other* raters on the same criterion
/// (leave-one-out), so that an interviewer does not pull the yardstick towards themselves. In
/// Germany such statistics can need the works council's consent (BetrVG § 87): they are shown
/// aggregated, by name only from a minimum number of scorecards, or anonymously.
package struct Calibration: Sendable {
    /// One interviewer's statistics.
    package struct Interviewer: Sendable, Hashable {
        /// The name, or `R1`, `R2`, ... when anonymous or below the minimum.
        package var label: String
        /// Whether the label is the real name.
        package var isNamed: Bool
        /// The number of scorecards.
        package var scorecards: Int
        /// The mean deviation from the other raters' consensus, in scale levels (positive: lenient).
        package var meanDeviation: Double?
        /// The 95% interval of the mean deviation (t distribution over scorecards), when there are two or more.
        package var interval: ClosedRange<Double>?
        /// The share of their ratings at the middle of the scale (central tendency).
        package var middleShare: Double?
        /// The mean standard deviation of ratings within one of their scorecards (low: halo).
        package var spreadWithin: Double?
        /// The share of criteria they rated n/a.
        package var notAssessedShare: Double

        /// Lenient, severe or neither, judged by whether the interval excludes zero.
        package var tendency: Tendency {
            guard let interval else { return .unclear }
            if interval.lowerBound > 0 { return .lenient }
            if interval.upperBound < 0 { return .severe }
            return .inLine
        }
    }

    /// Leniency or severity.
    package enum Tendency: String, Sendable, Hashable, Codable {
        /// Rates higher than the rest of the panel.
        case lenient
        /// Rates lower than the rest of the panel.
        case severe
        /// Not distinguishable from the panel.
        case inLine = "in-line"
        /// Too few scorecards to tell.
        case unclear
    }

    /// The interviewers, named ones by name, the others as R1, R2, ...
    package var interviewers: [Interviewer]
    /// The minimum number of scorecards for showing a name.
    package var minimumForName: Int
    /// What the panels' scorecards rest on; reports show only its counts (``SignatureSummary/countsLine``), since
    /// signer names would undo the anonymity of the interviewers shown as R1, R2, ...
    package var signatures: SignatureSummary
    /// Per requisition ("" for scorecards without one), in order: each criterion's reliability across its
    /// candidates, projected to the panel's mean and to the raters needed for .80 (``CriterionReliability``).
    package var criterionReliability: [(requisition: String, criteria: [CriterionReliability])] = []

    /// Computes the statistics of every interviewer in `panels`.
    package init(_ panels: [PanelResult], minimumForName: Int = 5, anonymous: Bool = false) {
        self.minimumForName = minimumForName
        self.signatures = SignatureSummary(panels)
        let byRater = Calibration.accumulate(panels)
        var result: [Interviewer] = byRater.values.map(Calibration.interviewer(from:))
        // Named interviewers by name; the others pseudonymised, numbered by deviation (not by name).
        let named = result.filter { !anonymous && $0.scorecards >= minimumForName }.sorted { $0.label < $1.label }
        var hidden = result.filter { anonymous || $0.scorecards < minimumForName }
            .sorted { ($0.meanDeviation ?? 0, $0.scorecards) < ($1.meanDeviation ?? 0, $1.scorecards) }
        for index in hidden.indices {
            hidden[index].label = "R\(index + 1)"
            hidden[index].isNamed = false
        }
        result = named + hidden
        interviewers = result
        var byRequisition: [String: [PanelResult]] = [:]
        for panel in panels { byRequisition[panel.requisition ?? "", default: []].append(panel) }
        criterionReliability = byRequisition.keys.sorted().map {
            ($0, CriterionReliability.across(byRequisition[$0] ?? []))
        }
    }

    /// One interviewer's counts across the panels, before they become an ``Interviewer``.
    private struct Accumulator {
        var name: String
        var scorecards = 0
        var deviations: [Double] = []
        var ratings = 0
        var middle = 0
        var notAssessed = 0
        var criteria = 0
        var spreads: [Double] = []
    }

    /// Each interviewer's counts (by ``PanelResult/Rater/interviewerKey``): per scorecard the mean deviation from
    /// the other raters' consensus and the spread of their own ratings; ratings, middle ratings and n/a.
    private static func accumulate(_ panels: [PanelResult]) -> [String: Accumulator] {
        var byRater: [String: Accumulator] = [:]
        for panel in panels {
            let middle = panel.rubric.scale.middle
            for (column, rater) in panel.raters.enumerated() {
                let key = rater.interviewerKey
                var accumulator = byRater[key] ?? Accumulator(name: rater.interviewer)
                accumulator.scorecards += 1
                var cardDeviations: [Double] = []
                var own: [Double] = []
                for row in panel.rows {
                    accumulator.criteria += 1
                    guard let value = row.ratings[column].value else {
                        accumulator.notAssessed += 1
                        continue
                    }
                    own.append(value)
                    accumulator.ratings += 1
                    if value == middle { accumulator.middle += 1 }
                    let others = row.ratings.enumerated().filter { $0.offset != column }.compactMap { $0.element.value }
                    if let consensus = panel.method.combine(others) { cardDeviations.append(value - consensus) }
                }
                if !cardDeviations.isEmpty {
                    accumulator.deviations.append(cardDeviations.reduce(0, +) / Double(cardDeviations.count))
                }
                if own.count >= 2 { accumulator.spreads.append(Calibration.standardDeviation(own)) }
                byRater[key] = accumulator
            }
        }
        return byRater
    }

    /// An interviewer's statistics from their counts, named (pseudonymised later where needed).
    private static func interviewer(from accumulator: Accumulator) -> Interviewer {
        let mean =
            accumulator.deviations.isEmpty
            ? nil : accumulator.deviations.reduce(0, +) / Double(accumulator.deviations.count)
        var interval: ClosedRange<Double>?
        if let mean, accumulator.deviations.count >= 2 {
            let n = Double(accumulator.deviations.count)
            let halfWidth =
                Calibration.tQuantile975(degreesOfFreedom: accumulator.deviations.count - 1)
                * Calibration.standardDeviation(accumulator.deviations) / n.squareRoot()
            interval = (mean - halfWidth)...(mean + halfWidth)
        }
        return Interviewer(
            label: accumulator.name, isNamed: true, scorecards: accumulator.scorecards, meanDeviation: mean,
            interval: interval,
            middleShare: accumulator.ratings == 0 ? nil : Double(accumulator.middle) / Double(accumulator.ratings),
            spreadWithin: accumulator.spreads.isEmpty
                ? nil : accumulator.spreads.reduce(0, +) / Double(accumulator.spreads.count),
            notAssessedShare: accumulator.criteria == 0
                ? 0 : Double(accumulator.notAssessed) / Double(accumulator.criteria))
    }

    /// The sample standard deviation.
    static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count >= 2 else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// The 97.5% quantile of Student's t distribution (two-sided 95% interval).
    static func tQuantile975(degreesOfFreedom df: Int) -> Double {
        let table: [Double] = [
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
            2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
        ]
        if df >= 1 && df <= table.count { return table[df - 1] }
        if df <= 40 { return 2.021 }
        if df <= 60 { return 2.000 }
        if df <= 120 { return 1.980 }
        return 1.960
    }
}
