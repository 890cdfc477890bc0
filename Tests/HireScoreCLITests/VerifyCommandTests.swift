import Foundation
import Testing

/// `hirescore verify`: seals of submitted scorecards, drafts, store folders and links out of the store.
@Suite struct VerifyCommandTests {
    /// Enters `complete.answers` for an interviewer into a store and returns the scorecard's path.
    static func submit(store: String, interviewer: String = "Jürgen Groß", candidate: String = "c-1042") -> String {
        let result = EnterTesting.run(
            EnterTesting.enterArguments(
                store: store, candidate: candidate, interviewer: interviewer,
                answers: EnterTesting.answers("complete.answers")))
        #expect(result.exitCode == 0, "\(result)")
        let prefix = "\nSubmitted and sealed: "
        guard let range = result.stdout.range(of: prefix) else { return "" }
        return String(result.stdout[range.upperBound...].prefix { $0 != "\n" })
    }

    static func verify(_ paths: [String]) -> HireScoreChild.Ending {
        EnterTesting.run(["verify", "--rubrics", EnterTesting.rubrics] + paths)
    }

    @Test func submittedScorecardHasAnIntactSeal() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let path = Self.submit(store: folder + "/store")
        let result = Self.verify([path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "1 scorecard intact, 0 problems\n")
        #expect(result.stderr == "")
        let verbose = Self.verify([path, "--verbose"])
        #expect(verbose.stdout == "\(path): seal intact, unsigned (v1)\n1 scorecard intact, 0 problems\n")
        let german = Self.verify([path, "-v", "--lang", "de"])
        #expect(
            german.stdout == "\(path): Siegel in Ordnung, unsigniert (v1)\n1 Bewertungsbogen in Ordnung, 0 Probleme\n")
    }

    @Test(arguments: [
        ("Chased the loss adjuster twice", "Chased the loss adjuster twicE"),
        ("evidence: Wrote a clear declination letter", "evidence: Wrote a clear declination lettor"),
        ("  claims-system:\n    level: 2\n", "  claims-system:\n    level: 3\n"),
        ("  de: C1\n", "  de: C2\n"),
        ("reason: Strong ownership", "reason: Strong ownershop"),
        ("interviewer: Jürgen Groß\n", "interviewer: Jürgen Grosz\n"),
    ])
    func editAfterSubmissionIsDetected(original: String, edited: String) throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let path = Self.submit(store: folder + "/store")
        let text = try #require(EnterTesting.read(path))
        #expect(text.contains(original))
        try text.replacingOccurrences(of: original, with: edited).write(
            toFile: path, atomically: false, encoding: .utf8)
        let result = Self.verify([path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.stdout
                == "\(path): error: changed after submission (the seal no longer matches the content)\n0 scorecards intact, 1 problem\n"
        )
        #expect(result.stderr == "")

        // Undoing the edit restores the seal: the check is over the content, not the file's time or size.
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(Self.verify([path]).exitCode == 0)
    }

    @Test func draftIsNotSealed() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let entry = EnterTesting.run(
            EnterTesting.enterArguments(store: store), input: .text("4\nChased the adjuster weekly.\n"))
        #expect(entry.exitCode == 0, "\(entry)")
        let result = Self.verify([path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "\(path): error: draft (not submitted, no seal)\n0 scorecards intact, 1 problem\n")
    }

    @Test("German messages keep the English keyword; --format github writes workflow annotations")
    func keywordsStayEnglishAndGithubAnnotates() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let path = Self.submit(store: folder + "/store")
        let text = try #require(EnterTesting.read(path))
        try text.replacingOccurrences(of: "Chased the loss adjuster twice", with: "Chased the loss adjuster twicE")
            .write(toFile: path, atomically: false, encoding: .utf8)
        let german = Self.verify([path, "--lang", "de"])
        #expect(german.exitCode == 1, "\(german)")
        #expect(
            german.stdout
                == "\(path): error: nach der Abgabe geändert (das Siegel passt nicht mehr zum Inhalt)\n0 Bewertungsbögen in Ordnung, 1 Problem\n"
        )
        let github = Self.verify([path, "--format", "github"])
        #expect(github.exitCode == 1, "\(github)")
        let file = path.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        #expect(
            github.stdout
                == "::error file=\(file),title=hirescore verify::changed after submission (the seal no longer matches the content)\n0 scorecards intact, 1 problem\n"
        )
        let torn = folder + "/torn.yaml"
        try "candidate: [c-1\n".write(toFile: torn, atomically: false, encoding: .utf8)
        let broken = Self.verify([torn, "--format", "github", "--lang", "de"])
        #expect(broken.exitCode == 1, "\(broken)")
        #expect(broken.stdout.hasPrefix("::error file=\(torn),line=2,col=1,title=hirescore "), "\(broken)")
        #expect(!broken.stdout.contains("Fehler"), "\(broken)")
    }

    @Test func submittedWithoutSealIsAnError() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let path = Self.submit(store: folder + "/store")
        let text = try #require(EnterTesting.read(path))
        let unsealed = text.split(separator: "\n").filter { !$0.hasPrefix("seal: ") }.joined(separator: "\n") + "\n"
        try unsealed.write(toFile: path, atomically: false, encoding: .utf8)
        let result = Self.verify([path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "\(path): error: submitted but has no seal\n0 scorecards intact, 1 problem\n")
    }

    @Test func tornScorecardIsAnError() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let path = Self.submit(store: folder + "/store")
        let text = try #require(EnterTesting.read(path))
        // Cut in the middle of the ratings, as a write without a rename could leave it.
        try String(text.prefix(text.count / 2)).write(toFile: path, atomically: false, encoding: .utf8)
        let result = Self.verify([path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(!result.stdout.contains("seal intact"))
        #expect(result.stdout.contains("\(path):"), "\(result)")
    }

    @Test func folderVerifiesEveryScorecardInIt() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let first = Self.submit(store: store)
        let second = Self.submit(store: store, interviewer: "Anna Schmidt")
        let third = Self.submit(store: store, interviewer: "Anna Schmidt", candidate: "c-2001")
        // What an interrupted session can leave beside scorecards is not a scorecard: lock and temporary files are skipped.
        let candidateFolder = store + "/claims-2026-01/c-1042"
        try "pid: 1\n".write(toFile: first + ".lock", atomically: false, encoding: .utf8)
        try "status: subm".write(
            toFile: candidateFolder + "/.juergen-gross.yaml.tmp-123-456", atomically: false, encoding: .utf8)

        let result = Self.verify([store])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "3 scorecards intact, 0 problems\n")
        let verbose = Self.verify([store, "--verbose"])
        #expect(
            verbose.stdout
                == "\(second): seal intact, unsigned (v1)\n\(first): seal intact, unsigned (v1)\n\(third): seal intact, unsigned (v1)\n"
                + "3 scorecards intact, 0 problems\n"
        )
        #expect(result.stderr == "")

        // One changed scorecard fails the whole folder; only it is named, the others are counted.
        let text = try #require(EnterTesting.read(third))
        try text.replacingOccurrences(of: "level: 2", with: "level: 1").write(
            toFile: third, atomically: false, encoding: .utf8)
        let changed = Self.verify([store + "/"])
        #expect(changed.exitCode == 1, "\(changed)")
        #expect(
            changed.stdout
                == "\(store)/claims-2026-01/c-2001/anna-schmidt.yaml: error: changed after submission (the seal no longer matches the content)\n"
                + "2 scorecards intact, 1 problem\n"
        )
    }

    @Test func emptyFolderHasNoScorecards() {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let result = Self.verify([folder])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == "error: no scorecards found\n")
    }

    @Test func symbolicLinkOutOfTheStoreIsReportedNotRead() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let inside = Self.submit(store: store)
        // Outside the store: a valid sealed scorecard (reading it would say "seal intact") and a folder of them.
        let outside = folder + "/outside"
        try FileManager.default.createDirectory(atPath: outside + "/more", withIntermediateDirectories: true)
        let secret = outside + "/secret.yaml"
        try FileManager.default.copyItem(atPath: inside, toPath: secret)
        try FileManager.default.copyItem(atPath: inside, toPath: outside + "/more/other.yaml")
        let link = store + "/claims-2026-01/c-1042/zz-link.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(
            atPath: store + "/claims-2026-01/c-linked", withDestinationPath: outside + "/more")
        // A link that stays inside the store is an ordinary scorecard.
        try FileManager.default.createSymbolicLink(
            atPath: store + "/claims-2026-01/c-1042/aa-alias.yaml", withDestinationPath: "juergen-gross.yaml")

        let result = Self.verify([store, "--verbose"])
        #expect(result.stderr.contains("\(link): error: points outside the store and is not read\n"), "\(result)")
        #expect(!result.stdout.contains("zz-link"), "\(result)")
        #expect(!result.stdout.contains("c-linked"), "\(result)")
        #expect(!result.stdout.contains("secret"), "\(result)")
        #expect(
            result.stdout
                == "\(store)/claims-2026-01/c-1042/aa-alias.yaml: seal intact, unsigned (v1)\n\(inside): seal intact, unsigned (v1)\n"
                + "2 scorecards intact, 2 problems\n",
            "\(result)")
        for line in result.stderr.split(separator: "\n") {
            #expect(line.hasSuffix(": error: points outside the store and is not read"), "\(line)")
        }
        // An error was reported, so verify does not report success.
        #expect(result.exitCode == 1, "\(result)")
    }
}
