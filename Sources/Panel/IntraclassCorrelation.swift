/// The intraclass correlation ICC(2,1) and ICC(2,k) of Shrout & Fleiss (1979): a two-way random
/// effects model, absolute agreement, for a complete table of targets × judges.
///
/// Reproduces the worked example of Shrout & Fleiss (6 targets × 4 judges): ICC(2,1) = 0.290 and
/// ICC(2,4) = 0.620.
public enum IntraclassCorrelation {
    /// ICC(2,1) (one judge) and ICC(2,k) (the mean of k judges).
    public struct Result: Sendable, Hashable {
        /// The reliability of a single judge's rating.
        public var single: Double
        /// The reliability of the mean of the k judges.
        public var average: Double
    }

    /// The ICCs of a complete table (rows: targets, columns: judges), or nil when undefined
    /// (fewer than two targets or judges, rows of different length, or no variance).
    package static func icc2(_ table: [[Double]]) -> Result? {
        let n = table.count
        guard n >= 2, let k = table.first?.count, k >= 2, table.allSatisfy({ $0.count == k }) else { return nil }
        let grand = table.flatMap { $0 }.reduce(0, +) / Double(n * k)
        let rowMeans = table.map { $0.reduce(0, +) / Double(k) }
        let columnMeans = (0..<k).map { j in table.reduce(0) { $0 + $1[j] } / Double(n) }
        let total = table.flatMap { $0 }.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let rows = Double(k) * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let columns = Double(n) * columnMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let error = total - rows - columns
        let bms = rows / Double(n - 1)
        let jms = columns / Double(k - 1)
        let ems = error / Double((n - 1) * (k - 1))
        let singleDenominator = bms + Double(k - 1) * ems + Double(k) * (jms - ems) / Double(n)
        let averageDenominator = bms + (jms - ems) / Double(n)
        guard singleDenominator != 0, averageDenominator != 0 else { return nil }
        return Result(single: (bms - ems) / singleDenominator, average: (bms - ems) / averageDenominator)
    }
}
