import Foundation
import Testing

/// `hirescore rank`: candidates in order of consensus score, knock-outs and no-decisions apart, ties as ties.
@Suite struct RankCommandTests {
    /// c-101 4.03 (strong yes) before c-103 3.00 (yes, exactly at the threshold); c-102 3.19 would rank between them by
    /// score but has two knock-outs that two of its three raters reported, so it is listed apart and not ranked.
    @Test func requisitionRankingExactText() throws {
        let run = PanelRun.run(["rank", "examples/store", "--requisition", "claims-2026-01"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                rank  candidate  score  recommendation  raters  coverage  within 1 level
                ----  ---------  -----  --------------  ------  --------  --------------
                1     c-101      4.03   strong yes      4       100%      93%
                2     c-103      3.00   yes             3       100%      100%

                With a knock-out (not ranked):
                  c-102  3.19  section score 2.27 is below the minimum 2.5 (reported by 2 of 3: Anna Schmidt, Ben Okafor); red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1 (reported by 2 of 3: Anna Schmidt, Ben Okafor)

                Signatures: all 10 scorecards signed: 3 by Anna Schmidt (ed25519:4046414919979372), 3 by Ben Okafor (ed25519:16c4e1418d7b96e1), 3 by Clara Wiese (ed25519:630b77ba90189cc0), 1 by Deniz Yilmaz (ed25519:e7078b8e2d0ea89b)

                """)
    }

    @Test func requisitionRankingInGerman() throws {
        let run = PanelRun.run(["rank", "examples/store", "--requisition", "claims-2026-01", "--lang", "de"])
        #expect(run.exitCode == 0)
        #expect(
            run.stdout == """
                Rang  Kandidat*in  Wert  Empfehlung  Bewertende  Abdeckung  ≤ 1 Stufe
                ----  -----------  ----  ----------  ----------  ---------  ---------
                1     c-101        4,03  klares Ja   4           100 %      93 %
                2     c-103        3,00  Ja          3           100 %      100 %

                Mit K.-o.-Kriterium (nicht gereiht):
                  c-102  3,19  Abschnittswert 2,27 liegt unter dem Minimum 2,5 (gemeldet von 2 von 3: Anna Schmidt, Ben Okafor); \
                Warnsignal: 'Empathie in belastenden Schadensituationen' mit 1 bewertet, auf oder unter der Warnstufe 1 (gemeldet von 2 von 3: Anna Schmidt, Ben Okafor)

                Signaturen: alle 10 Bewertungsbögen signiert: 3 von Anna Schmidt (ed25519:4046414919979372), 3 von Ben Okafor (ed25519:16c4e1418d7b96e1), 3 von Clara Wiese (ed25519:630b77ba90189cc0), 1 von Deniz Yilmaz (ed25519:e7078b8e2d0ea89b)

                """)
    }

    /// Without --requisition: all six candidates, in one ranking per requisition (candidates for different jobs are
    /// never ranked against each other), each under its requisition.
    @Test func allRequisitionsShowAllSixCandidates() throws {
        let run = PanelRun.run(["rank", "examples/store"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                Ranking: ar-2026-02

                rank  candidate  score  recommendation  raters  coverage  within 1 level
                ----  ---------  -----  --------------  ------  --------  --------------
                1     c-201      4.00   strong yes      3       100%      100%

                With a knock-out (not ranked):
                  c-203  2.50  section score 2.45 is below the minimum 2.5 (reported by 2 of 3: Farid Haddad, Greta Lindqvist); \
                critical skill 'Dunning and collections' is below its required level (observed 2, required 3) (reported by 2 of 3: Eva Brandt, Greta Lindqvist)

                No decision (too little rated):
                  c-202  coverage 73%

                Signatures: all 9 scorecards signed: 3 by Eva Brandt (ed25519:36538d8c2bb65bcb), 3 by Farid Haddad (ed25519:bf5268253af1d104), 3 by Greta Lindqvist (ed25519:aa21282eb7e8238d)

                Ranking: claims-2026-01

                rank  candidate  score  recommendation  raters  coverage  within 1 level
                ----  ---------  -----  --------------  ------  --------  --------------
                1     c-101      4.03   strong yes      4       100%      93%
                2     c-103      3.00   yes             3       100%      100%

                With a knock-out (not ranked):
                  c-102  3.19  section score 2.27 is below the minimum 2.5 (reported by 2 of 3: Anna Schmidt, Ben Okafor); red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1 (reported by 2 of 3: Anna Schmidt, Ben Okafor)

                Signatures: all 10 scorecards signed: 3 by Anna Schmidt (ed25519:4046414919979372), 3 by Ben Okafor (ed25519:16c4e1418d7b96e1), 3 by Clara Wiese (ed25519:630b77ba90189cc0), 1 by Deniz Yilmaz (ed25519:e7078b8e2d0ea89b)

                """)
    }

    @Test func jsonHasTheSchemaAndTheGroups() throws {
        let run = PanelRun.run(["rank", "examples/store", "--requisition", "claims-2026-01", "--format", "json"])
        #expect(run.exitCode == 0)
        let document = try PanelRun.json(run.stdout)
        #expect(document["schema"] as? String == "hirescore/ranking@2")
        #expect(document["requisition"] as? String == "claims-2026-01")
        let ranked = try #require(document["ranked"] as? [[String: Any]])
        #expect(ranked.map { $0["candidate"] as? String } == ["c-101", "c-103"])
        #expect(ranked.map { $0["rank"] as? Int } == [1, 2])
        #expect(ranked.map { $0["tied"] as? Bool } == [false, false])
        #expect(ranked.map { $0["score"] as? Double } == [4.0318, 3])
        #expect(ranked.map { $0["recommendation"] as? String } == ["strong-yes", "yes"])
        let knockedOut = try #require(document["knocked-out"] as? [[String: Any]])
        #expect(knockedOut.map { $0["candidate"] as? String } == ["c-102"])
        #expect(knockedOut.first?["score"] as? Double == 3.1852)
        #expect(knockedOut.first?["rank"] == nil)
        #expect((knockedOut.first?["knock-outs"] as? [String])?.count == 2)
        #expect((document["no-decision"] as? [Any])?.isEmpty == true)

        // Several requisitions: hirescore/rankings@1, one hirescore/ranking@2 object per requisition.
        let all = try PanelRun.json(PanelRun.run(["rank", "examples/store", "--format", "json"]).stdout)
        #expect(all["schema"] as? String == "hirescore/rankings@1")
        let rankings = try #require(all["requisitions"] as? [[String: Any]])
        #expect(rankings.map { $0["schema"] as? String } == ["hirescore/ranking@2", "hirescore/ranking@2"])
        #expect(rankings.map { $0["requisition"] as? String } == ["ar-2026-02", "claims-2026-01"])
        func candidates(_ group: String) -> [[String?]] {
            rankings.map { ($0[group] as? [[String: Any]] ?? []).map { $0["candidate"] as? String } }
        }
        #expect(candidates("ranked") == [["c-201"], ["c-101", "c-103"]])
        #expect(candidates("knocked-out") == [["c-203"], ["c-102"]])
        #expect(candidates("no-decision") == [["c-202"], []])
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
        let names = [
            "anna-schmidt": "Anna Schmidt", "ben-okafor": "Ben Okafor", "clara-wiese": "Clara Wiese",
            "deniz-yilmaz": "Deniz Yilmaz",
        ]
        for panel in panels {
            for interviewer in panel.interviewers {
                try temp.enter(
                    answers: "claims-2026-01/\(panel.source)/\(interviewer).txt", rubric: "claims-handler",
                    candidate: panel.candidate, requisition: "claims-2026-99",
                    interviewer: names[interviewer] ?? interviewer)
            }
        }
        let run = temp.run(["rank", "store", "--requisition", "claims-2026-99"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout == """
                rank  candidate  score  recommendation  raters  coverage  within 1 level
                ----  ---------  -----  --------------  ------  --------  --------------
                1     c-301      4.03   strong yes      4       100%      93%
                =2    c-302      3.00   yes             3       100%      100%
                =2    c-303      3.00   yes             3       100%      100%
                = tied (same score to two decimals)

                Signatures: all 10 scorecards unsigned (v1)

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
        try temp.edit(
            "claims-2026-01/c-103/ben-okafor.yaml",
            replacing: "evidence: Roofer invoice missing", with: "evidence: Roofer invoice absent")
        let run = temp.run(["rank", "store", "--requisition", "claims-2026-01"])
        #expect(run.exitCode == 1)
        #expect(
            run.stdout == """
                rank  candidate  score  recommendation  raters  coverage  within 1 level
                ----  ---------  -----  --------------  ------  --------  --------------
                1     c-101      4.03   strong yes      4       100%      93%

                With a knock-out (not ranked):
                  c-102  3.19  section score 2.27 is below the minimum 2.5 (reported by 2 of 3: Anna Schmidt, Ben Okafor); red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1 (reported by 2 of 3: Anna Schmidt, Ben Okafor)

                Signatures: all 7 scorecards unsigned (v1)

                """)
        #expect(run.stderr.contains("Files: 19 read, 16 merged, 3 refused\n"))
        #expect(
            run.stderr.contains(
                "  ✖ candidate 'c-103': the seal of a scorecard does not match the content: changed after submission\n"
                    + "      store/claims-2026-01/c-103/ben-okafor.yaml\n"))
    }
}
