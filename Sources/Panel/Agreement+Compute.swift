import ScoringCore

extension PanelResult.Agreement {
    /// Agreement of a table of ratings: units (rows) × raters (columns), nil for n/a.
    public static func compute(_ table: [[Double?]], raterCount: Int) -> PanelResult.Agreement {
        var notes: [LocalizedText] = []
        let active = (0..<raterCount).filter { column in table.contains { column < $0.count && $0[column] != nil } }
        let activeRaters = active.count
        guard activeRaters >= 2 else {
            notes.append(.init(en: "no agreement statistics: only \(activeRaters) rater\(activeRaters == 1 ? "" : "s") rated anything; two or more are needed",
                               de: "keine Übereinstimmungswerte: nur \(activeRaters) Person\(activeRaters == 1 ? "" : "en") hat bewertet; nötig sind mindestens zwei"))
            return .init(alphaOrdinal: nil, alphaInterval: nil, icc: nil, raterCount: activeRaters, notes: notes)
        }
        let ordinal = KrippendorffAlpha.alpha(table, metric: .ordinal)
        let interval = KrippendorffAlpha.alpha(table, metric: .interval)
        let ranges = table.compactMap { row -> Double? in
            let values = row.compactMap { $0 }
            guard values.count >= 2, let low = values.min(), let high = values.max() else { return nil }
            return high - low
        }
        if let interval, interval < 0.667, !ranges.isEmpty, ranges.allSatisfy({ $0 <= 1 }) {
            notes.append(.init(en: "alpha is low although every rater is within one level on every criterion: the ratings barely vary between criteria (restriction of range), so read the spread, not alpha",
                               de: "Alpha ist niedrig, obwohl alle Bewertenden bei jedem Kriterium höchstens eine Stufe auseinanderliegen: die Bewertungen variieren kaum zwischen den Kriterien (Varianzeinschränkung); maßgeblich ist hier die Spanne, nicht Alpha"))
        }
        if interval == nil {
            notes.append(.init(en: "alpha is not defined: the ratings do not vary at all (or too few units are rated by two raters)",
                               de: "Alpha ist nicht definiert: die Bewertungen variieren gar nicht (oder zu wenige Einheiten sind doppelt bewertet)"))
        }
        // ICC over the raters who rated anything: a scorecard of only n/a adds no information and must not void it.
        let activeTable = table.map { row in active.map { $0 < row.count ? row[$0] : nil } }
        let complete = activeTable.filter { row in row.allSatisfy { $0 != nil } }
        var icc: IntraclassCorrelation.Result?
        if complete.count == table.count, table.count >= 2 {
            icc = IntraclassCorrelation.icc2(complete.map { $0.compactMap { $0 } })
            if icc == nil {
                notes.append(.init(en: "ICC is not defined for these ratings (no variance)", de: "ICC ist für diese Bewertungen nicht definiert (keine Varianz)"))
            }
        } else {
            notes.append(.init(en: "no ICC: it needs complete data, and some ratings are n/a",
                               de: "kein ICC: er braucht vollständige Daten, und einige Bewertungen sind n/a"))
        }
        return .init(alphaOrdinal: ordinal, alphaInterval: interval, icc: icc, raterCount: activeRaters, notes: notes)
    }
}
