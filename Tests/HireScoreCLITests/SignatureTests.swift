import Foundation
import Testing

/// Issue 16: records that can't be forged. Each attack of the issue's purpose, run as an insider with
/// write access would run it, through the built binary; each must now fail with a message naming what
/// changed and where. The signed examples/store is copied (its people's throwaway private keys are gone,
/// which is the point); stores that need keys get fresh ones in a temporary configuration folder.
@Suite("Signed scorecards, signed events and checkpoints (issue 16)")
struct SignatureTests {
    /// A temporary folder with a copy of a store and a configuration folder for keys.
    final class Sandbox {
        let folder: URL
        let store: URL
        init(copying source: URL = TestPaths.packageRoot.appendingPathComponent("examples/store")) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "hirescore-signatures-\(UUID().uuidString)", isDirectory: true)
            store = folder.appendingPathComponent("store", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: store)
        }
        deinit { try? FileManager.default.removeItem(at: folder) }

        var log: URL { store.appendingPathComponent(".hirescore/audit.jsonl") }
        func keyFile(_ person: String) -> String {
            folder.appendingPathComponent("keys/\(person.replacingOccurrences(of: " ", with: "-"))").path
        }

        /// Runs hirescore with the shipped rubrics, acting as `person` with their key file (if any).
        func run(_ arguments: [String], as person: String? = nil, store useStore: Bool = false, actorFlag: Bool = true)
            -> (exitCode: Int32, stdout: String, stderr: String)
        {
            var environment = [
                "HIRESCORE_STORE": "/nonexistent/hirescore-store", "USER": "test-user", "HOME": folder.path,
                "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            ]
            if let person { environment["HIRESCORE_KEY"] = keyFile(person) }
            let extra =
                ["--rubrics", TestPaths.shippedRubrics.path] + (useStore ? ["--store", store.path] : [])
                + (actorFlag ? person.map { ["--actor", $0] } ?? [] : [])
            return HireScoreProcess.run(arguments + extra, environment: environment, currentDirectory: folder)
        }

        func lines() throws -> [String] {
            try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        func write(_ lines: [String]) throws {
            try (lines.map { $0 + "\n" }.joined()).write(to: log, atomically: true, encoding: .utf8)
        }
        func edit(_ relative: String, _ old: String, _ new: String) throws {
            let url = store.appendingPathComponent(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            try #require(text.contains(old), "\(relative) does not contain \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        /// Creates `person`'s key and has it registered (the first person registers themselves as HR).
        @discardableResult
        func register(_ person: String, role: String, by hr: String) throws -> String {
            let created = HireScoreProcess.run(
                ["keys", "init"], environment: ["HIRESCORE_KEY": keyFile(person), "HOME": folder.path],
                currentDirectory: folder)
            try #require(created.exitCode == 0, "keys init: \(created.stderr)")
            let publicKey = try #require(
                created.stdout.split(separator: "\n").first { $0.contains("ed25519:") && $0.hasSuffix("=") }?.split(
                    separator: " "
                ).last.map(String.init))
            let registered = run(
                ["keys", "register", publicKey, "--name", person, "--role", role], as: hr, store: true)
            try #require(registered.exitCode == 0, "keys register \(person): \(registered.stderr)")
            return publicKey
        }
    }

    static let forged = "claims-2026-01/c-102/anna-schmidt.yaml"

    @Test("The signed example store verifies, naming every signer")
    func exampleStoreIsSigned() throws {
        let box = try Sandbox()
        let verify = box.run(["verify", box.store.path, "--verbose"])
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(verify.stdout.split(separator: "\n").count == 20)
        #expect(verify.stdout.hasSuffix("\n19 scorecards intact, 0 problems\n"))
        #expect(
            verify.stdout.split(separator: "\n").dropLast().allSatisfy { $0.contains(": seal intact, signed by ") },
            "\(verify.stdout)")
        #expect(verify.stdout.contains("c-102/anna-schmidt.yaml: seal intact, signed by Anna Schmidt (ed25519:"))
        let audit = box.run(["audit", "verify"], store: true)
        #expect(audit.exitCode == 0, "\(audit)")
    }

    @Test("A rating edited, resealed and re-chained is caught by verify, merge and audit verify")
    func forgedRating() throws {
        let box = try Sandbox()
        try box.edit(Self.forged, "  empathy:\n    level: 1", "  empathy:\n    level: 5")
        try box.edit(Self.forged, "  value: \"no\"", "  value: strong-yes")
        #expect(box.run(["dev", "reseal", box.store.appendingPathComponent(Self.forged).path]).exitCode == 0)
        #expect(box.run(["dev", "rechain"], store: true).exitCode == 0)

        let verify = box.run(["verify", box.store.appendingPathComponent(Self.forged).path])
        #expect(verify.exitCode == 1)
        #expect(
            verify.stdout.contains(
                "anna-schmidt.yaml: error: signature: the signature of 'Anna Schmidt' does not match its seal (the card was changed and resealed after signing)"
            ), "\(verify.stdout)")

        let merge = box.run(["merge", box.store.appendingPathComponent("claims-2026-01/c-102").path])
        #expect(merge.exitCode != 0)
        #expect(
            merge.stdout.contains(
                "candidate 'c-102': the scorecard's signature is refused: the signature of 'Anna Schmidt' does not match its seal"
            ), "\(merge.stdout)")
        #expect(!merge.stdout.contains("PANEL RECOMMENDATION: YES"))

        let audit = box.run(["audit", "verify"], store: true)
        #expect(audit.exitCode == 1)
        #expect(
            audit.stdout.contains("error: claims-2026-01/c-102/anna-schmidt.yaml: its signature is refused"),
            "\(audit.stdout)")
        #expect(
            audit.stdout.contains(
                "submit by 'Anna Schmidt'): the signature of 'Anna Schmidt' does not match the event (changed after signing)"
            ), "\(audit.stdout)")
    }

    @Test("A signature removed from a card is a downgrade, refused with the reason")
    func downgrade() throws {
        let box = try Sandbox()
        let url = box.store.appendingPathComponent(Self.forged)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.split(separator: "\n").filter { !$0.hasPrefix("signature:") }.map { $0 + "\n" }.joined().write(
            to: url, atomically: true, encoding: .utf8)
        let verify = box.run(["verify", url.path])
        #expect(verify.exitCode == 1)
        #expect(
            verify.stdout.contains(
                "error: signature: it was signed and its signature has been removed (a downgrade to an unsigned v1 seal)"
            ), "\(verify.stdout)")
        let merge = box.run(["merge", box.store.appendingPathComponent("claims-2026-01/c-102").path])
        #expect(merge.exitCode != 0)
        #expect(merge.stdout.contains("downgrade"), "\(merge.stdout)")
    }

    @Test("A signature of the wrong length or by an unknown key is a clear error naming the file")
    func badCardSignatures() throws {
        let box = try Sandbox()
        let url = box.store.appendingPathComponent(Self.forged)
        let text = try String(contentsOf: url, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("signature: ") })
        try text.replacingOccurrences(of: String(line), with: "signature: ed25519:4046414919979372:AAAA").write(
            to: url, atomically: true, encoding: .utf8)
        let short = box.run(["verify", url.path])
        #expect(short.exitCode == 1)
        #expect(
            short.stdout.contains(
                "\(url.path): error: signature: the signature has 3 bytes; an Ed25519 signature has 64"),
            "\(short.stdout)")
        let unknown = "signature: ed25519:0000000000000000:" + Data(repeating: 7, count: 64).base64EncodedString()
        try text.replacingOccurrences(of: String(line), with: unknown).write(to: url, atomically: true, encoding: .utf8)
        let stranger = box.run(["verify", url.path])
        #expect(stranger.exitCode == 1)
        #expect(
            stranger.stdout.contains(
                "error: signature: it is signed with key ed25519:0000000000000000, which is not registered in the store's key list"
            ), "\(stranger.stdout)")
    }

    @Test("A forged line appended with a correct hash is caught: it is not signed")
    func appendedForgery() throws {
        let box = try Sandbox()
        var lines = try box.lines()
        let last = try #require(lines.last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        let forgedLine =
            "{\"actor\":\"Mallory\",\"candidate\":\"c-102\",\"details\":{\"outcome\":\"hired\"},\"event\":\"decision\",\"files\":[],\"prev\":\"\(object["hash"] as? String ?? "")\",\"seq\":\(lines.count + 1),\"time\":\"2026-12-01T00:00:00Z\"}"
        lines.append(forgedLine)
        try box.write(lines)
        #expect(box.run(["dev", "rechain"], store: true).exitCode == 0)
        let audit = box.run(["audit", "verify"], store: true)
        #expect(audit.exitCode == 1)
        #expect(
            audit.stdout.contains(
                "audit.jsonl:\(lines.count): error: line \(lines.count) (event \(lines.count), decision by 'Mallory'): the event is not signed, but every event from event 1 on must be"
            ), "\(audit.stdout)")
    }

    @Test(
        "A line with an extra key or a duplicate key is not the log's one encoding",
        arguments: [
            ("\"extra\":\"x\",", "extra"), ("", "duplicate"),
        ])
    func nonCanonicalLines(insertion: String, kind: String) throws {
        let box = try Sandbox()
        var lines = try box.lines()
        if kind == "extra" {
            lines[9] = "{" + insertion + lines[9].dropFirst()
        } else {
            lines[9] = lines[9].dropLast() + ",\"actor\":\"Mallory\"}"
        }
        try box.write(lines)
        let audit = box.run(["audit", "verify"], store: true)
        #expect(audit.exitCode == 1)
        #expect(
            audit.stdout.contains(
                "audit.jsonl:10: error: line 10 is not in the log's one encoding (canonical JSON: sorted keys, no duplicate or unknown keys, no spaces)"
            ), "\(audit.stdout)")
    }

    @Test("A key list edited by hand (a public key swapped in a registration) is caught on its line")
    func handEditedKeyList() throws {
        let box = try Sandbox()
        var lines = try box.lines()
        let otherKey = try #require(
            lines[2].range(of: "\"public-key\":\"ed25519:[^\"]+\"", options: .regularExpression).map {
                String(lines[2][$0])
            })
        let ownKey = try #require(lines[1].range(of: "\"public-key\":\"ed25519:[^\"]+\"", options: .regularExpression))
        lines[1].replaceSubrange(ownKey, with: otherKey)
        try box.write(lines)
        #expect(box.run(["dev", "rechain"], store: true).exitCode == 0)
        let audit = box.run(["audit", "verify"], store: true)
        #expect(audit.exitCode == 1)
        #expect(
            audit.stdout.contains("audit.jsonl:2: error: line 2 (event 2, key-register by 'HR Office')"),
            "\(audit.stdout)")
    }

    @Test(
        "A checkpoint catches truncation, emptying, deletion and rewriting; without one a deleted log is still caught",
        arguments: ["drop-last", "head-5", "empty", "delete", "rewrite"])
    func checkpoint(attack: String) throws {
        let box = try Sandbox(copying: ComplianceStore.exampleStore)
        try box.register("HR Test", role: "hr", by: "HR Test")
        let held = box.run(["hold", "c-103", "--reason", "AGG claim"], as: "HR Test", store: true)
        try #require(held.exitCode == 0, "\(held)")
        let taken = box.run(["audit", "checkpoint"], as: "HR Test", store: true)
        try #require(taken.exitCode == 0, "\(taken)")
        let checkpoint = taken.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(checkpoint.contains("\"events\":21"), "\(checkpoint)")
        #expect(checkpoint.contains("\"sig\":\"ed25519:"))
        let intact = box.run(["audit", "verify", "--checkpoint", checkpoint], store: true)
        #expect(intact.exitCode == 0, "\(intact)")

        var lines = try box.lines()
        switch attack {
        case "drop-last": try box.write(Array(lines.dropLast()))
        case "head-5": try box.write(Array(lines.prefix(5)))
        case "empty": try box.write([])
        case "delete": try FileManager.default.removeItem(at: box.log)
        default:
            lines[20] = lines[20].replacingOccurrences(of: "AGG claim", with: "no claim")
            try box.write(lines)
            #expect(box.run(["dev", "rechain"], store: true).exitCode == 0)
        }
        let audit = box.run(["audit", "verify", "--checkpoint", checkpoint], store: true)
        #expect(audit.exitCode == 1)
        let expected =
            switch attack {
            case "delete": "the audit log is missing, but the checkpoint of"
            case "rewrite": "event 21 is not the one the checkpoint of"
            default: "events were removed from it (truncated or emptied)"
            }
        #expect(audit.stdout.contains(expected), "\(audit.stdout)")
        if attack == "delete" || attack == "empty" {
            // Even without the checkpoint, sealed scorecards without their submit events give it away.
            let plain = box.run(["audit", "verify"], store: true)
            #expect(plain.exitCode == 1)
            #expect(plain.stdout.contains("but the audit log has no submit event for it"), "\(plain.stdout)")
        }
    }

    @Test(
        "Key files: 0600, never overwritten, wider permissions, damage and wrong types refused naming the file; no private key in any output"
    )
    func keyFiles() throws {
        let box = try Sandbox(copying: ComplianceStore.exampleStore)
        let path = box.keyFile("Kim")
        let env = ["HIRESCORE_KEY": path, "HOME": box.folder.path]
        let created = HireScoreProcess.run(["keys", "init"], environment: env, currentDirectory: box.folder)
        #expect(created.exitCode == 0, "\(created)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue == 0o600)
        let secret = try #require(
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").last.map(String.init))
        #expect(!created.stdout.contains(secret) && !created.stderr.contains(secret))

        let again = HireScoreProcess.run(["keys", "init"], environment: env, currentDirectory: box.folder)
        #expect(again.exitCode == 1)
        #expect(
            again.stderr.contains("cannot create the key file \(path): it already exists; a key is never overwritten"),
            "\(again)")

        chmod(path, 0o644)
        let wide = HireScoreProcess.run(["keys", "show"], environment: env, currentDirectory: box.folder)
        #expect(wide.exitCode == 1)
        #expect(wide.stderr.contains("the key file \(path) may be read by others (mode 644)"), "\(wide)")
        chmod(path, 0o600)

        let shown = HireScoreProcess.run(["keys", "show"], environment: env, currentDirectory: box.folder)
        #expect(shown.exitCode == 0 && !shown.stdout.contains(secret))

        for (content, message) in [
            (
                "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n",
                "is not a HireScore Ed25519 key file"
            ),
            (
                "hirescore-signing-key@1 ed25519\nAAAA\n",
                "the key is damaged (an Ed25519 private key is 32 bytes in Base64)"
            ),
            ("\u{0}\u{1}garbage", "is not a HireScore Ed25519 key file"),
        ] {
            try content.write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0o600)
            let bad = HireScoreProcess.run(["keys", "show"], environment: env, currentDirectory: box.folder)
            #expect(bad.exitCode == 1, "\(bad)")
            #expect(bad.stderr.contains(path) && bad.stderr.contains(message), "\(bad)")
        }

        let hr = try box.register("HR Test", role: "hr", by: "HR Test")
        let wrongType = box.run(
            ["keys", "register", "ssh-rsa AAAAB3NzaC1yc2E", "--name", "X", "--role", "interviewer"], as: "HR Test",
            store: true)
        #expect(wrongType.exitCode == 2)
        #expect(wrongType.stderr.contains("is not an Ed25519 public key"), "\(wrongType)")
        let hrSecret = try #require(
            try String(contentsOfFile: box.keyFile("HR Test"), encoding: .utf8).split(separator: "\n").last.map(
                String.init))
        let log = try String(contentsOf: box.log, encoding: .utf8)
        #expect(log.contains(hr) && !log.contains(hrSecret))
        let export = box.run(["export", "--candidate", "c-101"], as: "HR Test", store: true)
        #expect(export.exitCode == 0, "\(export.stderr)")
        #expect(!export.stdout.contains(hrSecret))
    }

    @Test(
        "An old store migrates: each interviewer counter-signs their own cards (logged); revoking keeps earlier signatures valid"
    )
    func migrationAndRevocation() throws {
        let box = try Sandbox(copying: ComplianceStore.exampleStore)
        let before = box.run(["verify", box.store.path, "--verbose"])
        #expect(before.exitCode == 0)
        #expect(
            before.stdout.split(separator: "\n").dropLast().allSatisfy { $0.hasSuffix("seal intact, unsigned (v1)") },
            "\(before.stdout)")

        try box.register("HR Test", role: "hr", by: "HR Test")
        try box.register("Anna Schmidt", role: "interviewer", by: "HR Test")
        // Registering needs HR: an interviewer's key cannot add keys.
        let notHR = box.run(
            [
                "keys", "register", "ed25519:" + Data(repeating: 1, count: 32).base64EncodedString(), "--name", "Y",
                "--role", "hr",
            ], as: "Anna Schmidt", store: true)
        #expect(notHR.exitCode == 1)
        #expect(notHR.stderr.contains("only HR registers and revokes keys"), "\(notHR)")

        let signed = box.run(["keys", "countersign"], as: "Anna Schmidt", store: true)
        #expect(signed.exitCode == 0, "\(signed)")
        #expect(signed.stdout.hasSuffix("3 scorecards counter-signed\n"), "\(signed.stdout)")
        let after = box.run(["verify", box.store.path, "--verbose"])
        #expect(after.exitCode == 0, "\(after)")
        #expect(after.stdout.components(separatedBy: "signed by Anna Schmidt").count - 1 == 3)
        #expect(after.stdout.components(separatedBy: "unsigned (v1)").count - 1 == 16)
        #expect(box.run(["audit", "verify"], store: true).exitCode == 0)

        let listed = box.run(["keys", "list"], store: true).stdout
        let annaKey = try #require(
            listed.split(separator: "\n").first { $0.contains("Anna Schmidt") }?.split(separator: " ").first.map(
                String.init))
        let revoked = box.run(["keys", "revoke", annaKey, "--reason", "laptop lost"], as: "HR Test", store: true)
        #expect(revoked.exitCode == 0, "\(revoked)")
        let still = box.run(["verify", box.store.path, "--verbose"])
        #expect(still.exitCode == 0, "\(still)")
        #expect(still.stdout.components(separatedBy: "signed by Anna Schmidt").count - 1 == 3)
        #expect(box.run(["audit", "verify"], store: true).exitCode == 0)
        // The revoked key signs nothing more.
        let late = box.run(["hold", "c-101", "--reason", "claim"], as: "Anna Schmidt", store: true)
        #expect(late.exitCode == 1)
        #expect(late.stderr.contains("which was revoked by event"), "\(late)")
    }

    @Test("enter signs the card in a signed store, and is refused before the interview without a registered key")
    func enterSigns() throws {
        let box = try Sandbox(copying: ComplianceStore.exampleStore)
        try box.register("HR Test", role: "hr", by: "HR Test")
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
            .path
        let arguments = [
            "enter", "--all-stages", "--store", box.store.path, "--rubric", "claims-handler", "--requisition",
            "claims-2026-01",
            "--candidate", "c-109", "--interviewer", "Anna Schmidt", "--interview-date", "2026-11-17", "--answers",
            answers,
        ]
        let refused = box.run(arguments, as: "Anna Schmidt", actorFlag: false)
        #expect(refused.exitCode == 1)
        #expect(
            refused.stderr.contains(
                "this store signs its scorecards and no signing key was found at \(box.keyFile("Anna Schmidt"))"),
            "\(refused)")
        #expect(
            !FileManager.default.fileExists(
                atPath: box.store.appendingPathComponent("claims-2026-01/c-109/anna-schmidt.yaml").path))

        try box.register("Anna Schmidt", role: "interviewer", by: "HR Test")
        let entered = box.run(arguments, as: "Anna Schmidt", actorFlag: false)
        #expect(entered.exitCode == 0, "\(entered)")
        let verify = box.run([
            "verify", box.store.appendingPathComponent("claims-2026-01/c-109/anna-schmidt.yaml").path, "--verbose",
        ])
        #expect(verify.exitCode == 0)
        #expect(verify.stdout.contains("seal intact, signed by Anna Schmidt (ed25519:"), "\(verify)")
        let audit = box.run(["audit", "verify"], store: true)
        #expect(audit.exitCode == 0, "\(audit)")
    }
}
