import Foundation
import ScoringCore
import Testing

/// ScorecardStore paths, ScorecardLock and AtomicFile.
@Suite struct ScorecardStoreTests {
    let store = ScorecardStore(root: "/srv/store")

    @Test func validIDsGiveTheStorePath() throws {
        #expect(
            try store.path(requisition: "claims-2026-01", candidate: "c-1042", interviewer: "Jürgen Groß")
                == "/srv/store/claims-2026-01/c-1042/juergen-gross.yaml")
        #expect(
            try store.path(requisition: "R_1.a", candidate: "C.2", interviewer: "Anna Schmidt")
                == "/srv/store/R_1.a/C.2/anna-schmidt.yaml")
        let longest = String(repeating: "a", count: 64)
        #expect(
            try store.path(requisition: longest, candidate: longest, interviewer: "x")
                == "/srv/store/\(longest)/\(longest)/x.yaml")
    }

    @Test func noRequisitionGoesToUnassigned() throws {
        #expect(ScorecardStore.unassignedRequisition == "unassigned")
        #expect(
            try store.path(requisition: nil, candidate: "c-1042", interviewer: "Anna Schmidt")
                == "/srv/store/unassigned/c-1042/anna-schmidt.yaml")
    }

    @Test(arguments: [
        ("Anna Schmidt", "anna-schmidt"),
        ("Jürgen Groß", "juergen-gross"),
        ("  Dr. Müller-Lüdenscheidt  ", "dr-mueller-luedenscheidt"),
        ("ÄÖÜ äöü", "aeoeue-aeoeue"),
        ("José Peña", "jose-pena"),
        ("O'Brien, Seán", "o-brien-sean"),
        ("../../etc/passwd", "etc-passwd"),
        ("王伟", "wang-wei"),
        ("Борис Schmidt", "boris-schmidt"),
        ("Ａｎｎａ Schmidt", "anna-schmidt"),
        ("Zoë Ångström", "zoe-angstroem"),
        // ASCII names take a path of their own (issue 20): the same stems.
        ("ANNA_Schmidt 2", "anna-schmidt-2"),
        ("--a--b--", "a-b"),
        ("a\r\nb", "a-b"),
        ("!!!", ""),
        (String(repeating: "ab-", count: 30), String(String(repeating: "ab-", count: 30).prefix(64))),
        ("ANNA  SCHMIDT", "anna-schmidt"),
        ("R2-D2 & C-3PO", "r2-d2-c-3po"),
        ("--- ", ""),
        ("a\tb", "a-b"),
        (String(repeating: "ab ", count: 30), String(repeating: "ab-", count: 21) + "a"),
    ])
    func interviewerFileStems(_ name: String, _ stem: String) {
        #expect(ScorecardStore.fileStem(forInterviewer: name) == stem)
    }

    static let badIDs = [
        "a/b", "..", "../etc", ".hidden", ".", "c\u{7}1", "c\n1", "c\u{0}1", "", String(repeating: "a", count: 65),
        "a b", "ä1", "c-1/", "c\\1", "~c",
    ]

    @Test(arguments: badIDs)
    func badCandidateIDsAreRefused(_ id: String) {
        let error = #expect(throws: ScorecardStore.StoreError.self) {
            try store.path(requisition: "r-1", candidate: id, interviewer: "Anna Schmidt")
        }
        #expect(error?.message.text(in: .en).hasPrefix("the candidate id '") == true)
        #expect(
            error?.message.text(in: .en).hasSuffix(
                "' is not valid: use letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters")
                == true)
    }

    @Test(arguments: badIDs)
    func badRequisitionIDsAreRefused(_ id: String) {
        let error = #expect(throws: ScorecardStore.StoreError.self) {
            try store.path(requisition: id, candidate: "c-1", interviewer: "Anna Schmidt")
        }
        #expect(error?.message.text(in: .en).hasPrefix("the requisition id '") == true)
    }

    @Test func theRefusalQuotesTheID() {
        let error = #expect(throws: ScorecardStore.StoreError.self) {
            try store.path(requisition: nil, candidate: "../x", interviewer: "Anna Schmidt")
        }
        #expect(
            error?.message.text(in: .en)
                == "the candidate id '../x' is not valid: use letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters"
        )
        #expect(
            error?.message.text(in: .de)
                == "die Kandidatenkennung '../x' ist ungültig: Buchstaben, Ziffern, '-', '_' und '.', nicht mit '.' beginnend, höchstens 64 Zeichen"
        )
    }

    @Test(arguments: [
        "", "   ", "!!!", "Anna\u{0}Schmidt", "Anna\nSchmidt", "Anna\u{7F}", String(repeating: "a", count: 101),
    ])
    func unusableInterviewerNamesAreRefused(_ name: String) {
        #expect(throws: ScorecardStore.StoreError.self) {
            try store.path(requisition: nil, candidate: "c-1", interviewer: name)
        }
    }

    @Test func prepareFolderCreatesPrivateFolders() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let store = ScorecardStore(root: folder + "/store")
        let path = try store.path(requisition: "r-1", candidate: "c-1", interviewer: "Anna Schmidt")
        try store.prepareFolder(for: path)
        for sub in ["/store", "/store/r-1", "/store/r-1/c-1"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + sub)
            #expect((attributes[.posixPermissions] as? Int) == 0o700, "\(sub)")
        }
    }
}

@Suite struct ScorecardLockTests {
    let host = ProcessInfo.processInfo.hostName

    func writeLockFile(_ path: String, pid: Int32, host: String?) throws {
        var text = "pid: \(pid)\n"
        if let host { text += "host: \(host)\n" }
        text += "since: 2026-01-01T00:00:00Z\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func acquireWritesTheLockFileAndReleaseRemovesIt() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let lock = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        #expect(lock.path == folder + "/anna.yaml.lock")
        let content = try String(contentsOfFile: lock.path, encoding: .utf8)
        #expect(content.hasPrefix("pid: \(getpid())\nhost: \(host)\nsince: "))
        let attributes = try FileManager.default.attributesOfItem(atPath: lock.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: lock.path))
        lock.release()
    }

    @Test func aSecondAcquireInTheSameProcessIsRefused() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let first = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        let error = #expect(throws: ScorecardLock.LockError.self) {
            _ = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        }
        let message = error?.message.text(in: .en) ?? ""
        #expect(message.hasPrefix("this scorecard is open in another session (process \(getpid()) on \(host), since "))
        #expect(FileManager.default.fileExists(atPath: first.path), "the refused attempt leaves the lock alone")
        first.release()
        #expect(!FileManager.default.fileExists(atPath: first.path))
        let again = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        #expect(FileManager.default.fileExists(atPath: again.path))
        again.release()
    }

    @Test func locksOnDifferentFilesAreIndependent() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let anna = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        let ben = try ScorecardLock.acquire(for: folder + "/ben.yaml")
        anna.release()
        #expect(FileManager.default.fileExists(atPath: ben.path))
        ben.release()
    }

    @Test func aLockHeldByAnotherLiveProcessIsRefused() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let lockPath = folder + "/anna.yaml.lock"
        try writeLockFile(lockPath, pid: 1, host: host)
        let error = #expect(throws: ScorecardLock.LockError.self) {
            _ = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        }
        #expect(
            error?.message.text(in: .en)
                == "this scorecard is open in another session (process 1 on \(host), since 2026-01-01T00:00:00Z); finish or quit that session first"
        )
        #expect(
            try String(contentsOfFile: lockPath, encoding: .utf8).hasPrefix("pid: 1\n"),
            "the other session's lock is left alone")
    }

    @Test func aLockWithoutHostCountsAsThisHost() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try writeLockFile(folder + "/anna.yaml.lock", pid: 1, host: nil)
        let error = #expect(throws: ScorecardLock.LockError.self) {
            _ = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        }
        #expect(error?.message.text(in: .en).contains("(process 1 on \(host), since 2026-01-01T00:00:00Z)") == true)
    }

    @Test func aLockFromAnotherHostIsRefused() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try writeLockFile(folder + "/anna.yaml.lock", pid: 4242, host: "elsewhere.example")
        let error = #expect(throws: ScorecardLock.LockError.self) {
            _ = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        }
        #expect(
            error?.message.text(in: .en)
                == "this scorecard is locked by a session on another computer (elsewhere.example, process 4242); if that session is gone, delete \(folder)/anna.yaml.lock"
        )
    }

    @Test func aLockLeftByADeadProcessIsTakenOver() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let deadPID = process.processIdentifier
        #expect(kill(deadPID, 0) != 0, "the child has exited and been reaped")
        let lockPath = folder + "/anna.yaml.lock"
        try writeLockFile(lockPath, pid: deadPID, host: host)
        let lock = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8).hasPrefix("pid: \(getpid())\n"))
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: lockPath))
    }

    @Test func anUnreadableLockIsTakenOver() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let lockPath = folder + "/anna.yaml.lock"
        try "garbage".write(toFile: lockPath, atomically: false, encoding: .utf8)
        let lock = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8).hasPrefix("pid: \(getpid())\n"))
        lock.release()
    }

    @Test func aLockInAMissingFolderCannotBeCreated() {
        let error = #expect(throws: ScorecardLock.LockError.self) {
            _ = try ScorecardLock.acquire(for: "/nonexistent-interviewtests/anna.yaml")
        }
        #expect(
            error?.message.text(in: .en)
                == "cannot create the lock file /nonexistent-interviewtests/anna.yaml.lock: No such file or directory")
    }

    @Test func droppingTheLockReleasesIt() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        do {
            let lock = try ScorecardLock.acquire(for: folder + "/anna.yaml")
            #expect(FileManager.default.fileExists(atPath: lock.path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/anna.yaml.lock"))
        let again = try ScorecardLock.acquire(for: folder + "/anna.yaml")
        again.release()
    }
}

@Suite struct AtomicFileTests {
    func entries(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func writesTheContentPrivatelyWithoutLeftovers() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/card.yaml"
        try AtomicFile.write("first: 1\nä: ü\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first: 1\nä: ü\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try entries(of: folder) == ["card.yaml"])
    }

    @Test func overwritingReplacesTheContent() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/card.yaml"
        try "an old, much longer content that must disappear completely\n".write(
            toFile: path, atomically: false, encoding: .utf8)
        try AtomicFile.write("new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        try AtomicFile.write("newer\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "newer\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try entries(of: folder) == ["card.yaml"])
    }

    @Test func writesBytesAndEmptyFiles() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        try AtomicFile.write(bytes, to: folder + "/big.bin")
        #expect(FileManager.default.contents(atPath: folder + "/big.bin") == Data(bytes))
        try AtomicFile.write("", to: folder + "/empty")
        #expect(FileManager.default.contents(atPath: folder + "/empty") == Data())
        #expect(try entries(of: folder) == ["big.bin", "empty"])
    }

    @Test func aMissingFolderIsReportedWithThePath() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/missing/card.yaml"
        let error = #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write("x", to: path)
        }
        #expect(error?.description == "cannot write \(path): No such file or directory")
        #expect(try entries(of: folder) == [])
    }

    @Test func aFailedRenameLeavesNoTemporaryFile() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        // The target is a non-empty folder, so the rename over it fails.
        try FileManager.default.createDirectory(atPath: folder + "/card.yaml/inner", withIntermediateDirectories: true)
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write("x", to: folder + "/card.yaml")
        }
        #expect(try entries(of: folder) == ["card.yaml"])
    }
}
