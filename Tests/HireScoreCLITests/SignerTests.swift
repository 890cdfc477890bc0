import Foundation
import Testing

/// Issue 16, the signer named everywhere a decision is prepared: merge, rank, calibrate, decide and the
/// export name who signed each scorecard (or that it is unsigned v1), and refuse a card whose signature
/// fails, naming the file and the reason. A card copied out of its store is checked with `verify --store`.
@Suite("Signers in merge, rank, calibrate, decide, export; loose cards in verify (issue 16)")
struct SignerTests {
    typealias Sandbox = SignatureTests.Sandbox

    static let annaC102 = "claims-2026-01/c-102/anna-schmidt.yaml"

    /// A copy of the v1 fixture store with HR's and Anna Schmidt's keys registered and Anna's three cards
    /// counter-signed: Anna's cards are signed, everybody else's are unsigned (v1).
    static func migratedStore() throws -> Sandbox {
        let box = try Sandbox(copying: ComplianceStore.exampleStore)
        try box.register("HR Test", role: "hr", by: "HR Test")
        try box.register("Anna Schmidt", role: "interviewer", by: "HR Test")
        let signed = box.run(["keys", "countersign"], as: "Anna Schmidt", store: true)
        try #require(signed.exitCode == 0, "\(signed)")
        return box
    }

    /// Changes one character in the middle of the card's signature: still 64 bytes, no longer Anna's signature of its seal.
    static func tamperSignature(_ box: Sandbox, _ relative: String) throws {
        let url = box.store.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        let line = try #require(
            text.split(separator: "\n").first { $0.hasPrefix("signature: ed25519:") }.map(String.init))
        var characters = Array(line)
        let index = characters.count - 20
        characters[index] = characters[index] == "A" ? "B" : "A"
        try text.replacingOccurrences(of: line, with: String(characters)).write(
            to: url, atomically: true, encoding: .utf8)
    }

    @Test("merge names each scorecard's signer in text, Markdown, HTML and JSON, in English and German")
    func mergeNamesSigners() throws {
        let box = try Sandbox()
        let folder = box.store.appendingPathComponent("claims-2026-01/c-102").path
        let text = box.run(["merge", folder])
        #expect(text.exitCode == 0, "\(text)")
        let line = try #require(
            text.stdout.split(separator: "\n").first { $0.hasPrefix("Signatures: ") }.map(String.init))
        #expect(line.hasPrefix("Signatures: 1 signed by Anna Schmidt (ed25519:"), "\(line)")
        #expect(
            line.contains(", 2 signed by Ben Okafor (ed25519:") && line.contains(", 3 signed by Clara Wiese (ed25519:"),
            "\(line)")

        let german = box.run(["merge", folder, "--lang", "de"])
        #expect(german.stdout.contains("Signaturen: 1 signiert von Anna Schmidt (ed25519:"), "\(german.stdout)")

        let markdown = box.run(["merge", folder, "--format", "markdown"])
        #expect(markdown.stdout.contains("| reason | signed by |"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("| Anna Schmidt (ed25519:"), "\(markdown.stdout)")
        let html = box.run(["merge", folder, "--format", "html", "--lang", "de"])
        #expect(html.stdout.contains("<th scope=\"col\">signiert von</th>"), "\(html.stdout.prefix(400))")

        let json = box.run(["merge", folder, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let candidate = try #require((document["candidates"] as? [[String: Any]])?.first)
        let raters = try #require(candidate["raters"] as? [[String: Any]])
        let signature = try #require(raters.first?["signature"] as? [String: Any])
        #expect(signature["status"] as? String == "signed")
        #expect(signature["signer"] as? String == "Anna Schmidt")
        #expect((signature["key-id"] as? String)?.hasPrefix("ed25519:") == true)
    }

    @Test("rank names the signers of the ranked cards; calibrate counts them without names")
    func rankAndCalibrateSummarise() throws {
        let box = try Self.migratedStore()
        let folder = box.store.appendingPathComponent("claims-2026-01").path
        let rank = box.run(["rank", folder])
        #expect(rank.exitCode == 0, "\(rank)")
        let line = try #require(
            rank.stdout.split(separator: "\n").first { $0.hasPrefix("Signatures: ") }.map(String.init))
        #expect(line.hasPrefix("Signatures: 3 of 10 scorecards signed: 3 by Anna Schmidt (ed25519:"), "\(line)")
        #expect(
            line.hasSuffix(
                "); unsigned (v1): c-101 Ben Okafor, c-101 Clara Wiese, "
                    + "c-101 Deniz Yilmaz, c-102 Ben Okafor, c-102 Clara Wiese, c-103 Ben Okafor, c-103 Clara Wiese"),
            "\(line)")
        let rankJSON = box.run(["rank", folder, "--format", "json"])
        let ranking = try #require(try JSONSerialization.jsonObject(with: Data(rankJSON.stdout.utf8)) as? [String: Any])
        let signatures = try #require(ranking["signatures"] as? [String: Any])
        #expect(
            signatures["scorecards"] as? Int == 10 && signatures["signed"] as? Int == 3
                && signatures["unsigned-v1"] as? Int == 7)
        let unsigned = try #require(signatures["unsigned-v1-scorecards"] as? [[String: Any]])
        #expect(
            unsigned.first?["file"] as? String == "\(folder)/c-101/ben-okafor.yaml"
                && unsigned.first?["interviewer"] as? String == "Ben Okafor")
        #expect((signatures["signers"] as? [[String: Any]])?.first?["name"] as? String == "Anna Schmidt")

        let calibrate = box.run(["calibrate", folder, "--minimum", "3", "--lang", "de"])
        #expect(calibrate.exitCode == 0, "\(calibrate)")
        #expect(
            calibrate.stdout.contains(
                "\nSignaturen: 3 von 10 Bewertungsbögen mit registrierten Schlüsseln signiert; 7 unsigniert (v1).\n"),
            "\(calibrate.stdout)")
        let anonymous = box.run(["calibrate", folder, "--anonymous", "--format", "json"])
        #expect(
            !anonymous.stdout.contains("Anna Schmidt") && !anonymous.stdout.contains("ed25519:"), "\(anonymous.stdout)")
        #expect(anonymous.stdout.contains("\"unsigned-v1\" : 7"), "\(anonymous.stdout)")
    }

    @Test("decide names the scorecards the decision rests on and who signed each")
    func decideNamesSigners() throws {
        let box = try Self.migratedStore()
        let decided = box.run(
            [
                "decide", "--candidate", "c-102", "--requisition", "claims-2026-01", "--outcome", "rejected",
                "--reason", "Decided by the rubric's rules in the debrief.",
            ], as: "HR Test", store: true)
        #expect(decided.exitCode == 0, "\(decided)")
        let lines = decided.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(decided.stdout)")
        #expect(lines.dropFirst().first == "The decision rests on these 3 scorecards:")
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "  \(box.store.path)/claims-2026-01/c-102/anna-schmidt.yaml: signed by Anna Schmidt (ed25519:")
            }, "\(lines)")
        #expect(lines.contains("  \(box.store.path)/claims-2026-01/c-102/ben-okafor.yaml: unsigned (v1)"), "\(lines)")
    }

    @Test("export gives each scorecard's signer, key id and verdict; pseudonymised, neither name nor key id")
    func exportNamesSigners() throws {
        let box = try Self.migratedStore()
        let export = box.run(["export", "--candidate", "c-102"], as: "HR Test", store: true)
        #expect(export.exitCode == 0, "\(export)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let cards = try #require(document["scorecards"] as? [[String: Any]])
        let anna = try #require(
            cards.first { $0["interviewer"] as? String == "Anna Schmidt" }?["signature"] as? [String: Any])
        #expect(anna["verdict"] as? String == "signed" && anna["signer"] as? String == "Anna Schmidt")
        #expect((anna["key-id"] as? String)?.hasPrefix("ed25519:") == true)
        let ben = try #require(
            cards.first { $0["interviewer"] as? String == "Ben Okafor" }?["signature"] as? [String: Any])
        #expect(ben["verdict"] as? String == "unsigned-v1" && ben["signer"] == nil)

        let markdown = box.run(
            ["export", "--candidate", "c-102", "--format", "markdown", "--lang", "de"], as: "HR Test", store: true)
        #expect(markdown.stdout.contains("Signatur: signiert von Anna Schmidt (ed25519:"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("Signatur: unsigniert (v1)"), "\(markdown.stdout)")
        let html = box.run(["export", "--candidate", "c-102", "--format", "html"], as: "HR Test", store: true)
        #expect(html.stdout.contains("<p>Signature: signed by Anna Schmidt (ed25519:"), "\(html.stdout)")

        let pseudonymised = box.run(
            ["export", "--candidate", "c-102", "--pseudonymise-interviewers"], as: "HR Test", store: true)
        #expect(pseudonymised.exitCode == 0, "\(pseudonymised)")
        #expect(!pseudonymised.stdout.contains("Anna Schmidt"))
        let hidden = try #require(
            try JSONSerialization.jsonObject(with: Data(pseudonymised.stdout.utf8)) as? [String: Any])
        let signed = try #require(
            (hidden["scorecards"] as? [[String: Any]])?.compactMap { $0["signature"] as? [String: Any] }.first {
                $0["verdict"] as? String == "signed"
            })
        #expect(
            (signed["signer"] as? String)?.hasPrefix("Interviewer ") == true && signed["key-id"] == nil, "\(signed)")
    }

    @Test(
        "A tampered card signature is refused by merge, rank, calibrate, decide and export, each naming the file and the reason"
    )
    func tamperedSignatureRefusedEverywhere() throws {
        let box = try Self.migratedStore()
        try Self.tamperSignature(box, Self.annaC102)
        let file = box.store.appendingPathComponent(Self.annaC102).path
        let reason =
            "the signature of 'Anna Schmidt' does not match its seal (the card was changed and resealed after signing)"
        let folder = box.store.appendingPathComponent("claims-2026-01").path

        let merge = box.run(["merge", folder])
        #expect(merge.exitCode == 1)
        #expect(
            merge.stdout.contains(
                "candidate 'c-102': the scorecard's signature is refused: \(reason)\n      \(file)\n"),
            "\(merge.stdout)")
        for command in [["rank", folder], ["calibrate", folder, "--minimum", "3"]] {
            let run = box.run(command)
            #expect(run.exitCode == 1, "\(command): \(run)")
            #expect(
                run.stderr.contains(
                    "candidate 'c-102': the scorecard's signature is refused: \(reason)\n      \(file)\n"),
                "\(command): \(run.stderr)")
            #expect(!run.stdout.contains("c-102"), "\(command): \(run.stdout)")
        }

        let decide = box.run(
            [
                "decide", "--candidate", "c-102", "--requisition", "claims-2026-01", "--outcome", "rejected",
                "--reason", "Decided by the rubric's rules in the debrief.",
            ], as: "HR Test", store: true)
        #expect(decide.exitCode == 1)
        #expect(
            decide.stderr.contains(
                "the panel cannot be merged; no decision recorded:\n  - candidate 'c-102': the scorecard's signature is refused: \(reason) (\(file))"
            ),
            "\(decide.stderr)")
        #expect(!(try String(contentsOf: box.log, encoding: .utf8)).contains("\"event\":\"decision\""))

        let export = box.run(["export", "--candidate", "c-102"], as: "HR Test", store: true)
        #expect(export.exitCode == 1)
        #expect(
            export.stderr.contains(
                "error: the export is incomplete; not exported in full:\n  - \(Self.annaC102): its signature is refused: \(reason); the scorecard is exported as written, but its candidate's panel result is not"
            ),
            "\(export.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((document["panels"] as? [Any])?.isEmpty == true)
        let anna = try #require(
            (document["scorecards"] as? [[String: Any]])?.first { $0["interviewer"] as? String == "Anna Schmidt" }?[
                "signature"] as? [String: Any])
        #expect(anna["verdict"] as? String == "refused" && anna["reason"] as? String == reason, "\(anna)")
    }

    @Test(
        "verify checks a card copied out of its store against that store's key list with --store; without one it says so, and --strict fails"
    )
    func looseCard() throws {
        let box = try Sandbox()
        let loose = box.folder.appendingPathComponent("mail/anna-schmidt.yaml")
        try FileManager.default.createDirectory(
            at: loose.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: box.store.appendingPathComponent(SignatureTests.forged), to: loose)

        let unchecked = box.run(["verify", loose.path])
        #expect(unchecked.exitCode == 0, "\(unchecked)")
        #expect(
            unchecked.stdout
                == "\(loose.path): seal intact, signed, but the signature could not be checked: the card lies outside a store, so there is no key list; check it with 'hirescore verify FILE --store STORE' against the store it was submitted to\n1 scorecard intact, 0 problems\n",
            "\(unchecked.stdout)")
        let strict = box.run(["verify", loose.path, "--strict", "--lang", "de"])
        #expect(strict.exitCode == 1)
        #expect(
            strict.stdout.hasPrefix(
                "\(loose.path): error: Signatur: signiert, aber die Signatur konnte nicht geprüft werden"),
            "\(strict.stdout)")

        let checked = box.run(["verify", loose.path, "--store", box.store.path, "--strict", "--verbose"])
        #expect(checked.exitCode == 0, "\(checked)")
        #expect(
            checked.stdout.hasPrefix("\(loose.path): seal intact, signed by Anna Schmidt (ed25519:"),
            "\(checked.stdout)")
        #expect(
            checked.stdout.hasSuffix(
                "), checked against the key list of \(box.store.path)\n1 scorecard intact, 0 problems\n"),
            "\(checked.stdout)")

        // The same copy edited and resealed: its signature no longer matches, whoever checks it.
        let text = try String(contentsOf: loose, encoding: .utf8)
        try text.replacingOccurrences(of: "  empathy:\n    level: 1", with: "  empathy:\n    level: 5").write(
            to: loose, atomically: true, encoding: .utf8)
        #expect(box.run(["dev", "reseal", loose.path]).exitCode == 0)
        let forged = box.run(["verify", loose.path, "--store", box.store.path])
        #expect(forged.exitCode == 1)
        #expect(
            forged.stdout.contains(
                "\(loose.path): error: signature: the signature of 'Anna Schmidt' does not match its seal"),
            "\(forged.stdout)")

        // A folder copied out of the store merges (a merge records nothing), its signed cards marked as not checked.
        let copy = box.folder.appendingPathComponent("copy/c-102")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: box.store.appendingPathComponent("claims-2026-01/c-102"), to: copy)
        let merged = box.run(["merge", copy.path])
        #expect(merged.exitCode == 0, "\(merged)")
        #expect(
            merged.stdout.contains(
                "\nSignatures: 1 signed, not checked (no key list), 2 signed, not checked (no key list), 3 signed, not checked (no key list)\n"
            ),
            "\(merged.stdout)")
        let ranked = box.run(["rank", copy.path])
        #expect(
            ranked.stdout.contains(
                "\nSignatures: 0 of 3 scorecards signed with registered keys; signed but not checked (outside a store): c-102 Anna Schmidt, c-102 Ben Okafor, c-102 Clara Wiese\n"
            ),
            "\(ranked.stdout)")

        let notAStore = box.run(["verify", loose.path, "--store", box.folder.appendingPathComponent("mail").path])
        #expect(notAStore.exitCode == 1)
        #expect(
            notAStore.stderr.contains(
                "is not a store (it has no .hirescore folder, so no key list to check signatures against)"),
            "\(notAStore)")

        // --store alone verifies the whole store.
        let whole = box.run(["verify", "--store", box.store.path])
        #expect(whole.exitCode == 0, "\(whole)")
        #expect(whole.stdout == "19 scorecards intact, 0 problems\n", "\(whole.stdout)")
        let nothing = box.run(["verify"])
        #expect(nothing.exitCode == 2, "\(nothing)")
    }
}
