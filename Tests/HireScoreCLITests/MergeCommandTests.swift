import Foundation
import Testing

/// `hirescore merge`: the README's main command on example candidate c-102 (golden text in English and
/// German, every number worked out by hand), its JSON, the whole example store, and `--consensus mean`.
///
/// c-102 (claims-handler rubric), ratings in rubric order, raters sorted by name:
///
///     Anna Schmidt  3 1 2 2 3 | 3 3 3 2 3 | 4 4 4 3 4
///     Ben Okafor    3 1 3 3 2 | 3 2 3 2 3 | 4 3 4 4 4
///     Clara Wiese   3 2 3 3 3 | 3 3 3 3 3 | 4 4 3 4 5
///
/// Golden files: Fixtures/panel/merge-c-102-{en,de}.txt (see PanelTestSupport.swift for updating them).
@Suite struct MergeCommandTests {
    static let c102 = "examples/store/claims-2026-01/c-102"

    /// The claims-handler technical-depth score: the weighted mean of the five skill levels (weights 3, 3, 2, 2, 1).
    static func technicalScore(_ levels: [Double]) -> Double {
        zip([3.0, 3, 2, 2, 1], levels).reduce(0.0) { $0 + $1.0 * $1.1 } / 11
    }

    /// The claims-handler overall score: (35 × customer + 25 × conversation + 40 × technical) / 100.
    static func overall(_ customer: Double, _ conversation: Double, _ technical: Double) -> Double {
        (35 * customer + 25 * conversation + 40 * technical) / 100
    }

    // MARK: - The README's main command

    /// `hirescore merge examples/store/claims-2026-01/c-102` from the package root, with no --rubrics
    /// (./rubrics is the default): exit 0, nothing on stderr, the golden text, and the store untouched.
    @Test func readmeCommandMatchesGoldenText() throws {
        let before = try PanelRun.snapshot(PanelRun.exampleStore)
        let run = PanelRun.run(["merge", Self.c102], rubrics: false)
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        try PanelGolden.check(run.stdout, against: "merge-c-102-en.txt", what: "merge \(Self.c102)")
        #expect(try PanelRun.snapshot(PanelRun.exampleStore) == before, "merge must never write to the store")
    }

    /// `HIRESCORE_TIMINGS=1` prints where a merge spends its time, phase by phase, and changes nothing else.
    @Test func phaseTimingsOnRequestOnly() throws {
        let plain = PanelRun.run(["merge", Self.c102], rubrics: false)
        let timed = HireScoreProcess.run(
            ["merge", Self.c102],
            environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store", "HIRESCORE_TIMINGS": "1"],
            currentDirectory: TestPaths.packageRoot)
        #expect(timed.exitCode == 0 && timed.stdout == plain.stdout)
        let phases = PanelRun.lines(timed.stderr).filter { !$0.isEmpty }.map { line in
            line.hasPrefix("timing: ") ? String(line.dropFirst(8).prefix { $0 != ":" }) : "not a timing: \(line)"
        }
        #expect(
            phases == [
                "find scorecard files", "load rubrics", "read the key lists", "find the candidate of 3 scorecards",
                "read and merge 1 candidates in 1 slices", "agreement per requisition",
                "record the verified signatures (0 from the cache, 0 verified)", "warnings and amendment notes",
                "render and write the report (text)",
            ])
        #expect(PanelRun.lines(timed.stderr).filter { !$0.isEmpty }.allSatisfy { $0.hasSuffix(" ms") })
    }

    /// The lines a panel lead acts on, asserted one by one (so a regenerated golden file cannot hide them).
    @Test func readmeCommandShowsTheDecisionTheKnockOutAndWhoReportedIt() throws {
        let run = PanelRun.run(["merge", Self.c102], rubrics: false)
        #expect(run.exitCode == 0)
        let lines = PanelRun.lines(run.stdout)
        #expect(
            lines.first
                == "Candidate c-102  (requisition claims-2026-01) — Claims Handler, Property and Casualty Insurance")
        #expect(lines.contains("Panel: 1 Anna Schmidt, 2 Ben Okafor, 3 Clara Wiese"))
        #expect(lines.contains("PANEL RECOMMENDATION: NO   consensus score 3.19   coverage 15/15 (100%)"))
        // The arithmetic behind the decision: the score alone would be a yes, the knock-outs cap it.
        #expect(
            lines.contains("  overall: weighted mean of the section scores (35×2.64 + 25×2.65 + 40×4.00) / 100 = 3.19"))
        #expect(lines.contains("  3 ≤ 3.19 < 4 (yes)"))
        #expect(lines.contains("  2 knock-outs cap the recommendation at \"no\""))
        // Two of three raters reported each knock-out on their own scorecards (two are needed): both stand.
        #expect(
            lines.contains(
                "  ✖ [customer-orientation/red-flag/empathy] stands: red flag: 'Empathy in stressful loss situations' rated 1, at or below the red-flag level 1"
                    + " — reported by 2 of 3: Anna Schmidt, Ben Okafor — why the job needs the rule: Someone who blames customers or refuses"
                    + " ownership (level 1) loses customers whatever their technical skill; onboarding cannot correct it."
            ))
        #expect(
            lines.contains(
                "  ✖ [customer-orientation/below-minimum] stands: section score below the minimum — reported by 2 of 3:"
                    + " Anna Schmidt (section score 2.27 is below the minimum 2.5), Ben Okafor (section score 2.45 is below the minimum 2.5)"
                    + " — why the job needs the rule: Every task of the job touches customers; a section score below 2.5 (mostly below the"
                    + " requirements) is not compatible with the job."))
        #expect(!run.stdout.contains("to discuss"))
        // Clara Wiese rated empathy 2: she reported no red flag, and she recommends yes consistently with her ratings.
        #expect(!lines.contains { $0.contains("reported by") && $0.contains("Clara Wiese") })
        #expect(
            lines.contains(
                "  Clara Wiese: yes  (own ratings 3.30 → yes) — “Strong on coverage and the claims system; the tone can be coached.”"
            ))
        #expect(!run.stdout.contains("WHAT-IF"), "the rubric's own method is no what-if")
        #expect(
            lines.contains(
                "Agreement: all raters within one level on 15 of 15 criteria (100%); no criterion with a range of two levels or more"
            ))
        #expect(lines.contains("Files: 3 read, 3 merged, 0 refused"))
        // No criterion spreads two levels, and every criterion was rated.
        #expect(!run.stdout.contains("For the debrief"))
        #expect(!run.stdout.contains("Gaps"))
    }

    /// Every number of c-102 worked out by hand from rubrics/claims-handler.yaml, checked in the JSON.
    @Test func c102NumbersCheckedByHand() throws {
        let run = PanelRun.run(["merge", Self.c102, "--format", "json"])
        #expect(run.exitCode == 0)
        let document = try PanelRun.json(run.stdout)
        let candidate = try #require((document["candidates"] as? [[String: Any]])?.first)

        // Per criterion: median, mean (4 decimals in JSON), range.
        let expected: [(id: String, median: Double, mean: Double, range: Double)] = [
            ("ownership", 3, 3, 0), ("empathy", 1, 1.3333, 1), ("managing-expectations", 3, 2.6667, 1),
            ("service-recovery", 3, 2.6667, 1), ("internal-customer", 3, 2.6667, 1),
            ("active-listening", 3, 3, 0), ("questioning", 3, 2.6667, 1), ("structure-clarity", 3, 3, 0),
            ("de-escalation", 2, 2.3333, 1), ("written-communication", 3, 3, 0),
            ("claims-law", 4, 4, 0), ("coverage-assessment", 4, 3.6667, 1), ("liability-recourse", 4, 3.6667, 1),
            ("fraud-indicators", 4, 3.6667, 1), ("claims-system", 4, 4.3333, 1),
        ]
        let criteria = try #require(candidate["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["criterion"] as? String } == expected.map(\.id))
        for (row, want) in zip(criteria, expected) {
            #expect(row["median"] as? Double == want.median, "median of \(want.id)")
            #expect(row["mean"] as? Double == want.mean, "mean of \(want.id)")
            #expect(row["range"] as? Double == want.range, "range of \(want.id)")
            #expect(row["consensus"] as? Double == want.median, "consensus (median) of \(want.id)")
            #expect(row["discuss"] as? Bool == false)
            #expect(row["gap"] as? Bool == false)
        }

        // Customer orientation on the medians, weights 3,2,2,2,2: (3×3 + 2×1 + 2×3 + 2×3 + 2×3) / 11 = 29/11.
        let customer: Double = 29.0 / 11
        // Conversation skills: interview (2×3 + 2×3 + 2×3 + 2×3) / 8 = 3; role-play de-escalation 2;
        // 0.65 × 3 + 0.35 × 2 = 2.65.
        let conversation: Double = 0.65 * 3 + 0.35 * 2
        // Technical depth, the weighted mean of the medians: every skill 4, so (3×4 + 3×4 + 2×4 + 2×4 + 1×4) / 11 = 4.
        let technical: Double = Self.technicalScore([4, 4, 4, 4, 4])
        // Overall (35 × 2.6364 + 25 × 2.65 + 40 × 4) / 100 = 3.1852: "yes" by the thresholds (3 ≤ x < 4), capped at
        // "no" by the two knock-outs that two of the three raters reported (red flag on empathy, section minimum).
        let overall: Double = Self.overall(customer, conversation, technical)
        let sections = try #require(candidate["sections"] as? [[String: Any]])
        #expect(
            sections.map { $0["id"] as? String } == ["customer-orientation", "conversation-skills", "technical-depth"])
        for (section, want) in zip(sections, [customer, conversation, technical]) {
            let score = try #require(section["score"] as? Double)
            #expect(abs(score - want) < 0.00006, "section \(section["id"] ?? "?"): \(score) ≠ \(want)")
        }
        let score = try #require(candidate["score"] as? Double)
        #expect(abs(score - overall) < 0.00006)
        #expect(score == 3.1852)
        #expect(candidate["coverage"] as? Double == 1)
        #expect(candidate["recommendation"] as? String == "no")

        // Each interviewer's own ratings by the same rules:
        // Anna: CO (9+2+4+4+6)/11 = 2.2727 (< 2.5 and a red flag); CS 0.65×3 + 0.35×2 = 2.65;
        //       TD (12+12+8+6+4)/11 = 42/11 = 3.8182; overall 2.9852 → "no" (and knock-outs).
        // Ben:  CO (9+2+6+6+4)/11 = 2.4545; CS 0.65×(22/8) + 0.35×2 = 2.4875;
        //       TD (12+9+8+8+4)/11 = 41/11 = 3.7273; overall 2.9719 → "no" (and knock-outs).
        // Clara: CO (9+4+6+6+6)/11 = 2.8182; CS 3; TD (12+12+6+8+5)/11 = 43/11 = 3.9091; overall 3.3 → "yes".
        let benConversation: Double = 0.65 * (22.0 / 8) + 0.35 * 2
        let anna: Double = Self.overall(25.0 / 11, 2.65, Self.technicalScore([4, 4, 4, 3, 4]))
        let ben: Double = Self.overall(27.0 / 11, benConversation, Self.technicalScore([4, 3, 4, 4, 4]))
        let clara: Double = Self.overall(31.0 / 11, 3, Self.technicalScore([4, 4, 3, 4, 5]))
        let expectedOwn: [Double] = [anna, ben, clara]
        let views = try #require(candidate["who-said-what"] as? [[String: Any]])
        #expect(views.map { $0["interviewer"] as? String } == ["Anna Schmidt", "Ben Okafor", "Clara Wiese"])
        #expect(views.map { $0["recommendation"] as? String } == ["no", "no", "yes"])
        #expect(views.map { $0["by-the-rules"] as? String } == ["no", "no", "yes"])
        for (view, want) in zip(views, expectedOwn) {
            let own: Double = try #require(view["own-score"] as? Double)
            let difference: Double = abs(own - want)
            #expect(difference < 0.00006, "own score of \(view["interviewer"] ?? "?"): \(own) ≠ \(want)")
        }
        #expect(views.allSatisfy { $0["consistency-note"] == nil })
    }

    // MARK: - JSON

    /// The requisition's statistics: ordinal alpha with its seeded bootstrap interval and a reading of
    /// the value as shown, interval alpha, ICC over the raters on every panel; no `-0` anywhere.
    @Test func jsonHasTheRequisitionAgreement() throws {
        let run = PanelRun.run(["merge", "examples/store/claims-2026-01", "--format", "json"])
        #expect(run.exitCode == 0)
        #expect(!run.stdout.contains("-0,") && !run.stdout.contains("-0\n") && !run.stdout.contains(": -0.0,"))
        let document = try PanelRun.json(run.stdout)
        let requisitions = try #require(document["requisitions"] as? [[String: Any]])
        try #require(requisitions.count == 1)
        #expect(requisitions[0]["requisition"] as? String == "claims-2026-01")
        let agreement = try #require(requisitions[0]["agreement"] as? [String: Any])
        #expect(agreement["metric"] as? String == "ordinal")
        #expect(agreement["candidates"] as? Int == 3)
        #expect(agreement["raters"] as? Int == 4)
        let ordinal = try #require(agreement["alpha-ordinal"] as? Double)
        let low = try #require(agreement["alpha-ordinal-low"] as? Double)
        let high = try #require(agreement["alpha-ordinal-high"] as? Double)
        #expect(low < ordinal && ordinal < high)
        #expect(agreement["alpha-interval"] as? Double != nil)
        #expect(
            agreement["reading"] as? String
                == (ordinal >= 0.8 ? "reliable" : ordinal >= 0.667 ? "tentative" : "unreliable"))
        #expect(agreement["icc-raters"] as? Int == 3)
        #expect(agreement["icc-missing"] == nil)
        let bootstrap = try #require(agreement["bootstrap"] as? [String: Any])
        #expect(bootstrap["resamples"] as? Int == 1000)
        #expect(bootstrap["seed"] as? Int == 20_110_612)
        // Seeded: the same merge gives the same interval.
        #expect(PanelRun.run(["merge", "examples/store/claims-2026-01", "--format", "json"]).stdout == run.stdout)
    }

    @Test func jsonHasTheSchemaTheKnockOutItsReportersAndTheAgreement() throws {
        let run = PanelRun.run(["merge", Self.c102, "--format", "json"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        let document = try PanelRun.json(run.stdout)
        #expect(document["schema"] as? String == "hirescore/panel-result@3")
        let candidates = try #require(document["candidates"] as? [[String: Any]])
        try #require(candidates.count == 1)
        let candidate = candidates[0]
        #expect(candidate["candidate"] as? String == "c-102")
        #expect(candidate["requisition"] as? String == "claims-2026-01")
        #expect(candidate["consensus-method"] as? String == "median")
        #expect(candidate["recommendation"] as? String == "no")
        let rubric = try #require(candidate["rubric"] as? [String: Any])
        #expect(rubric["id"] as? String == "claims-handler")
        #expect(rubric["version"] as? Int == 3)
        #expect((rubric["hash"] as? String)?.hasPrefix("sha256:27ade695814f") == true)
        #expect(candidate["what-if"] as? Bool == false)
        #expect(candidate["rubric-consensus-method"] as? String == "median")

        // The knock-outs that stand: each reported by two of the three raters (two needed).
        let knockOuts = try #require(candidate["knock-outs"] as? [[String: Any]])
        #expect(knockOuts.map { $0["code"] as? String } == ["below-minimum", "red-flag"])
        #expect(knockOuts.allSatisfy { $0["section"] as? String == "customer-orientation" })
        let reported = try #require(candidate["reported-knock-outs"] as? [[String: Any]])
        let redFlag = try #require(reported.first { $0["code"] as? String == "red-flag" })
        #expect(redFlag["reported-by"] as? [String] == ["Anna Schmidt", "Ben Okafor"])
        #expect(redFlag["section"] as? String == "customer-orientation")
        // Their own customer-orientation scores (2.27, 2.45) are below the section minimum 2.5 too; the consensus (2.64) is not.
        let belowMinimum = try #require(reported.first { $0["code"] as? String == "below-minimum" })
        #expect(belowMinimum["reported-by"] as? [String] == ["Anna Schmidt", "Ben Okafor"])
        #expect(reported.count == 2)
        #expect(reported.allSatisfy { $0["stands"] as? Bool == true && $0["needed"] as? Int == 2 })

        // Per candidate the spread, not alpha: every rater within one level on all 15 criteria.
        let agreement = try #require(candidate["agreement"] as? [String: Any])
        #expect(agreement["raters"] as? Int == 3)
        #expect(agreement["criteria-compared"] as? Int == 15)
        #expect(agreement["within-one-level"] as? Int == 15)
        #expect(agreement["within-one-level-share"] as? Double == 1)
        #expect(agreement["range-two-or-more"] as? [String] == [])
        #expect(agreement["alpha-ordinal"] == nil)
        #expect(agreement["icc-2-1"] == nil)

        let files = try #require(document["files"] as? [String: Any])
        let expectedFiles = ["anna-schmidt", "ben-okafor", "clara-wiese"].map { "\(Self.c102)/\($0).yaml" }
        #expect(files["read"] as? [String] == expectedFiles)
        #expect(files["merged"] as? [String] == expectedFiles)
        #expect((files["refused"] as? [Any])?.isEmpty == true)
        let raters = try #require(candidate["raters"] as? [[String: Any]])
        #expect(raters.map { $0["file"] as? String } == expectedFiles)
        #expect(raters.allSatisfy { $0["draft"] as? Bool == false })
    }

    // MARK: - German

    @Test func germanMatchesGoldenTextWithGermanLabelsAndDecimalCommas() throws {
        let run = PanelRun.run(["merge", Self.c102, "--lang", "de"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        try PanelGolden.check(run.stdout, against: "merge-c-102-de.txt", what: "merge \(Self.c102) --lang de")
        let lines = PanelRun.lines(run.stdout)
        #expect(lines.contains("PANEL-EMPFEHLUNG: NEIN   Konsenswert 3,19   Abdeckung 15/15 (100 %)"))
        #expect(lines.contains("  Kundenorientierung: 2,64"))
        #expect(
            lines.contains(
                "  Gesamt: gewichtetes Mittel der Abschnittswerte (35×2,64 + 25×2,65 + 40×4,00) / 100 = 3,19"))
        #expect(lines.contains("  2 K.-o.-Kriterien begrenzen die Empfehlung auf „Nein“"))
        #expect(
            lines.contains {
                $0.hasPrefix("  ✖ [customer-orientation/red-flag/empathy] gilt: Warnsignal:")
                    && $0.contains(
                        "— gemeldet von 2 von 3: Anna Schmidt, Ben Okafor — warum die Stelle die Regel braucht: Wer Kund*innen die Schuld gibt"
                    )
            })
        #expect(
            lines.contains(
                "Übereinstimmung: alle Bewertenden höchstens eine Stufe auseinander bei 15 von 15 Kriterien (100 %); kein Kriterium mit einer Spanne von zwei Stufen oder mehr"
            ))
        #expect(lines.contains("Dateien: 3 gelesen, 3 zusammengeführt, 0 abgelehnt"))
        // No English decimal point in any number (the interviewers' own English reasons hold no numbers).
        let offending = lines.filter { $0.contains(#/\d\.\d/#) }
        #expect(offending.isEmpty, "lines with a decimal point: \(offending)")
        for english in [
            "PANEL RECOMMENDATION", "consensus score", "Knock-outs", "Who said what", "Files:", "reported by",
        ] {
            #expect(!run.stdout.contains(english), "English label '\(english)' in the German report")
        }
    }

    // MARK: - The whole store

    @Test func wholeStoreMergesSixCandidatesAndAccountsForEveryFile() throws {
        let run = PanelRun.run(["merge", "examples/store"])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        let lines = PanelRun.lines(run.stdout)
        let candidates = lines.filter { $0.hasPrefix("Candidate ") }.map { $0.split(separator: " ")[1] }
        #expect(candidates == ["c-201", "c-202", "c-203", "c-101", "c-102", "c-103"])
        #expect(lines.contains("Files: 19 read, 19 merged, 0 refused"))
        #expect(lines.filter { $0 == String(repeating: "═", count: 78) }.count == 5)

        // c-202: the technical part was not reached: coverage 11/15 = 73% < 75%, no decision, gaps listed.
        // The critical skills nobody rated are a reason for no decision of their own.
        #expect(lines.contains("PANEL RECOMMENDATION: NO DECISION   consensus score 3.05   coverage 11/15 (73%)"))
        #expect(lines.contains("  coverage 73% (11 of 15 criteria rated) is below the minimum 75%: no decision"))
        #expect(
            lines.contains(
                "  'Cash application and open-item clearing' can knock out but was not rated; "
                    + "'Dunning and collections' can knock out but was not rated: no decision until every knock-out criterion is rated"
            ))
        #expect(
            lines.contains(
                "Gaps (rated by nobody): cash-application, dunning-collections, month-end-closing, erp-systems"))
        #expect(lines.filter { $0.hasSuffix("○ gap") }.count == 4)

        // c-203: Greta Lindqvist recommends strong yes against her own ratings (2.33, with two knock-outs of her own).
        #expect(
            lines.contains(
                "  Greta Lindqvist: strong yes  (own ratings 2.33 → no) — “Very pleasant person, I liked her a lot.”"))
        #expect(
            lines.contains(
                "    ! recommends strong yes although their own ratings contain a knock-out (section score 2.18 is below the minimum 2.5; "
                    + "critical skill 'Dunning and collections' is below its required level (observed 2, required 3))"))
        // c-203: a knock-out one rater of three reported is to discuss; one two reported stands.
        #expect(
            lines.contains(
                "  ⚑ [technical-depth/critical-skill-gap/cash-application] to discuss (reported by 1 of 3, 2 needed to stand): Farid Haddad: "
                    + "critical skill 'Cash application and open-item clearing' is below its required level (observed 2, required 3)"
            ))
        #expect(
            lines.contains { $0.hasPrefix("  ✖ [technical-depth/critical-skill-gap/dunning-collections] stands: ") })
        // c-103: mismatches in both directions, Ben Okafor's yes with a knock-out of his own and Clara Wiese's no against a yes.
        #expect(lines.contains("    ! recommends no although their own ratings give 3.06 → yes by the rubric's rules"))
        #expect(lines.filter { $0.hasPrefix("    ! recommends") }.count == 3)

        // c-101: Deniz Yilmaz's 2 on managing expectations is for the debrief.
        #expect(lines.contains("For the debrief (range ≥ 2 levels):"))
        #expect(
            lines.contains("  - Managing expectations: Anna Schmidt 4, Ben Okafor 4, Clara Wiese 4, Deniz Yilmaz 2"))
        // Its spread in plain words: 14 of 15 criteria within one level (per-candidate alpha read "unreliable" here).
        #expect(
            lines.contains(
                "Agreement: all raters within one level on 14 of 15 criteria (93%); a range of two levels or more on 1: Managing expectations (2 to 4)"
            ))

        // Agreement across each requisition.
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Agreement across requisition ar-2026-02: α ordinal 0.634 (95% interval 0.570 to 0.698, bootstrap) — unreliable (below .667)"
                )
            })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Agreement across requisition claims-2026-01: α ordinal 0.556 (95% interval 0.467 to 0.645, bootstrap) — unreliable (below .667)"
                )
            })

        let json = PanelRun.run(["merge", "examples/store", "--format", "json"])
        #expect(json.exitCode == 0)
        let document = try PanelRun.json(json.stdout)
        let panels = try #require(document["candidates"] as? [[String: Any]])
        #expect(
            panels.map { $0["recommendation"] as? String } == [
                "strong-yes", "no-decision", "no", "strong-yes", "no", "yes",
            ])
        let c202 = try #require(panels.first { $0["candidate"] as? String == "c-202" })
        #expect(
            c202["gaps"] as? [String] == [
                "cash-application", "dunning-collections", "month-end-closing", "erp-systems",
            ])
        let requisitions = try #require(document["requisitions"] as? [[String: Any]])
        #expect(requisitions.map { $0["requisition"] as? String } == ["ar-2026-02", "claims-2026-01"])
        let files = try #require(document["files"] as? [String: Any])
        #expect((files["read"] as? [String])?.count == 19)
        #expect((files["merged"] as? [String])?.count == 19)
    }

    // MARK: - Consensus method

    /// `--consensus mean` is a what-if: each criterion is combined by the mean instead of the rubric's median, so
    /// c-102's numbers change, every output says that this is not the rubric's method, and the decision does not:
    /// the knock-outs two of three raters reported on their own scorecards stand whatever the consensus method.
    ///
    /// Customer orientation on the means (3, 4/3, 8/3, 8/3, 8/3): (9 + 8/3 + 16) / 11 = 2.5152.
    /// Conversation: interview (6 + 16/3 + 6 + 6) / 8 = 2.9167, role-play 7/3: 0.65 × 2.9167 + 0.35 × 2.3333 = 2.7125.
    /// Technical: the weighted mean of the means (4, 11/3, 11/3, 11/3, 13/3): (12 + 11 + 22/3 + 22/3 + 13/3) / 11 = 42/11
    /// = 3.8182. Overall (35 × 2.5152 + 25 × 2.7125 + 40 × 3.8182) / 100 = 3.0857: a yes by the score, capped at no.
    @Test func meanConsensusChangesTheNumbers() throws {
        let customer: Double = (9 + 2 * (4.0 / 3) + 6 * (8.0 / 3)) / 11
        let interview: Double = (18 + 2 * (8.0 / 3)) / 8
        let conversation: Double = 0.65 * interview + 0.35 * (7.0 / 3)
        let technical: Double = Self.technicalScore([4, 11.0 / 3, 11.0 / 3, 11.0 / 3, 13.0 / 3])
        let overall: Double = Self.overall(customer, conversation, technical)

        let mean = try PanelRun.json(
            PanelRun.run(["merge", Self.c102, "--consensus", "mean", "--format", "json"]).stdout)
        let median = try PanelRun.json(PanelRun.run(["merge", Self.c102, "--format", "json"]).stdout)
        let meanCandidate = try #require((mean["candidates"] as? [[String: Any]])?.first)
        let medianCandidate = try #require((median["candidates"] as? [[String: Any]])?.first)
        #expect(meanCandidate["consensus-method"] as? String == "mean")
        #expect(meanCandidate["rubric-consensus-method"] as? String == "median")
        #expect(meanCandidate["what-if"] as? Bool == true)
        #expect(medianCandidate["what-if"] as? Bool == false)
        #expect(meanCandidate["score"] as? Double == 3.0857)
        #expect(medianCandidate["score"] as? Double == 3.1852)
        #expect(abs((meanCandidate["score"] as? Double ?? 0) - overall) < 0.00006)
        let sections = try #require(meanCandidate["sections"] as? [[String: Any]])
        #expect(sections.map { $0["score"] as? Double } == [2.5152, 2.7125, 3.8182])
        for (section, want) in zip(sections, [customer, conversation, technical]) {
            #expect(abs((section["score"] as? Double ?? 0) - want) < 0.00006)
        }
        // The empathy consensus is now the mean 1.3333, not the median 1.
        let empathy = try #require(
            (meanCandidate["criteria"] as? [[String: Any]])?.first { $0["criterion"] as? String == "empathy" })
        #expect(empathy["consensus"] as? Double == 1.3333)
        // The knock-outs do not depend on the method: both were reported by two of three raters and stand.
        #expect(meanCandidate["recommendation"] as? String == "no")
        #expect(
            (meanCandidate["knock-outs"] as? [[String: Any]])?.map { $0["code"] as? String } == [
                "below-minimum", "red-flag",
            ])
        #expect((meanCandidate["reported-knock-outs"] as? [[String: Any]])?.count == 2)

        let text = PanelRun.run(["merge", Self.c102, "--consensus", "mean"])
        #expect(text.exitCode == 0)
        let lines = PanelRun.lines(text.stdout)
        #expect(lines.contains("Rubric claims-handler@3  sha256:27ade695814f…  · consensus: mean"))
        #expect(
            lines.contains(
                "!! WHAT-IF: consensus by mean, not the rubric's method (median); not a basis for a decision"))
        #expect(lines.contains("PANEL RECOMMENDATION: NO   consensus score 3.09   coverage 15/15 (100%)"))
        #expect(
            lines.contains("  overall: weighted mean of the section scores (35×2.52 + 25×2.71 + 40×3.82) / 100 = 3.09"))
        #expect(lines.contains("  2 knock-outs cap the recommendation at \"no\""))
        #expect(lines.contains { $0.hasPrefix("  ✖ [customer-orientation/red-flag/empathy] stands: red flag:") })
    }

    /// One scorecard: nothing to compare, and the line says so (in both languages).
    @Test func singleRaterHasNoSpreadToCompare() throws {
        let file = "\(Self.c102)/anna-schmidt.yaml"
        let english = PanelRun.run(["merge", file]).stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(english.contains("Agreement: only 1 rater rated anything: no spread to compare"))
        let german = PanelRun.run(["merge", file, "--lang", "de"]).stdout.split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        #expect(german.contains("Übereinstimmung: nur 1 Person hat bewertet: keine Spanne zu vergleichen"))
    }

    /// Two candidates of a requisition are too few for alpha and ICC: the requisition line names that reason.
    @Test func twoCandidatesAreTooFewForRequisitionStatistics() throws {
        let run = PanelRun.run(["merge", "examples/store/claims-2026-01/c-101", Self.c102])
        #expect(run.exitCode == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.contains(
                "Agreement across requisition claims-2026-01: no agreement statistics: 2 candidates, at least 3 are needed; "
                    + "with fewer, alpha and ICC mostly measure how the criteria of one profile differ"))
        #expect(!run.stdout.contains("α "))
    }
}
