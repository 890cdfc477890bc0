import Foundation
import Testing

/// `hirescore cache show` lists the user's cache folder by kind of file (the kinds holding copies of applicants'
/// data marked), `hirescore cache clear` removes everything or, with `--applicant-data`, those kinds only; both in
/// English and German, and a plain error when there is no cache folder.
@Suite struct CacheCommandTests {
    /// A cache folder with one file of each kind (two compiled rubrics) and one no command writes, 2 bytes each, last
    /// changed on 2026-11-01 at noon (UTC).
    static func plantedCache() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-cache-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("hirescore")
        let names = [
            "report-memo-a", "scorecard-index-b", "rubric-c", "rubric-d", "audit-log-index-e", "verified-signatures-f",
            "zzz",
        ]
        for name in names { try CachedApplicantDataTests.plant(name, in: folder) }
        var noon = tm()
        (noon.tm_year, noon.tm_mon, noon.tm_mday, noon.tm_hour) = (126, 10, 1, 12)
        let then = timegm(&noon)
        for name in names {
            var times = [timespec(tv_sec: then, tv_nsec: 0), timespec(tv_sec: then, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, folder.appendingPathComponent(name).path, &times, 0) == 0)
        }
        return base
    }

    static func run(_ arguments: [String], cache: URL) -> (exitCode: Int32, stdout: String, stderr: String) {
        HireScoreProcess.run(arguments, environment: ["XDG_CACHE_HOME": cache.path, "TZ": "UTC"])
    }

    @Test func showThenClearTheApplicantDataThenEverything() throws {
        let base = try Self.plantedCache()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.path + "/hirescore"
        let shown = Self.run(["cache", "show"], cache: base)
        #expect(shown.exitCode == 0 && shown.stderr.isEmpty)
        #expect(
            shown.stdout == """
                cache folder: \(folder)
                kind                 files  size     last used
                -------------------  -----  -------  ----------
                kept reports *       1      2 bytes  2026-11-01
                scorecard indexes *  1      2 bytes  2026-11-01
                compiled rubrics     2      4 bytes  2026-11-01
                audit log indexes    1      2 bytes  2026-11-01
                verified signatures  1      2 bytes  2026-11-01
                other files          1      2 bytes  2026-11-01
                * copies of applicants' data: removed once unused for 14 days, or with 'hirescore cache clear'

                """)

        let cleared = Self.run(["cache", "clear", "--applicant-data"], cache: base)
        #expect(cleared.exitCode == 0 && cleared.stderr.isEmpty)
        #expect(cleared.stdout == "removed 2 files (4 bytes) from \(folder)\n")
        #expect(
            CachedApplicantDataTests.names(URL(fileURLWithPath: folder))
                == ["audit-log-index-e", "rubric-c", "rubric-d", "verified-signatures-f", "zzz"])
        #expect(
            Self.run(["cache", "show"], cache: base).stdout == """
                cache folder: \(folder)
                kind                 files  size     last used
                -------------------  -----  -------  ----------
                compiled rubrics     2      4 bytes  2026-11-01
                audit log indexes    1      2 bytes  2026-11-01
                verified signatures  1      2 bytes  2026-11-01
                other files          1      2 bytes  2026-11-01

                """)

        let all = Self.run(["cache", "clear"], cache: base)
        #expect(all.exitCode == 0 && all.stdout == "removed 5 files (10 bytes) from \(folder)\n")
        #expect(CachedApplicantDataTests.names(URL(fileURLWithPath: folder)).isEmpty)
        #expect(Self.run(["cache", "show"], cache: base).stdout == "cache folder: \(folder)\n  (empty)\n")
        #expect(Self.run(["cache", "clear"], cache: base).stdout == "removed 0 files (0 bytes) from \(folder)\n")
    }

    @Test func inGerman() throws {
        let base = try Self.plantedCache()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.path + "/hirescore"
        #expect(
            Self.run(["cache", "show", "--lang", "de"], cache: base).stdout == """
                Zwischenspeicher: \(folder)
                Art                                  Dateien  Größe    zuletzt genutzt
                -----------------------------------  -------  -------  ---------------
                aufbewahrte Berichte *               1        2 Bytes  2026-11-01
                Verzeichnisse der Bewertungsbögen *  1        2 Bytes  2026-11-01
                kompilierte Bewertungsvorlagen       2        4 Bytes  2026-11-01
                Verzeichnisse des Prüfprotokolls     1        2 Bytes  2026-11-01
                geprüfte Signaturen                  1        2 Bytes  2026-11-01
                andere Dateien                       1        2 Bytes  2026-11-01
                * Kopien von Daten der Kandidat*innen: entfernt, sobald 14 Tage ungenutzt, oder mit 'hirescore cache clear'

                """)
        #expect(
            Self.run(["cache", "clear", "--applicant-data", "--lang", "de"], cache: base).stdout
                == "2 Dateien (4 Bytes) aus \(folder) entfernt\n")
        #expect(
            Self.run(["cache", "clear", "--lang", "de"], cache: base).stdout
                == "5 Dateien (10 Bytes) aus \(folder) entfernt\n")
        #expect(
            Self.run(["cache", "show", "--lang", "de"], cache: base).stdout == "Zwischenspeicher: \(folder)\n  (leer)\n"
        )
    }

    @Test func withoutACacheFolderTheCommandSaysWhy() {
        for (language, text) in [
            (
                "en",
                "error: there is no cache folder: neither XDG_CACHE_HOME nor HOME is an absolute path; set one of them to use a cache\n"
            ),
            (
                "de",
                "Fehler: es gibt keinen Zwischenspeicher: weder XDG_CACHE_HOME noch HOME ist ein absoluter Pfad; setzen Sie eine der beiden Variablen, um einen zu nutzen\n"
            ),
        ] {
            for command in [["cache", "show"], ["cache", "clear"]] {
                let run = HireScoreProcess.run(
                    command + ["--lang", language], environment: ["XDG_CACHE_HOME": "relative", "HOME": "relative"])
                #expect(run.exitCode == 1 && run.stdout.isEmpty && run.stderr == text, "\(command) \(language)")
            }
        }
    }

    @Test func aFolderThatIsNotTheUsersIsNeitherListedNorCleared() throws {
        let base = try Self.plantedCache()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("hirescore")
        // A symbolic link in place of the folder: followed by neither command.
        let moved = base.appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: folder, to: moved)
        try FileManager.default.createSymbolicLink(at: folder, withDestinationURL: moved)
        #expect(Self.run(["cache", "show"], cache: base).stdout == "cache folder: \(folder.path)\n  (empty)\n")
        #expect(Self.run(["cache", "clear"], cache: base).stdout == "removed 0 files (0 bytes) from \(folder.path)\n")
        #expect(CachedApplicantDataTests.names(moved).count == 7)
    }
}
