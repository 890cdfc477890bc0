import Foundation
import Testing

/// The audit log: `hirescore audit verify` detects and locates every edit of a log line and of a sealed
/// scorecard it references; `hirescore audit show` tells the story of a decision.
@Suite struct AuditLogTests {
    static let claimsRubricHash = "sha256:27ade695814f359bf8defcf3a88f53f1cb91645fc681dd4e9fd4843e003ec0cd"

    /// Changes the one character right after `marker` on line `number` (1-based) of the log.
    static func tamper(
        _ temp: ComplianceStore, line number: Int, after marker: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var lines = try temp.auditLines()
        let line = lines[number - 1]
        let position =
            marker.isEmpty
            ? line.startIndex
            : try #require(line.range(of: marker), "no '\(marker)' on line \(number)", sourceLocation: sourceLocation)
                .upperBound
        lines[number - 1] = changingCharacter(at: position, of: line)
        try temp.writeAuditLines(lines)
    }

    /// `text` with the character at `position` replaced by another one (a digit by a digit, else a letter).
    static func changingCharacter(at position: String.Index, of text: String) -> String {
        let original = text[position]
        let replacement: Character = original == "1" ? "2" : (original.isNumber ? "1" : (original == "X" ? "Y" : "X"))
        return String(text[..<position]) + String(replacement) + String(text[text.index(after: position)...])
    }

    /// Changes the first character after the first `marker` in a file of the store.
    static func tamper(
        _ temp: ComplianceStore, file: String, after marker: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let text = try String(contentsOf: temp.url(file), encoding: .utf8)
        let range = try #require(text.range(of: marker), "no '\(marker)' in \(file)", sourceLocation: sourceLocation)
        try Data(changingCharacter(at: range.upperBound, of: text).utf8).write(to: temp.url(file))
    }

    /// Runs `audit verify`, expecting a failure, and returns its report.
    static func verifyFails(_ temp: ComplianceStore, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = temp.run(["audit", "verify"])
        #expect(result.exitCode == 1, "audit verify should fail:\n\(result.stdout)", sourceLocation: sourceLocation)
        #expect(!result.stdout.contains("audit log intact"), sourceLocation: sourceLocation)
        return result.stdout
    }

    @Test func theExampleLogIsIntact() throws {
        let temp = try ComplianceStore()
        let result = temp.run(["audit", "verify"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(result.stdout == "audit log intact: 19 events, chain and references verified\n")
        // The format: one JSON object per line, numbered, each chained to the one before.
        let events = try temp.auditEvents()
        #expect(events.first?["prev"] as? String == "sha256:" + String(repeating: "0", count: 64))
        for (index, event) in events.enumerated() {
            #expect(event["seq"] as? Int == index + 1)
            #expect(event["event"] as? String == "submit")
            if index > 0 { #expect(event["prev"] as? String == events[index - 1]["hash"] as? String) }
        }
    }

    @Test func editingOneCharacterOfALineNamesThatLine() throws {
        // (line, where the character is changed, the lines reported)
        let cases: [(Int, String, [Int])] = [
            (5, "\"actor\":\"", [5]),  // a name
            (3, "\"time\":\"", [3]),  // a date (the year: the example log is dated by its last regeneration)
            (19, "\"candidate\":\"c-", [19]),  // the last line
            (9, "\"prev\":\"sha256:", [9, 9]),  // its link to the line before: changed and not following
            (7, "\"hash\":\"sha256:", [7, 8]),  // its own hash: the next line no longer follows
            (4, "\"seq\":", [4, 4]),  // its number (changed, out of sequence); the next line is still in sequence
            (12, "", [12, 13]),  // its first character: no longer JSON, the next line no longer follows
        ]
        for (line, marker, expected) in cases {
            let temp = try ComplianceStore()
            try Self.tamper(temp, line: line, after: marker)
            let report = Self.verifyFails(temp)
            #expect(
                ComplianceStore.problemLines(report).sorted() == expected,
                "after changing line \(line) at '\(marker)':\n\(report)")
            #expect(report.contains("line \(line) "), "the report names line \(line):\n\(report)")
        }
    }

    @Test func editedLineIsReportedAsChanged() throws {
        let temp = try ComplianceStore()
        try Self.tamper(temp, line: 5, after: "\"actor\":\"")
        let report = Self.verifyFails(temp)
        #expect(
            report
                == "\(temp.auditLog.path):5: error: line 5 (event 5, submit) was changed after it was written: its hash does not match its content\n"
        )
    }

    @Test func deletingALineLocatesTheChainBreak() throws {
        let temp = try ComplianceStore()
        var lines = try temp.auditLines()
        lines.remove(at: 9)  // line 10
        try temp.writeAuditLines(lines)
        let report = Self.verifyFails(temp)
        #expect(ComplianceStore.problemLines(report) == [10, 10], "\(report)")
        #expect(
            report.contains(":10: error: line 10 does not follow from the line before it: the chain is broken here"))
        #expect(report.contains(":10: error: line 10 has sequence number 11, expected 10"))
    }

    @Test func insertingOrSwappingLinesBreaksTheChainThere() throws {
        let inserted = try ComplianceStore()
        var lines = try inserted.auditLines()
        lines.insert(lines[5], at: 6)  // a copy of line 6 as line 7
        try inserted.writeAuditLines(lines)
        #expect(ComplianceStore.problemLines(Self.verifyFails(inserted)).first == 7)

        let swapped = try ComplianceStore()
        lines = try swapped.auditLines()
        lines.swapAt(2, 3)
        try swapped.writeAuditLines(lines)
        let report = Self.verifyFails(swapped)
        #expect(Set(ComplianceStore.problemLines(report)).isSuperset(of: [3, 4]), "\(report)")
        #expect(ComplianceStore.problemLines(report).allSatisfy { (3...5).contains($0) }, "\(report)")
    }

    @Test func editingASealedScorecardNamesTheFileAndTheLineThatReferencedIt() throws {
        let temp = try ComplianceStore()
        // ar-2026-02/c-201/eva-brandt.yaml is submitted on line 1; change one character of its evidence.
        try Self.tamper(temp, file: "ar-2026-02/c-201/eva-brandt.yaml", after: "evidence: 'Her example: ")
        let report = Self.verifyFails(temp)
        #expect(
            report
                == "\(temp.auditLog.path):1: error: ar-2026-02/c-201/eva-brandt.yaml, referenced on line 1, has changed since then (its seal no longer matches)\n",
            "\(report)")
    }

    @Test func editingADecidedScorecardIsReportedOnceOnItsSubmitLine() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-102", "rejected", date: "2026-01-31")
        let file = "claims-2026-01/c-102/ben-okafor.yaml"
        let submitLine = try #require(try temp.auditLines().firstIndex { $0.contains("\"path\":\"\(file)\"") }) + 1
        try Self.tamper(temp, file: file, after: "evidence: Contractor quote ")
        let report = Self.verifyFails(temp)
        #expect(ComplianceStore.problemLines(report) == [submitLine], "\(report)")
        #expect(report.contains("\(file), referenced on line \(submitLine), has changed since then"))
    }

    @Test func aScorecardDeletedWithoutAPurgeIsReportedMissing() throws {
        let temp = try ComplianceStore()
        let file = "ar-2026-02/c-203/greta-lindqvist.yaml"
        let submitLine = try #require(try temp.auditLines().firstIndex { $0.contains("\"path\":\"\(file)\"") }) + 1
        try FileManager.default.removeItem(at: temp.url(file))
        let report = Self.verifyFails(temp)
        #expect(
            report
                == "\(temp.auditLog.path):\(submitLine): error: \(file), referenced on line \(submitLine), is missing (deleted without a purge)\n",
            "\(report)")
    }

    @Test func nothingIsAppendedToALogWhoseLastLineIsDamaged() throws {
        let temp = try ComplianceStore()
        var lines = try temp.auditLines()
        lines[18] = String(lines[18].dropLast(5))
        try temp.writeAuditLines(lines)
        let before = try temp.auditLines()
        let result = temp.run([
            "export", "--candidate", "c-101", "--output", temp.folder.appendingPathComponent("c-101.json").path,
        ])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("is damaged; run 'hirescore audit verify'"), "\(result.stderr)")
        #expect(try temp.auditLines() == before)
        #expect(
            !FileManager.default.fileExists(atPath: temp.folder.appendingPathComponent("c-101.json").path),
            "no disclosure that the log does not record")
        let printed = temp.run(["export", "--candidate", "c-101"])
        #expect(printed.exitCode == 1)
        #expect(printed.stdout.isEmpty, "no disclosure on standard output either")
    }

    @Test func auditShowTellsTheStoryOfADecision() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-102", "rejected", date: ComplianceStore.longAgo)
        try temp.decide("c-101", "hired")
        let files = try temp.scorecards("claims-2026-01/c-102")
        let seals = try files.map { try temp.seal($0) }
        let story = try temp.succeed(["audit", "show", "c-102"])

        let rubric = "     rubric claims-handler@3 \(Self.claimsRubricHash)\n"
        let fileLines = zip(files, seals).map { "     \($0)  \($1)\n" }
        for (index, interviewer) in ["Anna Schmidt", "Ben Okafor", "Clara Wiese"].enumerated() {
            #expect(
                story.contains("  submit  by \(interviewer)  [claims-2026-01]\n" + rubric + fileLines[index]),
                "\(story)")
        }
        #expect(
            story.contains(
                "  merge  by HR Office  [claims-2026-01]\n" + rubric
                    + "     consensus: median\n     recommendation: no\n     score: 3.19\n" + fileLines.joined()),
            "\(story)")
        #expect(
            story.hasSuffix(
                "  decision  by HR Office  [claims-2026-01]\n" + rubric
                    + "     date: 2020-01-15\n     outcome: rejected\n     reason: Decided by the rubric's rules in the debrief.\n"
                    + "     recommendation: no\n     retain-until: 2020-07-15\n     score: 3.19\n"
                    + fileLines.joined()), "\(story)")
        // In order, and nothing of other candidates.
        let numbers = story.split(separator: "\n").filter { !$0.hasPrefix(" ") }.compactMap {
            Int($0.prefix { $0.isNumber })
        }
        #expect(numbers == [14, 15, 16, 20, 21], "\(story)")
        for other in ["c-101", "c-103", "c-201", "Deniz Yilmaz"] { #expect(!story.contains(other)) }

        // The purge closes the story, by hashes only.
        try temp.succeed(["purge", "--actor", "Records Office"])
        let closed = try temp.succeed(["audit", "show", "c-102"])
        #expect(
            closed.hasSuffix(
                "  purge  by Records Office  [claims-2026-01]\n     files: 3\n     retain-until: 2020-07-15\n"
                    + seals.map { "     \($0)\n" }.joined()), "\(closed)")
    }

    @Test func auditShowOfAnUnknownCandidateIsAnError() throws {
        let temp = try ComplianceStore()
        let result = temp.run(["audit", "show", "c-999"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("error: no events for 'c-999' in the audit log"))
        #expect(result.stdout.isEmpty)
    }

    @Test func everyCommandThatTouchesApplicantDataIsLogged() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-103", "rejected", date: ComplianceStore.longAgo)
        try temp.succeed(["hold", "c-103", "--reason", "AGG claim pending", "--actor", "HR Office"])
        try temp.succeed(["hold", "c-103", "--release", "--actor", "HR Office"])
        try temp.succeed(["export", "--candidate", "c-103", "--format", "markdown", "--actor", "DPO"])
        try temp.succeed(["purge", "--actor", "Records Office"])
        let events = try temp.auditEvents().dropFirst(19)
        #expect(events.map { $0["event"] as? String } == ["merge", "decision", "hold", "release", "export", "purge"])
        #expect(
            events.map { $0["actor"] as? String } == [
                "HR Office", "HR Office", "HR Office", "HR Office", "DPO", "Records Office",
            ])
        #expect(events.allSatisfy { $0["candidate"] as? String == "c-103" })
        #expect(events.allSatisfy { ($0["time"] as? String)?.hasSuffix("Z") == true })
        let verify = temp.run(["audit", "verify"])
        #expect(verify.stdout == "audit log intact: 25 events, chain and references verified\n", "\(verify.stdout)")
    }
}
