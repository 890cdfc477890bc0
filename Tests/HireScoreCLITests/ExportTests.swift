import Foundation
import Testing

/// `hirescore export`: everything the store holds about one candidate (Art. 15 DSGVO) and nothing about
/// anyone else, as JSON, Markdown and HTML, with user data escaped and interviewer names replaceable.
@Suite struct ExportTests {
    /// The evidence of every criterion of an example answers file (`examples/answers/...`), by criterion.
    static func evidence(ofAnswers relative: String) throws -> [String: String] {
        let lines = try String(
            contentsOf: ComplianceStore.exampleAnswers.appendingPathComponent(relative), encoding: .utf8
        )
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String: String] = [:]
        for (index, line) in lines.enumerated() where line.hasPrefix("# ") && index + 2 < lines.count {
            let header = String(line.dropFirst(2))
            guard !header.contains(" "), Int(lines[index + 1]) != nil, !lines[index + 2].hasPrefix("#"),
                !lines[index + 2].isEmpty
            else { continue }
            result[header] = lines[index + 2]
        }
        return result
    }

    /// The answers files of the example store, by `REQUISITION/CANDIDATE`.
    static func answersFiles() throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for folder in ComplianceStore.candidates {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: ComplianceStore.exampleAnswers.appendingPathComponent(folder).path)
            result[folder] = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
        }
        return result
    }

    /// Evidence written about candidates other than `folder` and never about it.
    static func foreignEvidence(except folder: String) throws -> Set<String> {
        var own: Set<String> = []
        var others: Set<String> = []
        for (candidate, files) in try answersFiles() {
            for file in files {
                let values = Set(try evidence(ofAnswers: file).values)
                if candidate == folder { own.formUnion(values) } else { others.formUnion(values) }
            }
        }
        return others.subtracting(own)
    }

    /// Every string in a parsed JSON value.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let string as String: return [string]
        case let array as [Any]: return array.flatMap(strings(in:))
        case let object as [String: Any]: return object.keys.map { $0 } + object.values.flatMap(strings(in:))
        default: return []
        }
    }

    /// HTML escaping as the export promises it (element content and attributes).
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Markdown escaping as the export promises it (table cells included).
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]#|<>".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    static let otherCandidates = ["c-102", "c-103", "c-104", "c-201", "c-202", "c-203"]
    static let c101Interviewers = ["Anna Schmidt", "Ben Okafor", "Clara Wiese", "Deniz Yilmaz"]

    /// A store where c-101 also has a draft in a second requisition, another candidate has evidence found
    /// nowhere else, and other candidates have decisions and holds.
    static func crowdedStore() throws -> ComplianceStore {
        let temp = try ComplianceStore()
        try temp.enterDraft(
            "draft-markup.answers", candidate: "c-101", requisition: "ar-2026-02", interviewer: "Ivo Novak")
        try temp.enterDraft(
            "unique-evidence.answers", candidate: "c-104", requisition: "claims-2026-01", interviewer: "Zoe Other")
        try temp.decide("c-101", "hired")
        try temp.decide("c-102", "rejected", date: ComplianceStore.longAgo)
        try temp.succeed(["hold", "c-102", "--reason", "OTHER-HOLD-REASON", "--actor", "HR Office"])
        return temp
    }

    @Test func jsonHoldsEveryScorecardOfTheCandidateAndNothingOfOthers() throws {
        let temp = try Self.crowdedStore()
        let output = try temp.succeed(["export", "--candidate", "c-101", "--format", "json"])
        let document = try ComplianceStore.object(output)
        #expect(document["schema"] as? String == "hirescore/candidate-export@1")
        #expect(document["candidate"] as? String == "c-101")
        #expect(document["interviewers-pseudonymised"] as? Bool == false)
        #expect(document["retention-months"] as? Int == 6)
        #expect(document["exported"] as? String == ComplianceStore.day(from: 0))

        // Every scorecard of c-101: the four sealed ones of claims-2026-01 and the draft in ar-2026-02.
        let scorecards = try #require(document["scorecards"] as? [[String: Any]])
        #expect(
            Set(scorecards.compactMap { $0["interviewer"] as? String }) == Set(Self.c101Interviewers + ["Ivo Novak"]))
        #expect(scorecards.count == 5)
        for interviewer in Self.c101Interviewers {
            let stem = interviewer.lowercased().replacingOccurrences(of: " ", with: "-")
            let card = try #require(scorecards.first { $0["interviewer"] as? String == interviewer })
            #expect(card["requisition"] as? String == "claims-2026-01")
            #expect(card["status"] as? String == "submitted")
            #expect(card["rubric"] as? String == "claims-handler@3")
            #expect(card["interview-date"] as? String == "2026-11-17")
            #expect(card["retain-until"] as? String == ComplianceStore.day(from: 0, months: 6))
            #expect(card["seal"] as? String == (try temp.seal("claims-2026-01/c-101/\(stem).yaml")))
            let ratings = try #require(card["ratings"] as? [[String: Any]])
            var exported: [String: String] = [:]
            for rating in ratings { exported[rating["criterion"] as? String ?? "?"] = rating["evidence"] as? String }
            let expected = try Self.evidence(ofAnswers: "claims-2026-01/c-101/\(stem).txt")
            #expect(expected.count == 15)
            #expect(exported == expected, "every rating of \(interviewer) with its evidence")
            #expect(card["recommendation"] is String)
        }
        let draft = try #require(scorecards.first { $0["interviewer"] as? String == "Ivo Novak" })
        #expect(draft["status"] as? String == "draft")
        #expect(draft["requisition"] as? String == "ar-2026-02")

        let decisions = try #require(document["decisions"] as? [[String: Any]])
        #expect(decisions.count == 1)
        #expect(decisions.first?["candidate"] as? String == "c-101")
        #expect(decisions.first?["outcome"] as? String == "hired")
        #expect((document["holds"] as? [Any])?.isEmpty == true)
        let panels = try #require(document["panels"] as? [[String: Any]])
        #expect(Set(panels.compactMap { $0["requisition"] as? String }) == ["claims-2026-01", "ar-2026-02"])
        let events = try #require(document["audit-events"] as? [[String: Any]])
        #expect(events.map { $0["event"] as? String } == ["submit", "submit", "submit", "submit", "merge", "decision"])
        #expect(events.allSatisfy { $0["candidate"] as? String == "c-101" })

        // Nothing of others: no other candidate id, interviewer, hold reason or evidence.
        let all = Self.strings(in: document)
        for other in Self.otherCandidates + [
            "Eva Brandt", "Farid Haddad", "Greta Lindqvist", "Zoe Other", "ZEBRA-MARKER", "OTHER-HOLD-REASON",
        ] {
            #expect(!output.contains(other), "the export of c-101 mentions '\(other)'")
        }
        let foreign = try Self.foreignEvidence(except: "claims-2026-01/c-101")
        #expect(foreign.count > 20, "the other candidates have evidence of their own")
        for evidence in foreign {
            #expect(!all.contains { $0.contains(evidence) }, "evidence of another candidate: \(evidence)")
        }
    }

    @Test func markdownAndHTMLHoldEveryScorecardWithItsEvidenceAndNothingOfOthers() throws {
        let temp = try Self.crowdedStore()
        let foreign = try Self.foreignEvidence(except: "claims-2026-01/c-101")
        for (format, escape) in [("markdown", Self.markdown), ("html", Self.html)] as [(String, (String) -> String)] {
            let output = try temp.succeed(["export", "--candidate", "c-101", "--format", format])
            for interviewer in Self.c101Interviewers {
                let stem = interviewer.lowercased().replacingOccurrences(of: " ", with: "-")
                let heading =
                    format == "html"
                    ? "<h3>\(interviewer) — claims-2026-01, claims-handler@3</h3>"
                    : "### \(interviewer) — claims-2026-01, claims-handler@3\n"
                #expect(output.contains(heading), "\(format): no scorecard of \(interviewer)")
                for (criterion, evidence) in try Self.evidence(ofAnswers: "claims-2026-01/c-101/\(stem).txt") {
                    #expect(
                        output.contains(escape(evidence)),
                        "\(format): evidence of \(interviewer) on \(criterion) missing")
                }
            }
            #expect(
                output.contains(
                    format == "html"
                        ? "<h3>Ivo Novak — ar-2026-02, claims-handler@3</h3>"
                        : "### Ivo Novak — ar-2026-02, claims-handler@3\n"))
            for other in Self.otherCandidates + ["Eva Brandt", "Zoe Other", "ZEBRA-MARKER", "OTHER-HOLD-REASON"] {
                #expect(!output.contains(other), "\(format): the export of c-101 mentions '\(other)'")
            }
            for evidence in foreign {
                #expect(
                    !output.contains(escape(evidence)) && !output.contains(evidence),
                    "\(format): evidence of another candidate: \(evidence)")
            }
        }
    }

    @Test func userDataIsEscapedInMarkdownAndHTML() throws {
        let temp = try ComplianceStore()
        try temp.enterDraft(
            "draft-markup.answers", candidate: "c-105", requisition: "claims-2026-01", interviewer: "Hanna <b>Draft</b>"
        )
        let raw = #"Observed: typed <script>alert('x')</script> into the notes | then closed the claim & wrote "done"."#

        let json = try ComplianceStore.object(try temp.succeed(["export", "--candidate", "c-105"]))
        let card = try #require((json["scorecards"] as? [[String: Any]])?.first)
        #expect(
            (card["ratings"] as? [[String: Any]])?.first?["evidence"] as? String == raw,
            "JSON keeps the text as written")

        let html = try temp.succeed(["export", "--candidate", "c-105", "--format", "html"])
        #expect(
            html.contains(
                "<td>Observed: typed &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; into the notes | then closed the claim &amp; wrote &quot;done&quot;.</td>"
            ),
            "\(html)")
        #expect(html.contains("<h3>Hanna &lt;b&gt;Draft&lt;/b&gt; — claims-2026-01"))
        #expect(!html.contains("<script"), "no live markup from user data")
        #expect(!html.contains("<b>"))

        let markdown = try temp.succeed(["export", "--candidate", "c-105", "--format", "markdown"])
        let row = try #require(
            markdown.split(separator: "\n").first { $0.hasPrefix("| Ownership of the claim |") }, "\(markdown)")
        #expect(
            row
                == #"| Ownership of the claim | 4 | Observed: typed \<script\>alert('x')\</script\> into the notes \| then closed the claim \& wrote "done". |"#
        )
        // Exactly four unescaped pipes: three cells.
        let cells = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        #expect(cells == 4)
        #expect(
            markdown.components(separatedBy: "<script").count == markdown.components(separatedBy: "\\<script").count,
            "every '<script' is escaped")
        #expect(markdown.contains(#"### Hanna \<b\>Draft\</b\> — claims-2026-01"#))
    }

    @Test func pseudonymisedExportsNameNoInterviewerAnywhere() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-101", "hired")
        try temp.succeed(["hold", "c-101", "--reason", "access request pending", "--actor", "HR Office"])
        let names =
            Self.c101Interviewers + Self.c101Interviewers.flatMap { $0.split(separator: " ").map(String.init) }
            + ["anna-schmidt", "ben-okafor", "clara-wiese", "deniz-yilmaz", ".yaml"]
        for format in ["json", "markdown", "html"] {
            let output = try temp.succeed([
                "export", "--candidate", "c-101", "--format", format, "--pseudonymise-interviewers",
            ])
            for name in names {
                #expect(!output.contains(name), "\(format): '\(name)' in the pseudonymised export")
            }
            for number in 1...4 {
                #expect(output.contains("Interviewer \(number)"), "\(format): no 'Interviewer \(number)'")
            }
            #expect(!output.contains("Interviewer 5"))
            #expect(output.contains("pseudonymised") || output.contains("pseudonymised\" : true"))
        }
        let json = try ComplianceStore.object(
            try temp.succeed(["export", "--candidate", "c-101", "--pseudonymise-interviewers"]))
        #expect(json["interviewers-pseudonymised"] as? Bool == true)
        let events = try #require(json["audit-events"] as? [[String: Any]])
        #expect(events.flatMap { $0["files"] as? [[String: String]] ?? [] }.allSatisfy { $0["path"] == "-" })
        #expect(
            events.filter { $0["event"] as? String == "decision" }.first?["actor"] as? String == "HR Office",
            "the HR actor is not an interviewer")
        // The same interviewer keeps the same pseudonym throughout.
        let cards = try #require(json["scorecards"] as? [[String: Any]])
        for card in cards {
            let pseudonym = try #require(card["interviewer"] as? String)
            let seal = try #require(card["seal"] as? String)
            let submit = events.first {
                $0["event"] as? String == "submit" && ($0["files"] as? [[String: String]])?.first?["seal"] == seal
            }
            #expect(submit?["actor"] as? String == pseudonym)
        }

        let german = try temp.succeed([
            "export", "--candidate", "c-101", "--format", "markdown", "--pseudonymise-interviewers", "--lang", "de",
        ])
        #expect(german.contains(#"### Interviewer\*in 1 — "#), "the pseudonym is escaped like all text")
        for name in names { #expect(!german.contains(name), "de: '\(name)'") }
    }

    @Test func pseudonymisedExportNamesNoInterviewerOfAPurgedRequisition() throws {
        // c-101 also applied for ar-2026-02, was rejected there long ago and that application was purged:
        // its submit event is still in the log, under the interviewer's name.
        let temp = try ComplianceStore()
        try temp.enter(
            answers: ComplianceStore.exampleAnswers.appendingPathComponent("ar-2026-02/c-201/eva-brandt.txt"),
            candidate: "c-101",
            requisition: "ar-2026-02", interviewer: "Ivo Novak", rubric: "accounts-receivable-clerk")
        try temp.decide("c-101", "rejected", date: ComplianceStore.longAgo, requisition: "ar-2026-02")
        try temp.succeed(["purge"])
        #expect(!FileManager.default.fileExists(atPath: temp.url("ar-2026-02/c-101").path))
        for format in ["json", "markdown", "html"] {
            let output = try temp.succeed([
                "export", "--candidate", "c-101", "--format", format, "--pseudonymise-interviewers",
            ])
            for name in ["Ivo", "Novak", "ivo-novak"] + Self.c101Interviewers {
                #expect(!output.contains(name), "\(format): '\(name)' in the pseudonymised export")
            }
        }
    }

    @Test func exportingAnUnknownCandidateIsAnErrorAndWritesNothing() throws {
        let temp = try ComplianceStore()
        let before = try temp.snapshot()
        let target = temp.folder.appendingPathComponent("c-999.json")
        let result = temp.run(["export", "--candidate", "c-999", "--output", target.path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("error: no candidate 'c-999' in the store"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
        // A candidate id that only appears inside other data is not a candidate either.
        #expect(temp.run(["export", "--candidate", "claims-2026-01"]).exitCode == 1)
    }

    @Test func theExportIsLoggedWithoutItsContent() throws {
        let temp = try ComplianceStore()
        let target = temp.folder.appendingPathComponent("c-103.html")
        try temp.succeed([
            "export", "--candidate", "c-103", "--format", "html", "--pseudonymise-interviewers", "--output",
            target.path, "--actor", "DPO",
        ])
        let html = try String(contentsOf: target, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let lines = try temp.auditLines()
        #expect(lines.count == 20)
        let event = try ComplianceStore.object(try #require(lines.last))
        #expect(event["event"] as? String == "export")
        #expect(event["candidate"] as? String == "c-103")
        #expect(event["actor"] as? String == "DPO")
        #expect(event["details"] as? [String: String] == ["format": "html", "pseudonymised": "true"])
        #expect((event["files"] as? [Any])?.isEmpty == true)
        let c103 = try #require(try Self.answersFiles()["claims-2026-01/c-103"])
        #expect(c103.count == 3)
        for file in c103 {
            for evidence in try Self.evidence(ofAnswers: file).values {
                #expect(!(lines.last ?? "").contains(evidence), "the export event holds evidence: \(evidence)")
            }
        }
    }

    @Test func theExportHoldsDecisionRetentionAndHold() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-103", "rejected", date: "2026-02-28")
        try temp.succeed(["hold", "c-103", "--reason", "AGG claim pending", "--actor", "HR Office"])
        let document = try ComplianceStore.object(try temp.succeed(["export", "--candidate", "c-103"]))
        let decision = try #require((document["decisions"] as? [[String: Any]])?.first)
        #expect(decision["outcome"] as? String == "rejected")
        #expect(decision["date"] as? String == "2026-02-28")
        #expect(decision["retain-until"] as? String == "2026-08-28")
        let hold = try #require((document["holds"] as? [[String: Any]])?.first)
        #expect(hold["reason"] as? String == "AGG claim pending")
        let cards = try #require(document["scorecards"] as? [[String: Any]])
        #expect(cards.count == 3)
        #expect(cards.allSatisfy { $0["retain-until"] as? String == "2026-08-28" })
        let markdown = try temp.succeed(["export", "--candidate", "c-103", "--format", "markdown"])
        #expect(markdown.contains("- claims-2026-01: rejected on 2026-02-28, panel recommendation "))
        #expect(markdown.contains(", kept until 2026-08-28\n"))
        #expect(markdown.contains("## Legal holds\n\n- \\*: AGG claim pending (since "))
    }
}
