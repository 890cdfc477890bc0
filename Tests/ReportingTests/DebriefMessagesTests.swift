import Panel
import ScoringCore
import Testing

@testable import Reporting

/// The debrief pack's catalogue: every entry in both languages, and the agreement sentences as a table.
@Suite struct DebriefMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(DebriefMessages.languageProblems() == [])
        #expect(DebriefMessages.entries.count >= 80)
    }

    /// (reading, below zero, every rater within one level, the English sentence after "Across the 3 candidates of r")
    static let requisitionSentences: [(AgreementReading, Bool, Bool, String)] = [
        (
            .reliable, false, false,
            "the interviewers agree well (α = 0.812; 1 = full agreement, 0 = no better than chance)."
        ),
        (
            .tentative, false, true,
            "the interviewers agree moderately (α = 0.812; 1 = full agreement, 0 = no better than chance): treat close calls as tentative."
        ),
        (
            .unreliable, false, false,
            "the interviewers agree poorly (α = 0.812; 1 = full agreement, 0 = no better than chance): discuss the flagged criteria before relying on the scores."
        ),
        (
            .unreliable, false, true,
            "the interviewers are never more than one level apart, but their ratings barely vary, so α is low (α = 0.812; 1 = full agreement, 0 = no better than chance) and says little: go by each candidate's spread."
        ),
        (
            .unreliable, true, false,
            "the interviewers agree less than chance would (α = 0.812; 1 = full agreement, 0 = no better than chance): do not rely on the scores before the panel has talked the ratings through."
        ),
    ]

    @Test(arguments: requisitionSentences.indices)
    func theAgreementOfARequisitionIsOneSentenceWithAlphaExplained(index: Int) {
        let (reading, belowZero, within, english) = Self.requisitionSentences[index]
        let text = DebriefMessages.requisitionAgreement(
            "r", candidates: 3, alpha: "0.812", reading: reading, belowZero: belowZero, withinOneLevelEverywhere: within
        )
        #expect(text.text(in: Language.en) == "Across the 3 candidates of r " + english)
        #expect(text.text(in: Language.de).hasPrefix("Über die 3 Kandidat*innen der Ausschreibung r "))
        #expect(
            text.text(in: Language.de).contains("(α = 0.812; 1 = volle Übereinstimmung, 0 = nicht besser als Zufall)"))
    }

    @Test func aMissingAlphaSaysWhy() {
        #expect(
            DebriefMessages.requisitionAgreementMissing("r", reason: .tooFewCandidates, candidates: 2, raters: 3).text(
                in: Language.en) == "No agreement figure (α) for r: it needs at least 3 candidates, there are 2.")
        #expect(
            DebriefMessages.requisitionAgreementMissing("r", reason: .noVariance, candidates: 4, raters: 3).text(
                in: Language.de)
                == "Keine Übereinstimmungszahl (α) für r: alle Bewertungen liegen auf derselben Stufe, es gibt nichts, woran sich Übereinstimmung messen ließe."
        )
    }

    /// (ratings per criterion, one column per rater; the English sentence)
    static let candidateSentences: [([[Double?]], String)] = [
        ([[3], [4]], "Only 1 interviewer rated: there is no agreement to compare."),
        (
            [[3, nil], [nil, 4]],
            "No criterion was rated by two interviewers or more: there is no agreement to compare."
        ),
        (
            [[3, 4], [4, 4], [2, nil]],
            "The 2 interviewers agree: no two of them are more than one level apart on any of the 2 criteria rated by two or more (1 rated by fewer)."
        ),
        (
            [[2, 4, 4], [4, 4, 5], [3, 3, 3], [1, 3, 3]],
            "The 3 interviewers are within one level of each other on 2 of 4 criteria (50%) and two levels or more apart on 2: see the criteria to discuss."
        ),
    ]

    @Test(arguments: candidateSentences.indices)
    func theAgreementOfACandidateIsOneSentence(index: Int) {
        let (table, english) = Self.candidateSentences[index]
        let spread = PanelResult.Spread(table, criteria: table.indices.map { "c\($0)" })
        #expect(DebriefMessages.candidateAgreement(spread).text(in: Language.en) == english)
    }
}
