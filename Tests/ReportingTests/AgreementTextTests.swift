import Foundation
import Panel
import ScoringCore
import Testing

@testable import Reporting

/// The agreement line of a requisition as the reports write it: the reading fits the number shown,
/// and no value is ever written as `-0`.
@Suite struct AgreementTextTests {
    /// Exactly 4/5 (ordinal), computed as a hair below 0.8: shown as 0.800, read reliable.
    @Test func fourFifthsShowsAndReadsReliable() {
        let table: [[Double?]] = [[1, 1, 1, 1], [1, 1, 1, 1], [2, 2, 2, 4], [2, 4, 4, 4], [3, 3, 3, 3]]
        let agreement = PanelResult.Agreement.compute(table, raterCount: 4)
        let text = PanelTextReport(language: .en).agreementText(agreement)
        #expect(text.hasPrefix("α ordinal 0.800 (95% interval "))
        #expect(text.contains(" — reliable (.800 and above)"))
        let german = PanelTextReport(language: .de).agreementText(agreement)
        #expect(german.hasPrefix("α ordinal 0,800 (95-%-Intervall "))
        #expect(german.contains(" — verlässlich (ab 0,800)"))
    }

    /// Exactly 2/3 (ordinal): shown as 0.667, read tentative, never "below .667".
    @Test func twoThirdsShowsAndReadsTentative() {
        let agreement = PanelResult.Agreement.compute([[2, 1, 1], [3, 3, 4], [3, 4, 3]], raterCount: 3)
        let text = PanelTextReport(language: .en).agreementText(agreement)
        #expect(text.hasPrefix("α ordinal 0.667 "))
        #expect(text.contains(" — tentative (.667 to .800)"))
        #expect(!text.contains("below .667"))
    }

    @Test func jsonNeverWritesMinusZero() {
        #expect(PanelJSONReport.rounded(-0.00001).sign == .plus)
        #expect(PanelJSONReport.shown(-0.0004).sign == .plus)
        #expect(PanelJSONReport.rounded(-0.0) == 0 && PanelJSONReport.rounded(-0.0).sign == .plus)
        #expect(
            JSONOutput.encode([PanelJSONReport.shown(-0.0004), PanelJSONReport.rounded(-0.00004)]) == "[\n  0,\n  0\n]")
        #expect(PanelJSONReport.shown(-0.1234) == -0.123)
    }

    @Test func textNeverWritesMinusZero() {
        #expect(Format.fixed(-0.0004, digits: 3) == "0.000")
        #expect(Format.fixed(-0.0004, digits: 3, language: .de) == "0,000")
    }

    /// The requisition line names the reason: too few candidates, not "n/a" or "no variance".
    @Test func tooFewCandidatesIsTheReason() {
        let agreement = PanelResult.Agreement.compute([[1, 2], [3, 3], [4, 5]], raterCount: 2, candidateCount: 1)
        #expect(
            PanelTextReport(language: .en).agreementText(agreement)
                == "no agreement statistics: 1 candidate, at least 3 are needed; with fewer, alpha and ICC mostly measure how the criteria of one profile differ"
        )
        #expect(
            PanelTextReport(language: .de).agreementText(agreement)
                == "keine Übereinstimmungswerte: 1 Kandidat*in, nötig sind mindestens 3; mit weniger messen Alpha und ICC vor allem, wie sich die Kriterien eines Profils unterscheiden"
        )
    }
}
