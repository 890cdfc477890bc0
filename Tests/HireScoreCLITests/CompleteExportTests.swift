import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, reproduction 4: the Art. 15 export is complete or loud.
@Suite struct CompleteExportTests {
    static let c102 = "claims-2026-01/c-102"

    @Test func theExportWorksWithoutTheRubricFolder() throws {
        let temp = try ComplianceStore()
        let empty = temp.folder.appendingPathComponent("no-rubrics")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = HireScoreProcess.run(
            ["export", "--candidate", "c-102", "--store", temp.store.path, "--rubrics", empty.path],
            environment: ["HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try ComplianceStore.object(result.stdout)
        let cards = try #require(document["scorecards"] as? [[String: Any]])
        #expect(cards.count == 3, "the scorecard is the record, with or without its rubric")
        #expect(cards.allSatisfy { ($0["ratings"] as? [Any])?.isEmpty == false })
        #expect(
            cards.contains {
                ($0["ratings"] as? [[String: Any]])?.contains {
                    ($0["evidence"] as? String)?.contains("Diary reminder, deadline to contractor in writing") == true
                } == true
            })
    }

    @Test func otherFilesAreIncludedAndUnreadableOnesMakeItLoud() throws {
        let temp = try ComplianceStore()
        try Data("# notes on c-102\n".utf8).write(to: temp.url(Self.c102 + "/notes.md"))
        try Data([0, 1, 2, 255]).write(to: temp.url(Self.c102 + "/scan.bin"))
        let complete = temp.run(["export", "--candidate", "c-102"])
        #expect(complete.exitCode == 0, "\(complete.stderr)")
        let document = try ComplianceStore.object(complete.stdout)
        let others = try #require(document["other-files"] as? [[String: Any]])
        #expect(
            others.contains {
                $0["path"] as? String == Self.c102 + "/notes.md" && $0["text"] as? String == "# notes on c-102\n"
            })
        #expect(
            others.contains {
                $0["path"] as? String == Self.c102 + "/scan.bin" && $0["base64"] as? String == "AAEC/w=="
            })

        #expect(mkfifo(temp.url(Self.c102 + "/pipe.yaml").path, 0o600) == 0)
        try Data(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1).write(to: temp.url(Self.c102 + "/huge.yaml"))
        let loud = temp.run(["export", "--candidate", "c-102", "--format", "markdown"])
        #expect(loud.exitCode == 1)
        #expect(loud.stderr.contains("error: the export is incomplete; not exported in full:\n"), "\(loud.stderr)")
        #expect(
            loud.stderr.contains(
                "  - \(Self.c102)/pipe.yaml: it is not a regular file (a folder, pipe or device); it was not read"),
            "\(loud.stderr)")
        #expect(
            loud.stderr.contains(
                "  - \(Self.c102)/huge.yaml: the file is 1048577 bytes, more than the limit of 1048576 bytes"),
            "\(loud.stderr)")
        #expect(loud.stdout.contains("## Not exported in full"), "the document says so too")
    }

    @Test func aCardOfAnotherCandidateIsNeverExported() throws {
        let temp = try ComplianceStore()
        try FileManager.default.copyItem(
            at: temp.url("claims-2026-01/c-101/deniz-yilmaz.yaml"), to: temp.url(Self.c102 + "/deniz-yilmaz.yaml"))
        let result = temp.run(["export", "--candidate", "c-102"])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr.contains(
                "deniz-yilmaz.yaml: the scorecard is about candidate 'c-101' but lies in the folder of candidate 'c-102'; not exported"
            ),
            "\(result.stderr)")
        #expect(!result.stdout.contains("Deniz Yilmaz"), "nothing of c-101's card")
    }

    @Test func controlCharactersNeverReachTheExportAndHoldActorsArePseudonymised() throws {
        let temp = try ComplianceStore()
        try temp.succeed([
            "hold", "c-102", "--reason", "AGG \u{1B}]52;c;aGk=\u{07} claim \u{9B}31m \u{202E}", "--actor",
            "Anna Schmidt",
        ])
        for format in ["markdown", "html"] {
            let output = try temp.succeed(["export", "--candidate", "c-102", "--format", format])
            #expect(!output.unicodeScalars.contains { [0x1B, 0x07, 0x9B, 0x202E].contains($0.value) }, "\(format)")
            #expect(output.contains(#"\u{1B}"#), "\(format): shown, not dropped")
        }
        let json = try ComplianceStore.object(
            try temp.succeed(["export", "--candidate", "c-102", "--pseudonymise-interviewers"]))
        let holds = try #require(json["holds"] as? [[String: Any]])
        #expect(holds.first?["actor"] as? String != "Anna Schmidt", "\(holds)")
        #expect((holds.first?["actor"] as? String)?.hasPrefix("Interviewer ") == true)
    }
}
