import ScoringCore

/// The labels and sentences of the reports, charts and the rubric outline, each with its German and English text.
///
/// The entries are grouped by what shows them, one file each (`ReportMessages+Outline.swift`, …); ``entries``
/// lists them all for the test that every entry has both languages.
package enum ReportMessages: MessageCatalogue {
    /// Every entry of every group.
    package static var entries: [(name: String, text: LocalizedText)] {
        outlineEntries + chartEntries + rankingEntries + statusEntries + calibrationEntries
    }

    /// Entries that are the same in German on purpose.
    package static var sameInBothLanguages: Set<String> {
        // "n/a" is written the same in German reports.
        ["calibrationColumns[7]", "calibrationCSVColumns[9]"]
    }
}
