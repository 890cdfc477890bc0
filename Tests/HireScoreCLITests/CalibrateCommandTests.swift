import Foundation
import Testing

/// `hirescore calibrate`: interviewer leniency or severity, central tendency, halo and n/a rate; names
/// only from a minimum number of scorecards, or nobody's with --anonymous (works council).
@Suite struct CalibrateCommandTests {
    static let interviewers = [
        "Anna Schmidt", "Ben Okafor", "Clara Wiese", "Deniz Yilmaz", "Eva Brandt", "Farid Haddad", "Greta Lindqvist",
    ]

    /// Checked by hand (deviation = mean over scorecards of the mean of own rating − median of the other raters):
    /// Greta Lindqvist: c-201 −0.2, c-202 −1/3 (12 rated), c-203 −0.2333 → −0.2556; 95% interval
    /// ± 4.303 × sd / √3 = [−0.43, −0.08], entirely below zero: severe.
    /// Eva Brandt: 0, 0.15, 0.1667 → +0.11 [−0.12, +0.33]; Farid Haddad: 0.2, 0.1667, 0.0667 → +0.14 [−0.03, +0.32].
    /// Deniz Yilmaz (one scorecard, R1): five criteria below the others' median (−2, −1, −1, −1 and 0 elsewhere):
    /// −5/15 = −0.33; middle 2 of 15 = 13%; spread = sample sd of his 15 ratings = 0.59; no interval: unclear.
    /// n/a: Eva 5 of 45 = 11%, Farid 6 of 45 = 13%, Greta 5 of 45 = 11%.
    @Test func minimumThreeExactText() throws {
        let run = PanelRun.run(["calibrate", "examples/store", "--minimum", "3"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        let interviewers = """
            interviewer      cards  deviation  95% interval    tendency  middle  spread  n/a
            ---------------  -----  ---------  --------------  --------  ------  ------  ---
            Anna Schmidt     3      +0.03      [-0.40, +0.46]  in line   42%     0.62    0%
            Ben Okafor       3      -0.02      [-0.34, +0.29]  in line   40%     0.65    0%
            Clara Wiese      3      +0.12      [-0.52, +0.77]  in line   51%     0.57    0%
            Eva Brandt       3      +0.11      [-0.12, +0.33]  in line   40%     0.49    11%
            Farid Haddad     3      +0.14      [-0.03, +0.32]  in line   33%     0.49    13%
            Greta Lindqvist  3      -0.26      [-0.43, -0.08]  severe    43%     0.47    11%
            R1               1      -0.33      –               unclear   13%     0.59    0%

            deviation: mean difference from the consensus of the rest of the panel, in scale levels (positive: lenient, negative: severe).
            middle: share of ratings at the middle of the scale (central tendency). spread: mean standard deviation within a scorecard (low: halo).
            Names appear only from 3 scorecards; others show as R1, R2, ... In Germany these statistics can need the works council's consent (BetrVG § 87).
            Signatures: all 19 scorecards signed with registered keys.

            """
        #expect(run.stdout.hasPrefix(interviewers), "\(run.stdout)")
        // Then each requisition's reliability per criterion (checked in ReliabilityTests and the report goldens).
        #expect(
            run.stdout.dropFirst(interviewers.count).hasPrefix("\nReliability per criterion across requisition "),
            "\(run.stdout)")
    }

    /// The default minimum is 5 scorecards; nobody in the examples has more than 4, so nobody is named.
    @Test func defaultMinimumShowsNoNames() throws {
        let run = PanelRun.run(["calibrate", "examples/store"])
        #expect(run.exitCode == 0)
        let lines = PanelRun.lines(run.stdout)
        let labels = lines.dropFirst(2).prefix { !$0.isEmpty }.map { String($0.prefix { $0 != " " }) }
        #expect(labels == (1...7).map { "R\($0)" })
        for name in Self.interviewers {
            #expect(!run.stdout.contains(name), "\(name) is named with fewer than 5 scorecards")
        }
        #expect(run.stdout.contains("Names appear only from 5 scorecards; others show as R1, R2, ..."))
        // Pseudonyms are numbered by deviation, not by name: R1 is the most severe (−0.33), R7 the most lenient (+0.14).
        #expect(lines.contains("R1           1      -0.33      –               unclear   13%     0.59    0%"))
        #expect(lines.contains("R7           3      +0.14      [-0.03, +0.32]  in line   33%     0.49    13%"))
    }

    @Test func anonymousHidesEveryNameWhateverTheMinimum() throws {
        let run = PanelRun.run(["calibrate", "examples/store", "--anonymous", "--minimum", "1"])
        #expect(run.exitCode == 0)
        for name in Self.interviewers {
            #expect(!run.stdout.contains(name))
        }
        let labels = PanelRun.lines(run.stdout).dropFirst(2).prefix { !$0.isEmpty }.map {
            String($0.prefix { $0 != " " })
        }
        #expect(labels == (1...7).map { "R\($0)" })
        let document = try PanelRun.json(
            PanelRun.run(["calibrate", "examples/store", "--anonymous", "--minimum", "1", "--format", "json"]).stdout)
        let entries = try #require(document["interviewers"] as? [[String: Any]])
        #expect(entries.count == 7)
        #expect(entries.allSatisfy { $0["named"] as? Bool == false })
    }

    @Test func helpMentionsTheWorksCouncil() throws {
        let run = PanelRun.run(["calibrate", "--help"], rubrics: false)
        #expect(run.exitCode == 0)
        let help = run.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(help.contains("works council"))
        #expect(help.contains("BetrVG § 87"))
        #expect(help.contains("--anonymous"))
        #expect(help.contains("(default: 5)"))
    }

    @Test func germanLegendMentionsTheBetriebsrat() throws {
        let run = PanelRun.run(["calibrate", "examples/store", "--minimum", "3", "--lang", "de"])
        #expect(run.exitCode == 0)
        let lines = PanelRun.lines(run.stdout)
        #expect(lines.first == "Interviewer*in   Bögen  Abweichung  95-%-Intervall  Tendenz    Mitte  Streuung  n/a")
        #expect(lines.contains("Greta Lindqvist  3      -0,26       [-0,43, -0,08]  streng     43 %   0,47      11 %"))
        #expect(run.stdout.contains("Zustimmung des Betriebsrats bedürfen (§ 87 BetrVG)"))
    }

    @Test func jsonHasTheSchemaAndTheNumbers() throws {
        let run = PanelRun.run(["calibrate", "examples/store", "--minimum", "3", "--format", "json"])
        #expect(run.exitCode == 0)
        let document = try PanelRun.json(run.stdout)
        #expect(document["schema"] as? String == "hirescore/calibration@1")
        #expect(document["minimum-for-name"] as? Int == 3)
        let entries = try #require(document["interviewers"] as? [[String: Any]])
        #expect(
            entries.map { $0["label"] as? String } == Array(Self.interviewers.filter { $0 != "Deniz Yilmaz" }) + ["R1"])
        #expect(entries.map { $0["named"] as? Bool } == [true, true, true, true, true, true, false])
        let greta = try #require(entries.first { $0["label"] as? String == "Greta Lindqvist" })
        #expect(greta["scorecards"] as? Int == 3)
        #expect(greta["mean-deviation"] as? Double == -0.2556)
        #expect(greta["interval-low"] as? Double == -0.4279)
        #expect(greta["interval-high"] as? Double == -0.0832)
        #expect(greta["tendency"] as? String == "severe")
        #expect(greta["n/a-share"] as? Double == 0.1111)
        let deniz = try #require(entries.last)
        #expect(deniz["scorecards"] as? Int == 1)
        #expect(deniz["mean-deviation"] as? Double == -0.3333)
        #expect(deniz["interval-low"] == nil)
        #expect(deniz["tendency"] as? String == "unclear")
        #expect(deniz["middle-share"] as? Double == 0.1333)
        #expect(deniz["spread-within"] as? Double == 0.5936)
        #expect(deniz["n/a-share"] as? Double == 0)
    }

    /// A refused candidate: the statistics of the rest, the refusal on stderr, exit 1.
    @Test func refusalIsReportedOnStandardError() throws {
        let temp = try TemporaryStore()
        try temp.edit(
            "claims-2026-01/c-101/deniz-yilmaz.yaml", replacing: "\nstatus: submitted\n", with: "\nstatus: draft\n")
        try temp.removeLine("claims-2026-01/c-101/deniz-yilmaz.yaml", startingWith: "seal: ")
        let run = temp.run(["calibrate", "store", "--minimum", "3"])
        #expect(run.exitCode == 1)
        // Without c-101, Anna, Ben and Clara have two scorecards each and show as R…; Deniz is gone.
        #expect(!run.stdout.contains("Anna Schmidt"))
        #expect(run.stdout.contains("\nGreta Lindqvist  3 "))
        #expect(run.stderr.contains("Files: 19 read, 15 merged, 4 refused\n"))
        #expect(
            run.stderr.contains(
                "  ✖ candidate 'c-101': a scorecard is still a draft; submit it first, or merge with --include-drafts\n"
            ))
    }
}
