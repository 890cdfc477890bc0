import BuiltInModules
import Foundation
import Panel
import ScoringCore
import Testing

/// Merging sealed scorecards: consensus, spread and agreement notes, refusals with their files, accounting,
/// consistency notes and reported knock-outs.
struct PanelMergerTests {
    // MARK: consensus

    /// Three raters of c-1 (levels in the order a, b, c, rp, s1, s2):
    /// a 4 4 5 · b 3 4 3 · c 4 2 4 (range 2) · rp 3 3 n/a · s1 3 4 3 · s2 nobody.
    private func threeRaterPanel(method: ConsensusMethod = .median) throws -> (PanelMerger.Report, ScorecardFolder) {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-1", "Cara Weiss", [5, 3, 4, nil, 3, nil], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Anna Schmidt", [4, 3, 4, 3, 3, nil], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Ben Kraus", [4, 4, 2, 3, 4, nil], rubric: rubric))
        return (folder.merge(rubrics: [rubric], method: method), folder)
    }

    @Test func consensusPerCriterion() throws {
        let (report, _) = try threeRaterPanel()
        #expect(report.problems.isEmpty)
        let panel = try #require(report.panel("c-1"))
        #expect(panel.requisition == "req-a")
        #expect(panel.raters.map(\.interviewer) == ["Anna Schmidt", "Ben Kraus", "Cara Weiss"])
        #expect(panel.raters.allSatisfy { !$0.isDraft })
        #expect(panel.rows.map(\.criterionID) == Fixtures.criteria)
        #expect(panel.rows.map(\.sectionID) == ["co", "co", "cs", "cs", "td", "td"])
        #expect(panel.row("a")?.ratings == [.level(4), .level(4), .level(5)])
        #expect(panel.row("rp")?.ratings == [.level(3), .level(3), .notAssessed])
        #expect(panel.rows.map(\.median) == [4, 3, 4, 3, 3, nil])
        #expect(panel.rows.map { rounded($0.mean, 4) } == [4.3333, 3.3333, 3.3333, 3, 3.3333, nil])
        #expect(panel.rows.map(\.range) == [1, 1, 2, 0, 1, nil])
        #expect(panel.rows.map(\.consensus) == [4, 3, 4, 3, 3, nil])
        #expect(panel.rows.map(\.needsDiscussion) == [false, false, true, false, false, false])
        #expect(panel.discussion == ["c"])
        #expect(panel.gaps == ["s2"])
        #expect(panel.row("s2")?.isGap == true)
        #expect(panel.row("rp")?.isGap == false)
    }

    @Test func ratersKeepTheirEvidenceAndMergedFilesAreNotKeptAsText() throws {
        let (report, folder) = try threeRaterPanel()
        let panel = try #require(report.panel("c-1"))
        let anna = try #require(panel.raters.first { $0.interviewer == "Anna Schmidt" })
        // Evidence of every rated criterion, none for n/a (s2 was not rated by anyone).
        #expect(
            anna.evidence.entries.map { [$0.criterionID, $0.text] } == [
                ["a", "Observed answer to a."], ["b", "Observed answer to b."], ["c", "Observed answer to c."],
                ["rp", "Observed answer to rp."], ["s1", "Observed answer to s1."],
            ])
        #expect(anna.evidence["b"] == "Observed answer to b." && anna.evidence["s2"] == nil)
        #expect(panel.raters.first { $0.interviewer == "Cara Weiss" }?.evidence["rp"] == nil)
        // The text of merged files is not held in memory: the reports take the evidence from the raters.
        #expect(report.filesMerged.count == 3 && report.filesMerged.allSatisfy { $0.hasPrefix(folder.path) })
        #expect(report.sources.isEmpty)
    }

    @Test func consensusIsScoredByTheRubricRules() throws {
        let (report, _) = try threeRaterPanel()
        let panel = try #require(report.panel("c-1"))
        // co (4+3)/2 = 3.5; cs 0.5×4 + 0.5×3 = 3.5; td the mean of the rated skills: s1 3 (s2 rated by nobody) = 3;
        // overall (40×3.5 + 20×3.5 + 40×3) / 100 = 3.3 (the yes threshold), coverage 5 of 6.
        #expect(panel.consensus.sections.map { rounded($0.score, 4) } == [3.5, 3.5, 3])
        #expect(rounded(panel.consensus.overallScore, 4) == 3.3)
        #expect(panel.consensus.ratedCount == 5)
        #expect(panel.consensus.recommendation == .yes)
        #expect(panel.consensusObservations == ["cs": ["de": .level("C1")]])
    }

    @Test func meanMethodTakesTheMeanAsConsensus() throws {
        let (report, _) = try threeRaterPanel(method: .mean)
        let panel = try #require(report.panel("c-1"))
        #expect(panel.method == .mean)
        #expect(panel.rows.map { rounded($0.consensus, 4) } == [4.3333, 3.3333, 3.3333, 3, 3.3333, nil])
        // The median column stays the median whatever the method.
        #expect(panel.rows.map(\.median) == [4, 3, 4, 3, 3, nil])
    }

    @Test func discussionStartsAtARangeOfTwo() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-1", "Anna Schmidt", [3, 3, 3, 3, 3, 3], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Ben Kraus", [4, 5, 1, 3, 3, 3], rubric: rubric))
        let panel = try #require(folder.merge(rubrics: [rubric]).panel("c-1"))
        #expect(panel.rows.map(\.range) == [1, 2, 2, 0, 0, 0])
        #expect(panel.discussion == ["b", "c"])
        #expect(panel.gaps.isEmpty)
        // Two ratings: the median is the mean of both.
        #expect(panel.rows.map(\.median) == [3.5, 4, 2, 3, 3, 3])
    }

    // MARK: agreement

    @Test func singleRaterHasNoSpreadToCompare() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-9", "Anna Schmidt", [4, 3, 4, 3, 3, 2], rubric: rubric))
        let report = folder.merge(rubrics: [rubric])
        #expect(report.problems.isEmpty)
        let panel = try #require(report.panel("c-9"))
        #expect(panel.spread.raterCount == 1)
        #expect(panel.spread.comparedCount == 0)
        #expect(panel.spread.notComparedCount == 6)
        #expect(panel.spread.withinOneLevelShare == nil)
        #expect(panel.spread.wideCriteria.isEmpty)
    }

    @Test func panelSpreadOfTwoRaters() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-2", "Anna Schmidt", [4, 3, 4, 3, 2, 5], rubric: rubric))
        try folder.write(makeScorecard("c-2", "Ben Kraus", [4, 1, 5, nil, 2, 5], rubric: rubric))
        let panel = try #require(folder.merge(rubrics: [rubric]).panel("c-2"))
        #expect(panel.spread.raterCount == 2)
        #expect(panel.spread.comparedCount == 5)
        #expect(panel.spread.withinOneLevelCount == 4)
        #expect(panel.spread.notComparedCount == 1)
        #expect(panel.spread.withinOneLevelShare == 0.8)
        #expect(panel.spread.wideCriteria == ["b"])
        #expect(panel.spread.wideCriteria == panel.discussion)
    }

    @Test func requisitionAgreementNeedsThreeCandidatesAndSaysSo() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        for candidate in ["c-1", "c-2"] {
            try folder.write(makeScorecard(candidate, "Anna Schmidt", [4, 3, 4, 3, 2, 5], rubric: rubric))
            try folder.write(makeScorecard(candidate, "Ben Kraus", [4, 2, 5, 3, 2, 4], rubric: rubric))
        }
        let report = folder.merge(rubrics: [rubric])
        let agreement = try #require(report.requisitionAgreement["req-a"])
        #expect(agreement.candidateCount == 2)
        #expect(agreement.alphaOrdinal == nil)
        #expect(agreement.icc == nil)
        #expect(agreement.alphaMissing == .tooFewCandidates)
        #expect(agreement.iccMissing == .tooFewCandidates)
        #expect(
            agreement.notes.map { $0.text(in: "en") } == [
                "no agreement statistics: 2 candidates, at least 3 are needed; with fewer, alpha and ICC mostly measure how the criteria of one profile differ"
            ])
        #expect(
            agreement.notes.map { $0.text(in: "de") } == [
                "keine Übereinstimmungswerte: 2 Kandidat*innen, nötig sind mindestens 3; mit weniger messen Alpha und ICC vor allem, wie sich die Kriterien eines Profils unterscheiden"
            ])
    }

    @Test func requisitionICCLeavesOutRatersNotOnEveryPanel() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-1", "Anna Schmidt", [4, 3, 4, 3, 2, 5], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Ben Kraus", [4, 2, 5, 3, 2, 4], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Dora Nguyen", [5, 3, 4, 3, 3, 5], rubric: rubric))
        try folder.write(makeScorecard("c-2", "Anna Schmidt", [2, 2, 3, 1, 2, 2], rubric: rubric))
        try folder.write(makeScorecard("c-2", "Ben Kraus", [2, 1, 3, 2, 2, 3], rubric: rubric))
        try folder.write(makeScorecard("c-3", "Anna Schmidt", [3, 4, 3, 3, 4, 3], rubric: rubric))
        try folder.write(makeScorecard("c-3", "Ben Kraus", [3, 4, 4, 3, nil, 3], rubric: rubric))
        let report = folder.merge(rubrics: [rubric])
        let agreement = try #require(report.requisitionAgreement["req-a"])
        #expect(agreement.candidateCount == 3)
        #expect(agreement.raterCount == 3)
        #expect(agreement.alphaOrdinal != nil)
        #expect(agreement.alphaOrdinal95 != nil)
        #expect(agreement.iccRaterCount == 2)
        #expect(agreement.iccUnitCount == 17)
        #expect(
            agreement.notes.map { $0.text(in: "en") }.filter { $0.hasPrefix("ICC over") } == [
                "ICC over the 2 raters who rated every candidate (1 left out)",
                "ICC over 17 of 18 units (1 with an n/a rating left out)",
            ])
        // The same merge gives the same interval: the bootstrap is seeded.
        #expect(folder.merge(rubrics: [rubric]).requisitionAgreement["req-a"] == agreement)
    }

    @Test func raterWithOnlyNotAssessedChangesNothing() throws {
        let rubric = try Fixtures.rubric()
        let without = try ScorecardFolder()
        let with = try ScorecardFolder()
        for folder in [without, with] {
            try folder.write(makeScorecard("c-2", "Anna Schmidt", [4, 3, 4, 3, 2, 5], rubric: rubric))
            try folder.write(makeScorecard("c-2", "Ben Kraus", [5, 3, 2, 4, 2, 4], rubric: rubric))
        }
        try with.write(
            makeScorecard("c-2", "Dora Nguyen", [nil, nil, nil, nil, nil, nil], rubric: rubric, languages: [:]))
        let base = try #require(without.merge(rubrics: [rubric]).panel("c-2"))
        let panel = try #require(with.merge(rubrics: [rubric]).panel("c-2"))
        #expect(panel.raters.map(\.interviewer) == ["Anna Schmidt", "Ben Kraus", "Dora Nguyen"])
        #expect(panel.rows.map(\.consensus) == base.rows.map(\.consensus))
        #expect(panel.rows.map(\.median) == base.rows.map(\.median))
        #expect(panel.rows.map(\.mean) == base.rows.map(\.mean))
        #expect(panel.rows.map(\.range) == base.rows.map(\.range))
        #expect(panel.consensus.overallScore == base.consensus.overallScore)
        #expect(panel.consensus.recommendation == base.consensus.recommendation)
        #expect(panel.consensusObservations == base.consensusObservations)
        #expect(panel.spread == base.spread)
        #expect(panel.spread.raterCount == 2)
    }

    // MARK: refusals

    @Test func draftIsRefusedWithItsFile() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        let submitted = try folder.write(makeScorecard("c-3", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        let draft = try folder.write(
            makeScorecard("c-3", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric, status: .draft))
        let report = folder.merge(rubrics: [rubric])
        #expect(report.panels.isEmpty)
        #expect(report.filesMerged.isEmpty)
        let problem = try #require(report.problems.first { $0.code == "draft" })
        #expect(problem.files == [draft])
        #expect(problem.candidate == "c-3")
        #expect(
            problem.message.text(in: "en")
                == "candidate 'c-3': a scorecard is still a draft; submit it first, or merge with --include-drafts")
        // The submitted scorecard of the refused candidate is listed too, not dropped.
        #expect(report.problems.map(\.code) == ["draft", "candidate-refused"])
        let heldBack = try #require(report.problems.last)
        #expect(heldBack.files == [submitted])
        #expect(heldBack.candidate == "c-3")
        #expect(
            heldBack.message.text(in: "en")
                == "candidate 'c-3': this scorecard is in order but not merged, because the candidate's panel is refused"
        )
        #expect(
            heldBack.message.text(in: "de")
                == "Kandidat*in 'c-3': dieser Bewertungsbogen ist in Ordnung, wird aber nicht zusammengeführt, weil das Panel abgelehnt ist"
        )
    }

    @Test func draftIsMergedAndMarkedWithIncludeDrafts() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        let submitted = try folder.write(makeScorecard("c-3", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        let draft = try folder.write(
            makeScorecard("c-3", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric, status: .draft))
        let report = folder.merge(rubrics: [rubric], includeDrafts: true)
        #expect(report.problems.isEmpty)
        #expect(report.filesMerged == [submitted, draft].sorted())
        let panel = try #require(report.panel("c-3"))
        #expect(panel.raters.map(\.interviewer) == ["Anna Schmidt", "Ben Kraus"])
        #expect(panel.raters.map(\.isDraft) == [false, true])
        #expect(panel.raters.map(\.file) == [submitted, draft])
        #expect(panel.rows.map(\.median) == [4, 3.5, 4, 3, 3, 3])
    }

    @Test func brokenSealIsRefused() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        let intact = try folder.write(makeScorecard("c-4", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        var edited = makeScorecard("c-4", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric)
        #expect(edited.hasValidSeal)
        edited.entries["a"]?.evidence = "Rewritten after the debrief."
        #expect(!edited.hasValidSeal)
        let broken = try folder.write(edited)
        let report = folder.merge(rubrics: [rubric])
        #expect(report.panels.isEmpty)
        let problem = try #require(report.problems.first { $0.code == "broken-seal" })
        #expect(problem.files == [broken])
        #expect(problem.candidate == "c-4")
        #expect(
            problem.message.text(in: "en")
                == "candidate 'c-4': the seal of a scorecard does not match the content: changed after submission")
        #expect(report.problems.map(\.code) == ["broken-seal", "candidate-refused"])
        #expect(report.problems.last?.files == [intact])
        // A broken seal is refused even when drafts are included.
        #expect(folder.merge(rubrics: [rubric], includeDrafts: true).problems.map(\.code).contains("broken-seal"))
    }

    @Test func intactSealsSurviveTheRoundTrip() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        let file = try folder.write(makeScorecard("c-4", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        let loaded = ScorecardLoader().load(path: file, rubrics: [rubric])
        let scorecard = try #require(loaded.scorecard)
        #expect(scorecard.hasValidSeal)
    }

    @Test func twoRubricVersionsForOneCandidateAreRefused() throws {
        let version1 = try Fixtures.rubric()
        let version2 = try Fixtures.rubric("panel-rubric-v2.yaml")
        #expect(version1.reference == "host-test@1")
        #expect(version2.reference == "host-test@2")
        let folder = try ScorecardFolder()
        let first = try folder.write(makeScorecard("c-5", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: version1))
        let second = try folder.write(makeScorecard("c-5", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: version2))
        let report = folder.merge(rubrics: [version1, version2])
        #expect(report.panels.isEmpty)
        #expect(report.problems.map(\.code) == ["mixed-rubrics"])
        let problem = try #require(report.problems.first)
        #expect(problem.files.sorted() == [first, second].sorted())
        #expect(problem.candidate == "c-5")
        #expect(
            problem.message.text(in: "en")
                == "candidate 'c-5': the scorecards were made with different rubric versions (host-test@1, host-test@2); a panel must use one rubric version"
        )
    }

    @Test func sameInterviewerTwiceIsRefused() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        let first = try folder.write(
            makeScorecard("c-6", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric), as: "c-6-first.yaml")
        let second = try folder.write(
            makeScorecard("c-6", "anna schmidt", [5, 3, 4, 3, 3, 3], rubric: rubric), as: "c-6-second.yaml")
        let other = try folder.write(makeScorecard("c-6", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric))
        let report = folder.merge(rubrics: [rubric])
        #expect(report.panels.isEmpty)
        let problem = try #require(report.problems.first { $0.code == "duplicate-interviewer" })
        #expect(problem.files.sorted() == [first, second].sorted())
        #expect(problem.candidate == "c-6")
        #expect(
            problem.message.text(in: "en") == "candidate 'c-6': interviewer 'anna-schmidt' has 2 scorecards; keep one")
        #expect(report.problems.map(\.code) == ["duplicate-interviewer", "candidate-refused"])
        #expect(report.problems.last?.files == [other])
    }

    @Test func unreadableFileIsListedWithItsDiagnostics() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        let good = try folder.write(makeScorecard("c-7", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        let garbage = try folder.writeText("rubric: [unclosed\ncandidate: c-7\n", as: "c-7-garbage.yaml")
        var unknown = makeScorecard("c-7", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric)
        unknown.rubricID = "no-such-rubric"
        let unknownFile = try folder.write(unknown)
        let report = folder.merge(rubrics: [rubric])
        let unreadable = report.problems.filter { $0.code == "unreadable" }
        #expect(unreadable.map(\.files) == [[unknownFile], [garbage]])
        #expect(unreadable.allSatisfy { $0.candidate == nil && !$0.diagnostics.isEmpty })
        #expect(unreadable.allSatisfy { $0.diagnostics.allSatisfy { $0.severity == .error } })
        #expect(
            unreadable.last?.message.text(in: "en") == "the scorecard cannot be read or does not match a known rubric")
        #expect(unreadable.first?.diagnostics.map(\.code) == [.unknownRubric])
        // The readable scorecard of the same candidate is refused too: alone it would be a partial panel.
        #expect(report.filesMerged.isEmpty)
        #expect(report.panel("c-7") == nil)
        #expect(report.problems.first { $0.code == "candidate-incomplete" }?.files == [good])
        #expect(report.sources[garbage] == "rubric: [unclosed\ncandidate: c-7\n")
    }

    @Test func everyFileReadIsMergedOrListed() throws {
        let rubric = try Fixtures.rubric()
        let version2 = try Fixtures.rubric("panel-rubric-v2.yaml")
        let folder = try ScorecardFolder()
        // Merged.
        try folder.write(makeScorecard("c-1", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric))
        try folder.write(makeScorecard("c-2", "Anna Schmidt", [2, 3, 4, 3, 3, 3], rubric: rubric, requisition: nil))
        // A draft next to a submitted scorecard.
        try folder.write(makeScorecard("c-3", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        try folder.write(makeScorecard("c-3", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric, status: .draft))
        // A broken seal next to an intact one.
        try folder.write(makeScorecard("c-4", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        var edited = makeScorecard("c-4", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric)
        edited.entries["b"]?.evidence = "Changed."
        try folder.write(edited)
        try folder.write(makeScorecard("c-4", "Cara Weiss", [4, 4, 4, 3, 3, 3], rubric: rubric))
        // Two rubric versions.
        try folder.write(makeScorecard("c-5", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        try folder.write(makeScorecard("c-5", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: version2))
        // The same interviewer twice, next to another interviewer.
        try folder.write(
            makeScorecard("c-6", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric), as: "c-6-first.yaml")
        try folder.write(
            makeScorecard("c-6", "anna schmidt", [5, 3, 4, 3, 3, 3], rubric: rubric), as: "c-6-second.yaml")
        try folder.write(makeScorecard("c-6", "Ben Kraus", [4, 4, 4, 3, 3, 3], rubric: rubric))
        // Unreadable.
        try folder.writeText(": : :\n  - [", as: "c-8-broken.yaml")

        let report = folder.merge(rubrics: [rubric, version2])
        #expect(report.filesRead.count == 14)
        #expect(Set(report.filesRead) == Set(folder.files))
        let listed = Set(report.problems.flatMap(\.files))
        let merged = Set(report.filesMerged)
        #expect(merged.isDisjoint(with: listed))
        #expect(merged.union(listed) == Set(report.filesRead))
        #expect(report.panels.map(\.candidate) == ["c-2", "c-1"])
        #expect(report.filesMerged.count == 3)
        #expect(
            report.problems.map(\.code) == [
                "unreadable", "draft", "candidate-refused", "broken-seal", "candidate-refused",
                "mixed-rubrics", "duplicate-interviewer", "candidate-refused",
            ])
        // Two sound scorecards held back with c-4 (broken seal of Ben): the plural message.
        #expect(report.problems[4].files.count == 2)
        #expect(
            report.problems[4].message.text(in: "en")
                == "candidate 'c-4': these 2 scorecards are in order but not merged, because the candidate's panel is refused"
        )
    }

    @Test func collectFilesListsMissingPaths() throws {
        let folder = try ScorecardFolder()
        let rubric = try Fixtures.rubric()
        let file = try folder.write(makeScorecard("c-1", "Anna Schmidt", [4, 3, 4, 3, 3, 3], rubric: rubric))
        try folder.writeText("not a scorecard", as: "notes.txt")
        let missing = folder.path + "/nowhere"
        let collected = PanelMerger.collectFiles([folder.path, missing, file])
        #expect(collected.files == [file])
        #expect(collected.problems.map(\.code) == ["missing"])
        #expect(collected.problems.map(\.files) == [[missing]])
    }

    // MARK: views and knock-outs

    /// A mismatch between an interviewer's own recommendation and their own scorecard's result by the rules is noted
    /// in both directions, knock-outs included.
    @Test func ownRecommendationAgainstOwnResultGetsAConsistencyNoteBothWays() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        // Anna, all 2: co 2, cs 2, td (2 + 2) / 2 = 2; overall 2.0, and two knock-outs of her own (co 2.00 below the
        // minimum 2.5, the critical skill s1 rated 2 below its required 3), yet she recommends strong yes.
        try folder.write(
            makeScorecard("c-1", "Anna Schmidt", [2, 2, 2, 2, 2, 2], rubric: rubric, recommendation: .strongYes))
        // Ben: co 4, cs 4, td 3; overall (160 + 80 + 120) / 100 = 3.6, a yes by the rules, yet he recommends no.
        try folder.write(makeScorecard("c-1", "Ben Kraus", [4, 4, 4, 4, 3, 3], rubric: rubric, recommendation: .no))
        try folder.write(makeScorecard("c-1", "Cara Weiss", [3, 3, 3, 3, 3, 3], rubric: rubric))
        let panel = try #require(folder.merge(rubrics: [rubric]).panel("c-1"))
        #expect(panel.views.map(\.interviewer) == ["Anna Schmidt", "Ben Kraus", "Cara Weiss"])
        #expect(panel.views.map(\.ownRecommendation) == [.strongYes, .no, nil])
        #expect(panel.views.map(\.reason) == ["Panel test.", "Panel test.", nil])
        #expect(rounded(panel.views[0].ownScore, 4) == 2)
        #expect(
            panel.views[0].consistencyNote?.text(in: "en")
                == "recommends strong yes although their own ratings contain a knock-out (section score 2.00 is below the minimum 2.5; "
                + "critical skill 'Skill one' is below its required level (observed 2, required 3))")
        #expect(
            panel.views[0].consistencyNote?.text(in: "de")
                == "empfiehlt „klares Ja“, obwohl die eigenen Bewertungen ein K.-o.-Kriterium enthalten (Abschnittswert 2,00 liegt unter dem Minimum 2,5; "
                + "kritische Fähigkeit 'Skill one' liegt unter der geforderten Stufe (beobachtet 2, gefordert 3))")
        #expect(rounded(panel.views[1].ownScore, 4) == 3.6)
        #expect(
            panel.views[1].consistencyNote?.text(in: "en")
                == "recommends no although their own ratings give 3.60 → yes by the rubric's rules")
        #expect(panel.views[2].consistencyNote == nil)
    }

    @Test func knockOutsListWhoReportedThem() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-1", "Cara Weiss", [1, 4, 4, 4, 3, 3], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Anna Schmidt", [1, 4, 4, 4, 3, 3], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Ben Kraus", [2, 4, 4, 4, 1, 3], rubric: rubric))
        let panel = try #require(folder.merge(rubrics: [rubric]).panel("c-1"))
        #expect(panel.reportedKnockOuts.map(\.sectionID) == ["co", "td"])
        #expect(panel.reportedKnockOuts.map(\.code) == ["red-flag", "critical-skill-gap"])
        #expect(
            panel.reportedKnockOuts.map { $0.reports.map(\.interviewer) } == [
                ["Anna Schmidt", "Cara Weiss"], ["Ben Kraus"],
            ])
        #expect(
            panel.reportedKnockOuts[0].reports.map { $0.message.text(in: "en") }
                == [
                    "red flag: 'A' rated 1, at or below the red-flag level 1",
                    "red flag: 'A' rated 1, at or below the red-flag level 1",
                ])
        #expect(
            panel.reportedKnockOuts[1].reports.map { $0.message.text(in: "en") }
                == ["critical skill 'Skill one' is below its required level (observed 1, required 3)"])
        // Two of three raters reported the red flag (two needed): it stands. One reported the critical gap: to discuss.
        #expect(panel.reportedKnockOuts.map(\.stands) == [true, false])
        #expect(panel.consensus.knockOuts.map(\.finding.code) == ["red-flag"])
        #expect(panel.consensus.recommendation == .no)
    }
}
