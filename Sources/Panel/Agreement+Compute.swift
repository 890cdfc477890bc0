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
    public static func compute(
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
            result.notes.append(.tooFewRaters(active.count))
            return result
        }
        if let candidateCount, candidateCount < minimumCandidates {
            result.alphaMissing = .tooFewCandidates
            result.iccMissing = .tooFewCandidates
            result.notes.append(.tooFewCandidates(candidateCount))
            return result
        }

        // Alpha over every pairable unit.
        if coincidences.pairableUnits < minimumAlphaUnits {
            result.alphaMissing = .tooFewUnits
            result.notes.append(.alphaTooFewUnits(coincidences.pairableUnits))
        } else if let ordinal = coincidences.alpha(.ordinal) {
            result.alphaOrdinal = ordinal
            result.alphaInterval = coincidences.alpha(.interval)
            result.alphaOrdinal95 = KrippendorffAlpha.bootstrap(table, metric: .ordinal, seed: seed)
            if AgreementReading.thousandths(ordinal) < 0 { result.notes.append(.alphaBelowZero(ordinal)) }
            let ranges = table.compactMap { row -> Double? in
                let values = row.compactMap { $0 }
                guard values.count >= 2, let low = values.min(), let high = values.max() else { return nil }
                return high - low
            }
            if AgreementReading(alpha: ordinal) == .unreliable, !ranges.isEmpty, ranges.allSatisfy({ $0 <= 1 }) {
                result.notes.append(.restrictionOfRange)
            }
        } else {
            result.alphaMissing = .noVariance
            result.notes.append(.alphaNoVariance)
        }

        // ICC over the raters on every unit's panel and the units all of them rated.
        let everywhere = active.filter { column in
            table.indices.allSatisfy { row in present.map { column < $0[row].count && $0[row][column] } ?? true }
        }
        if everywhere.count < 2 {
            result.iccMissing = .panelsDiffer
            result.notes.append(.iccPanelsDiffer(everywhere.count))
            return result
        }
        let rows = table.map { row in everywhere.map { $0 < row.count ? row[$0] : nil } }
        let complete = rows.compactMap { row -> [Double]? in
            let values = row.compactMap { $0 }
            return values.count == row.count ? values : nil
        }
        if complete.count < minimumICCUnits {
            if table.count < minimumICCUnits {
                result.iccMissing = .tooFewUnits
                result.notes.append(.iccTooFewUnits(table.count))
            } else {
                result.iccMissing = .notAssessed
                result.notes.append(.iccNotAssessed(complete: complete.count))
            }
            return result
        }
        guard let icc = IntraclassCorrelation.icc2(complete) else {
            result.iccMissing = .noVariance
            result.notes.append(.iccNoVariance)
            return result
        }
        result.icc = icc
        result.iccRaterCount = everywhere.count
        result.iccUnitCount = complete.count
        if everywhere.count < active.count {
            result.notes.append(.iccOverRaters(everywhere.count, leftOut: active.count - everywhere.count))
        }
        if complete.count < table.count { result.notes.append(.iccOverUnits(complete.count, of: table.count)) }
        for (name, value) in [("ICC(2,1)", icc.single), ("ICC(2,\(everywhere.count))", icc.average)] {
            let shown = AgreementReading.thousandths(value)
            if shown > 1000 {
                result.notes.append(.aboveOne(name, value))
            } else if shown < 0 {
                result.notes.append(.iccBelowZero(name, value))
            }
        }
        return result
    }
}

// The sentences of the agreement statistics, English and German side by side.
extension LocalizedText {
    static func tooFewRaters(_ count: Int) -> LocalizedText {
        .init(
            en:
                "no agreement statistics: only \(count) rater\(count == 1 ? "" : "s") rated anything; two or more are needed",
            de:
                "keine Übereinstimmungswerte: nur \(count) Person\(count == 1 ? " hat" : "en haben") bewertet; nötig sind mindestens zwei"
        )
    }

    static func tooFewCandidates(_ count: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumCandidates
        return .init(
            en:
                "no agreement statistics: \(count) candidate\(count == 1 ? "" : "s"), at least \(minimum) are needed; with fewer, alpha and ICC mostly measure how the criteria of one profile differ",
            de:
                "keine Übereinstimmungswerte: \(count) Kandidat*in\(count == 1 ? "" : "nen"), nötig sind mindestens \(minimum); mit weniger messen Alpha und ICC vor allem, wie sich die Kriterien eines Profils unterscheiden"
        )
    }

    static func alphaTooFewUnits(_ count: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumAlphaUnits
        return .init(
            en: "no alpha: too few units (\(count) rated by two raters or more, at least \(minimum) are needed)",
            de:
                "kein Alpha: zu wenige Einheiten (\(count) von mindestens zwei Personen bewertet, nötig sind mindestens \(minimum))"
        )
    }

    static let alphaNoVariance = LocalizedText(
        en: "no alpha: every rating is the same level, so there is no variance to measure agreement against",
        de:
            "kein Alpha: alle Bewertungen liegen auf derselben Stufe, es gibt keine Varianz, an der sich Übereinstimmung messen ließe"
    )

    static let restrictionOfRange = LocalizedText(
        en:
            "alpha is low although every rater is within one level on every unit: the ratings barely vary (restriction of range), so read the spread, not alpha",
        de:
            "Alpha ist niedrig, obwohl alle Bewertenden bei jeder Einheit höchstens eine Stufe auseinanderliegen: die Bewertungen variieren kaum (Varianzeinschränkung); maßgeblich ist hier die Spanne, nicht Alpha"
    )

    static func alphaBelowZero(_ value: Double) -> LocalizedText {
        .init(
            en:
                "α \(Format.fixed(value, digits: 3)) is below 0, the bottom of its usual range: the raters disagree more than chance would make them (systematic disagreement)",
            de:
                "α \(Format.fixed(value, digits: 3, language: .de)) liegt unter 0, dem unteren Ende des üblichen Bereichs: die Bewertenden weichen stärker voneinander ab als zufällig (systematische Uneinigkeit)"
        )
    }

    static func iccPanelsDiffer(_ everywhere: Int) -> LocalizedText {
        .init(
            en:
                "no ICC: it needs the same raters for every unit, and the panels differ (\(everywhere) rater\(everywhere == 1 ? "" : "s") rated every candidate, two are needed)",
            de:
                "kein ICC: er braucht dieselben Bewertenden für jede Einheit, und die Panels unterscheiden sich (\(everywhere) Person\(everywhere == 1 ? " hat" : "en haben") alle Kandidat*innen bewertet, nötig sind zwei)"
        )
    }

    static func iccTooFewUnits(_ count: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumICCUnits
        return .init(
            en: "no ICC: too few units (\(count), at least \(minimum) are needed)",
            de: "kein ICC: zu wenige Einheiten (\(count), nötig sind mindestens \(minimum))")
    }

    static func iccNotAssessed(complete: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumICCUnits
        return .init(
            en:
                "no ICC: it needs complete data, and with the units that have an n/a rating left out \(complete) remain\(complete == 1 ? "s" : "") (at least \(minimum) are needed)",
            de:
                "kein ICC: er braucht vollständige Daten, und ohne die Einheiten mit einer n/a-Bewertung bleiben \(complete) (nötig sind mindestens \(minimum))"
        )
    }

    static let iccNoVariance = LocalizedText(
        en: "no ICC: the ratings do not vary (no variance)",
        de: "kein ICC: die Bewertungen variieren nicht (keine Varianz)")

    static func iccOverRaters(_ count: Int, leftOut: Int) -> LocalizedText {
        .init(
            en: "ICC over the \(count) raters who rated every candidate (\(leftOut) left out)",
            de:
                "ICC über die \(count) Personen, die alle Kandidat*innen bewertet haben (\(leftOut) nicht berücksichtigt)"
        )
    }

    static func iccOverUnits(_ count: Int, of total: Int) -> LocalizedText {
        .init(
            en: "ICC over \(count) of \(total) units (\(total - count) with an n/a rating left out)",
            de:
                "ICC über \(count) von \(total) Einheiten (\(total - count) mit einer n/a-Bewertung nicht berücksichtigt)"
        )
    }

    static func aboveOne(_ name: String, _ value: Double) -> LocalizedText {
        .init(
            en:
                "\(name) \(Format.fixed(value, digits: 3)) lies outside its usual range (up to 1): too few units, or raters who differ systematically; it cannot be read as reliability",
            de:
                "\(name) \(Format.fixed(value, digits: 3, language: .de)) liegt außerhalb des üblichen Bereichs (bis 1): zu wenige Einheiten oder systematisch abweichende Bewertende; als Reliabilität nicht lesbar"
        )
    }

    static func iccBelowZero(_ name: String, _ value: Double) -> LocalizedText {
        .init(
            en:
                "\(name) \(Format.fixed(value, digits: 3)) is below 0, the bottom of its usual range: no agreement beyond chance",
            de:
                "\(name) \(Format.fixed(value, digits: 3, language: .de)) liegt unter 0, dem unteren Ende des üblichen Bereichs: keine Übereinstimmung über den Zufall hinaus"
        )
    }
}
