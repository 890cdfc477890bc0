import Foundation
import Testing

/// `hirescore rank`: candidates in order of consensus score, knock-outs and no-decisions apart, ties as ties.
@Suite struct RankCommandTests {
    /// c-101 4.31 (strong yes) before c-103 3.55 (yes); c-102 3.46 would rank between them by score
    /// but has a red flag, so it is listed apart and not ranked.
    @Test func requisitionRankingExactText() throws {
        let run = PanelRun.run(["rank", "examples/store", "--requisition", "claims-2026-01"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            rank  candidate  score  recommendation  raters  coverage  within 1 level
            ----  ---------  -----  --------------  ------  --------  --------------
            1     c-101      4.31   strong yes      4       100%      93%
            2     c-103      3.55   yes             3       100%      100%

            With a knock-out (not ranked):
              c-102  3.46  red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1

            """)
    }

    @Test func requisitionRankingInGerman() throws {
        let run = PanelRun.run(["rank", "examples/store", "--requisition", "claims-2026-01", "--lang", "de"])
        #expect(run.exitCode == 0)
        #expect(run.stdout == """
            Rang  Kandidat*in  Wert  Empfehlung  Bewertende  Abdeckung  ≤ 1 Stufe
            ----  -----------  ----  ----------  ----------  ---------  ---------
            1     c-101        4,31  klares Ja   4           100 %      93 %
            2     c-103        3,55  Ja          3           100 %      100 %

            Mit K.-o.-Kriterium (nicht gereiht):
              c-102  3,46  Warnsignal: 'Empathie in belastenden Schadensituationen' mit 1 bewertet, auf oder unter der Warnstufe 1

            """)
    }

    /// Without --requisition: all six candidates of both requisitions, each with its requisition shown.
    @Test func allRequisitionsShowAllSixCandidates() throws {
        let run = PanelRun.run(["rank", "examples/store"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            rank  candidate  requisition     score  recommendation  raters  coverage  within 1 level
            ----  ---------  --------------  -----  --------------  ------  --------  --------------
            1     c-101      claims-2026-01  4.31   strong yes      4       100%      93%
            2     c-201      ar-2026-02      4.23   strong yes      3       100%      100%
            3     c-103      claims-2026-01  3.55   yes             3       100%      100%

            With a knock-out (not ranked):
              c-102  (claims-2026-01)  3.46  red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1
              c-203  (ar-2026-02)  2.94  section score 2.18 is below the minimum 2.5

            No decision (too little rated):
              c-202  (ar-2026-02)  coverage 73%

            """)
    }

    @Test func jsonHasTheSchemaAndTheGroups() throws {
        let run = PanelRun.run(["rank", "examples/store", "--requisition", "claims-2026-01", "--format", "json"])
        #expect(run.exitCode == 0)
        let document = try PanelRun.json(run.stdout)
        #expect(document["schema"] as? String == "hirescore/ranking@2")
        let ranked = try #require(document["ranked"] as? [[String: Any]])
        #expect(ranked.map { $0["candidate"] as? String } == ["c-101", "c-103"])
        #expect(ranked.map { $0["rank"] as? Int } == [1, 2])
        #expect(ranked.map { $0["tied"] as? Bool } == [false, false])
        #expect(ranked.map { $0["score"] as? Double } == [4.3106, 3.5455])
        #expect(ranked.map { $0["recommendation"] as? String } == ["strong-yes", "yes"])
        let knockedOut = try #require(document["knocked-out"] as? [[String: Any]])
        #expect(knockedOut.map { $0["candidate"] as? String } == ["c-102"])
        #expect(knockedOut.first?["score"] as? Double == 3.464)
        #expect(knockedOut.first?["rank"] == nil)
        #expect((knockedOut.first?["knock-outs"] as? [String])?.count == 1)
        #expect((document["no-decision"] as? [Any])?.isEmpty == true)

        let all = try PanelRun.json(PanelRun.run(["rank", "examples/store", "--format", "json"]).stdout)
        #expect((all["ranked"] as? [[String: Any]])?.map { $0["candidate"] as? String } == ["c-101", "c-201", "c-103"])
        #expect((all["knocked-out"] as? [[String: Any]])?.map { $0["candidate"] as? String } == ["c-102", "c-203"])
        #expect((all["no-decision"] as? [[String: Any]])?.map { $0["candidate"] as? String } == ["c-202"])
    }

    /// Two candidates with the same score share a rank: a store written with `hirescore enter --answers`
    /// holds c-101's panel as c-301 and c-103's panel twice, as c-302 and c-303.
    @Test func equalScoresAreTies() throws {
        let temp = try TemporaryStore(copyExamples: false)
        let panels: [(source: String, candidate: String, interviewers: [String])] = [
            ("c-101", "c-301", ["anna-schmidt", "ben-okafor", "clara-wiese", "deniz-yilmaz"]),
            ("c-103", "c-302", ["anna-schmidt", "ben-okafor", "clara-wiese"]),
            ("c-103", "c-303", ["anna-schmidt", "ben-okafor", "clara-wiese"]),
        ]
        let names = ["anna-schmidt": "Anna Schmidt", "ben-okafor": "Ben Okafor", "clara-wiese": "Clara Wiese", "deniz-yilmaz": "Deniz Yilmaz"]
        for panel in panels {
            for interviewer in panel.interviewers {
                try temp.enter(answers: "claims-2026-01/\(panel.source)/\(interviewer).txt", rubric: "claims-handler",
                               candidate: panel.candidate, requisition: "claims-2026-99", interviewer: names[interviewer] ?? interviewer)
            }
        }
        let run = temp.run(["rank", "store", "--requisition", "claims-2026-99"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout == """
            rank  candidate  score  recommendation  raters  coverage  within 1 level
            ----  ---------  -----  --------------  ------  --------  --------------
            1     c-301      4.31   strong yes      4       100%      93%
            =2    c-302      3.55   yes             3       100%      100%
            =2    c-303      3.55   yes             3       100%      100%
            = tied (same score to two decimals)

            """)
        let document = try PanelRun.json(temp.run(["rank", "store", "--format", "json"]).stdout)
        let ranked = try #require(document["ranked"] as? [[String: Any]])
        #expect(ranked.map { $0["candidate"] as? String } == ["c-301", "c-302", "c-303"])
        #expect(ranked.map { $0["rank"] as? Int } == [1, 2, 2])
        #expect(ranked.map { $0["tied"] as? Bool } == [false, true, true])
    }

    /// A refused candidate is left out of the ranking, the refusal goes to stderr, and the exit code is 1.
    @Test func refusalIsReportedOnStandardError() throws {
        let temp = try TemporaryStore()
        try temp.edit("claims-2026-01/c-103/ben-okafor.yaml",
                      replacing: "evidence: Roofer invoice missing", with: "evidence: Roofer invoice absent")
        let run = temp.run(["rank", "store", "--requisition", "claims-2026-01"])
        #expect(run.exitCode == 1)
        #expect(run.stdout == """
            rank  candidate  score  recommendation  raters  coverage  within 1 level
            ----  ---------  -----  --------------  ------  --------  --------------
            1     c-101      4.31   strong yes      4       100%      93%

            With a knock-out (not ranked):
              c-102  3.46  red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1

            """)
        #expect(run.stderr.contains("Files: 19 read, 16 merged, 3 refused\n"))
        #expect(run.stderr.contains("  ✖ candidate 'c-103': the seal of a scorecard does not match the content: changed after submission\n"
            + "      store/claims-2026-01/c-103/ben-okafor.yaml\n"))
    }
}
