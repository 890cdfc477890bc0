/// The weighted mean of the rated criteria of a list, with its arithmetic written out.
///
/// n/a ratings are left out of both the sum and the weights, so a criterion rated 5 beside one
/// rated n/a gives 5, never 2.5.
public struct WeightedMean: Sendable, Hashable {
    /// The mean, or nil when nothing was rated.
    public var value: Double?
    /// How many criteria were rated.
    public var ratedCount: Int
    /// How many were n/a.
    public var notAssessedCount: Int
    /// The arithmetic: `(2×4 + 1×3) / 3 = 3.67`.
    public var arithmetic: String

    /// Computes the weighted mean of `criteria` under `ratings`; the ``arithmetic`` is written only when
    /// `ratings` ``SectionRatings/explains`` (else it is empty).
    public init(of criteria: [Criterion], ratings: SectionRatings) {
        var terms: [String] = []
        var sum = 0.0
        var weights = 0.0
        var rated = 0
        var skipped = 0
        for criterion in criteria {
            guard let level = ratings.rating(of: criterion.id).value else {
                skipped += 1
                continue
            }
            rated += 1
            sum += criterion.weight * level
            weights += criterion.weight
            if ratings.explains { terms.append("\(Format.number(criterion.weight))×\(Format.number(level))") }
        }
        ratedCount = rated
        notAssessedCount = skipped
        if rated > 0, weights > 0 {
            let mean = sum / weights
            value = mean
            arithmetic =
                ratings.explains
                ? "(\(terms.joined(separator: " + "))) / \(Format.number(weights)) = \(Format.fixed(mean))" : ""
        } else {
            value = nil
            arithmetic = ""
        }
    }

    /// The arithmetic with decimal commas, for German text.
    public var arithmeticGerman: String {
        Format.decimalComma(arithmetic)
    }

    /// One explanation line: `weighted mean of 3 rated criteria: (...) = 3.67; 1 n/a left out`.
    public func explanation(of what: LocalizedText) -> LocalizedText {
        guard value != nil else { return ScoringMessages.nothingRated(what) }
        return ScoringMessages.weightedMean(
            what, rated: ratedCount, arithmetic: arithmetic, arithmeticGerman: arithmeticGerman,
            notAssessed: notAssessedCount)
    }
}
