import ScoringCore

extension PanelResult.Agreement {
    /// Agreement of a table of ratings: units (rows) × raters (columns), nil where there is no rating.
    ///
    /// - Parameters:
    ///   - table: the ratings; a row is one unit (a candidate-criterion pair), a column one rater.
    ///   - raterCount: the number of columns.
    ///   - present: whether each rater was on the panel of each unit (same shape as `table`); nil when
    ///     every rater was, so that every missing value is an n/a rating.
    ///   - candidateCount: the number of candidates the units come from; below
    ///     ``minimumCandidates`` no statistic is computed. Nil skips the check (a table that is not a
    ///     requisition's, such as a published example).
    ///   - seed: the seed of the bootstrap, so the interval is the same on every run.
    ///
    /// Alpha is Krippendorff's (``KrippendorffAlpha``) over every pairable unit. The ICC
    /// (``IntraclassCorrelation``) needs a complete table: it is computed over the raters who were on
    /// every unit's panel and the units all of them rated, and says so when it leaves any out.
    package static func compute(
        _ table: [[Double?]], raterCount: Int, present: [[Bool]]? = nil, candidateCount: Int? = nil,
        seed: UInt64 = KrippendorffAlpha.defaultSeed
    ) -> PanelResult.Agreement {
        var result = PanelResult.Agreement(
            alphaOrdinal: nil, alphaInterval: nil, alphaOrdinal95: nil, icc: nil, iccRaterCount: 0, iccUnitCount: 0,
            raterCount: 0, candidateCount: candidateCount, unitCount: 0, alphaMissing: nil, iccMissing: nil, notes: [])
        let active = (0..<raterCount).filter { column in table.contains { column < $0.count && $0[column] != nil } }
        result.raterCount = active.count
        let coincidences = KrippendorffAlpha.Coincidences(table)
        result.unitCount = coincidences.pairableUnits
        guard active.count >= 2 else {
            result.alphaMissing = .tooFewRaters
            result.iccMissing = .tooFewRaters
            result.notes.append(PanelMessages.tooFewRaters(active.count))
            return result
        }
        if let candidateCount, candidateCount < minimumCandidates {
            result.alphaMissing = .tooFewCandidates
            result.iccMissing = .tooFewCandidates
            result.notes.append(PanelMessages.tooFewCandidates(candidateCount))
            return result
        }

        addAlpha(to: &result, table, coincidences: coincidences, seed: seed)
        addICC(to: &result, table, active: active, present: present)
        return result
    }

    /// Alpha over every pairable unit, ordinal and interval, with the ordinal's bootstrap interval and the notes
    /// its value calls for; or why it is missing.
    private static func addAlpha(
        to result: inout PanelResult.Agreement, _ table: [[Double?]], coincidences: KrippendorffAlpha.Coincidences,
        seed: UInt64
    ) {
        if coincidences.pairableUnits < minimumAlphaUnits {
            result.alphaMissing = .tooFewUnits
            result.notes.append(PanelMessages.alphaTooFewUnits(coincidences.pairableUnits))
        } else if let ordinal = coincidences.alpha(.ordinal) {
            result.alphaOrdinal = ordinal
            result.alphaInterval = coincidences.alpha(.interval)
            result.alphaOrdinal95 = KrippendorffAlpha.bootstrap(table, metric: .ordinal, seed: seed)
            if AgreementReading.thousandths(ordinal) < 0 { result.notes.append(PanelMessages.alphaBelowZero(ordinal)) }
            let ranges = table.compactMap { row -> Double? in
                let values = row.compactMap { $0 }
                guard values.count >= 2, let low = values.min(), let high = values.max() else { return nil }
                return high - low
            }
            if AgreementReading(alpha: ordinal) == .unreliable, !ranges.isEmpty, ranges.allSatisfy({ $0 <= 1 }) {
                result.notes.append(PanelMessages.restrictionOfRange)
            }
        } else {
            result.alphaMissing = .noVariance
            result.notes.append(PanelMessages.alphaNoVariance)
        }
    }

    /// The ICC over the raters on every unit's panel (of the `active` raters) and the units all of them rated, with
    /// notes on what it leaves out and values outside their usual range; or why it is missing.
    private static func addICC(
        to result: inout PanelResult.Agreement, _ table: [[Double?]], active: [Int], present: [[Bool]]?
    ) {
        let everywhere = active.filter { column in
            table.indices.allSatisfy { row in present.map { column < $0[row].count && $0[row][column] } ?? true }
        }
        if everywhere.count < 2 {
            result.iccMissing = .panelsDiffer
            result.notes.append(PanelMessages.iccPanelsDiffer(everywhere.count))
            return
        }
        let rows = table.map { row in everywhere.map { $0 < row.count ? row[$0] : nil } }
        let complete = rows.compactMap { row -> [Double]? in
            let values = row.compactMap { $0 }
            return values.count == row.count ? values : nil
        }
        if complete.count < minimumICCUnits {
            if table.count < minimumICCUnits {
                result.iccMissing = .tooFewUnits
                result.notes.append(PanelMessages.iccTooFewUnits(table.count))
            } else {
                result.iccMissing = .notAssessed
                result.notes.append(PanelMessages.iccNotAssessed(complete: complete.count))
            }
            return
        }
        guard let icc = IntraclassCorrelation.icc2(complete) else {
            result.iccMissing = .noVariance
            result.notes.append(PanelMessages.iccNoVariance)
            return
        }
        result.icc = icc
        result.iccRaterCount = everywhere.count
        result.iccUnitCount = complete.count
        if everywhere.count < active.count {
            result.notes.append(PanelMessages.iccOverRaters(everywhere.count, leftOut: active.count - everywhere.count))
        }
        if complete.count < table.count {
            result.notes.append(PanelMessages.iccOverUnits(complete.count, of: table.count))
        }
        for (name, value) in [("ICC(2,1)", icc.single), ("ICC(2,\(everywhere.count))", icc.average)] {
            let shown = AgreementReading.thousandths(value)
            if shown > 1000 {
                result.notes.append(PanelMessages.aboveOne(name, value))
            } else if shown < 0 {
                result.notes.append(PanelMessages.iccBelowZero(name, value))
            }
        }
    }
}
