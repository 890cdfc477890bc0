import Foundation
import Testing

/// The user's cache holds copies of applicants' data (kept reports `report-memo-…`, scorecard indexes
/// `scorecard-index-…`): `merge`, `rank` and `calibrate` remove those not used for 14 days (using one counts), a
/// purge that deletes a candidate removes all of them from the running user's cache and says so, and a merge of a
/// database store keeps nothing there. Other cache files (compiled rubrics, the audit log's index) stay.
@Suite struct CachedApplicantDataTests {
    typealias Fixture = ScorecardIndexTests.Fixture

    /// Sets the modification time of `path` to `days` days ago.
    static func age(_ path: String, days: Int) {
        let then = time_t(Int(Date().timeIntervalSince1970) - days * 24 * 60 * 60)
        var times = [timespec(tv_sec: then, tv_nsec: 0), timespec(tv_sec: then, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0, "\(path)")
    }

    /// The modification time of `path` in seconds, 0 when it is missing.
    static func modified(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_mtim.tv_sec) : 0
    }

    /// The names in `folder`, sorted.
    static func names(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Writes a private cache file (0600) `name` in `folder` (made 0700).
    static func plant(_ name: String, in folder: URL) throws {
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = folder.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("x\n".utf8)))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    @Test func keptReportsAndIndexesUnusedForFourteenDaysAreRemoved() throws {
        let fixture = try Fixture()
        fixture.waitUntilSettled()
        let merge = ["merge", "store", "--format", "json"]
        #expect(!ReportMemoTests.run(fixture, merge).kept)
        #expect(ReportMemoTests.run(fixture, merge).kept)
        let folder = fixture.indexFolder
        let memo = try #require(ReportMemoTests.memos(fixture).first)
        let index = try #require(Self.names(folder).first { $0.hasPrefix("scorecard-index-") })
        // Another command's memo, a memo and an index of another store, and a compiled rubric, all old.
        for name in ["report-memo-0000", "scorecard-index-0000", "rubric-0000"] {
            try Self.plant(name, in: folder)
            Self.age(folder.appendingPathComponent(name).path, days: 30)
        }
        try Self.plant("report-memo-1111", in: folder)
        Self.age(folder.appendingPathComponent("report-memo-1111").path, days: 13)

        // Used 13 days ago: still kept, and marked as used now.
        Self.age(folder.appendingPathComponent(memo).path, days: 13)
        Self.age(folder.appendingPathComponent(index).path, days: 13)
        let start = Int(Date().timeIntervalSince1970)
        #expect(ReportMemoTests.run(fixture, merge).kept)
        #expect(Self.modified(folder.appendingPathComponent(memo).path) >= start)
        #expect(!Self.names(folder).contains("report-memo-0000"))
        #expect(!Self.names(folder).contains("scorecard-index-0000"))
        #expect(Self.names(folder).contains("rubric-0000"))
        #expect(Self.names(folder).contains("report-memo-1111"))

        // Unused for 15 days: removed before the merge looks for them, so the store is merged afresh (the index
        // made anew: every card read) and the report kept anew.
        Self.age(folder.appendingPathComponent(memo).path, days: 15)
        Self.age(folder.appendingPathComponent(index).path, days: 15)
        Self.age(folder.appendingPathComponent("report-memo-1111").path, days: 15)
        // A merge without kept reports (so its own leaves none) takes no card from the index.
        #expect(fixture.cardsFromIndex() == 0)
        #expect(!Self.names(folder).contains(memo))
        #expect(!Self.names(folder).contains("report-memo-1111"))
        #expect(Self.modified(folder.appendingPathComponent(index).path) >= start)
        #expect(Self.names(folder).contains("rubric-0000"))
        let fresh = ReportMemoTests.run(fixture, merge)
        #expect(!fresh.kept)
        #expect(fresh.result == ReportMemoTests.run(fixture, merge + ["--no-cache"]).result)
        #expect(Self.modified(folder.appendingPathComponent(memo).path) >= start)
        #expect(ReportMemoTests.run(fixture, merge).kept)
    }

    @Test func aPurgeRemovesTheUsersCopiesOfApplicantData() throws {
        let temp = try ComplianceStore()
        try PurgeTests.decideThree(temp)
        let planted = ["report-memo-0000", "report-memo-1111", "scorecard-index-2222", "rubric-3333"]
        for name in planted { try Self.plant(name, in: temp.cache) }

        // A dry run removes nothing.
        let dry = temp.run(["purge", "--dry-run"])
        #expect(dry.exitCode == 0)
        #expect(Self.names(temp.cache) == planted.sorted())

        let result = temp.run(["purge", "--actor", "Records Office"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasSuffix(
                "deleted 3 files of 1 candidates and logged it\n"
                    + "removed 3 files with copies of applicants' data (kept reports, scorecard indexes) from your"
                    + " cache folder \(temp.cache.path); other people's caches are on their computers: hirescore merge,"
                    + " rank and calibrate remove such files there once unused for 14 days\n"),
            "\(result.stdout)")
        #expect(Self.names(temp.cache) == ["rubric-3333"])

        // Nothing due: nothing removed, nothing said.
        for name in planted { try? Self.plant(name, in: temp.cache) }
        let again = temp.run(["purge", "--actor", "Records Office"])
        #expect(again.stdout.hasSuffix("deleted 0 files of 0 candidates and logged it\n"), "\(again.stdout)")
        #expect(Self.names(temp.cache) == planted.sorted())
    }

    @Test func aPurgeSaysSoInGerman() throws {
        let temp = try ComplianceStore()
        try PurgeTests.decideThree(temp)
        try Self.plant("scorecard-index-2222", in: temp.cache)
        let result = temp.run(["purge", "--actor", "Personalakten", "--lang", "de"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasSuffix(
                "1 Datei mit Kopien von Daten der Kandidat*innen (aufbewahrte Berichte, Verzeichnisse der"
                    + " Bewertungsbögen) aus Ihrem Zwischenspeicher \(temp.cache.path) entfernt; die Zwischenspeicher"
                    + " anderer liegen auf deren Rechnern: hirescore merge, rank und calibrate entfernen dort solche"
                    + " Dateien, die 14 Tage nicht genutzt wurden\n"),
            "\(result.stdout)")
        #expect(Self.names(temp.cache).isEmpty)
    }
}
