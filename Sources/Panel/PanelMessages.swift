import ScoringCore

/// The sentences of the panel merge, each with its German and English text: why a scorecard or a candidate is
/// refused, what the consensus adds to a knock-out or a recommendation, the knock-out lines, the agreement
/// statistics' notes and the panel status.
///
/// The entries are grouped by what shows them, one file each (`PanelMessages+Merge.swift`, …); ``entries`` lists
/// them all for the test that every entry has both languages.
package enum PanelMessages: MessageCatalogue {
    /// Every entry of every group.
    package static var entries: [(name: String, text: LocalizedText)] {
        mergeEntries + knockOutEntries + agreementEntries + statusEntries
    }

    /// Entries that are the same in German on purpose: none.
    package static var sameInBothLanguages: Set<String> { [] }
}
