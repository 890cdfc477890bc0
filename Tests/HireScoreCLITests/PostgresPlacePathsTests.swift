import Foundation
import Testing

/// With `--store postgresql://…`, the paths of `merge`, `rank`, `calibrate`, `status` and `verify` name places in the
/// database store (a requisition, a candidate, a card), as given or after the store's name as the commands print it:
/// one candidate is merged from the database as from the same store's folder. Anything else (an absolute path, `..`)
/// is refused with a usage error in the session's language.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresPlacePathsTests {
    @Test func onePanelOneCardAndARequisitionFromTheDatabaseAsFromTheFolder() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            func run(_ arguments: [String]) async -> (exitCode: Int32, stdout: String, stderr: String) {
                await PostgresTestServer.runFromPackageRoot(arguments)
            }
            #expect(await run(["store", "init", "--store", url]).exitCode == 0)
            #expect(await run(["store", "copy", "examples/store", url]).exitCode == 0)
            for (command, places) in [
                (["merge"], ["claims-2026-01/c-101"]), (["merge", "--format", "json"], ["claims-2026-01/c-102/"]),
                (["merge"], ["claims-2026-01/c-101", "ar-2026-02/c-201"]), (["rank"], ["claims-2026-01"]),
                (["verify"], ["claims-2026-01/c-101/anna-schmidt.yaml"]), (["status"], ["ar-2026-02"]),
            ] {
                let onFiles = await run(
                    command + ["--store", "examples/store"] + places.map { "examples/store/" + $0 })
                #expect(onFiles.exitCode == 0 && !onFiles.stdout.isEmpty, "\(command) \(places): \(onFiles.stderr)")
                for spelled in [places, places.map { shown + "/" + $0 }] {
                    let onDatabase = await run(command + ["--store", url] + spelled)
                    #expect(onDatabase.exitCode == onFiles.exitCode, "\(command) \(spelled): \(onDatabase.stderr)")
                    #expect(
                        onDatabase.stdout == onFiles.stdout.replacingOccurrences(of: "examples/store", with: shown),
                        "\(command) \(spelled)")
                    #expect(
                        onDatabase.stderr == onFiles.stderr.replacingOccurrences(of: "examples/store", with: shown),
                        "\(command) \(spelled)")
                }
            }
            // merge, rank and calibrate copy only the named places' cards (the phase timer counts them); the whole
            // store's 19 without paths.
            for (arguments, count) in [
                (["merge", "claims-2026-01/c-101"], 4), (["rank", "claims-2026-01"], 10),
                (["calibrate", "claims-2026-01/c-101", "ar-2026-02/c-201"], 7), (["merge"], 19),
                (["merge", "claims-2026-01/c-101", shown], 19),
            ] {
                let timed = await PostgresTestServer.run(
                    arguments + ["--store", url, "--rubrics", TestPaths.shippedRubrics.path],
                    environment: ["HIRESCORE_STORE": "", "HIRESCORE_TIMINGS": "1"],
                    currentDirectory: TestPaths.packageRoot)
                #expect(
                    timed.stderr.contains("timing: copy \(count) scorecards of the database store into the snapshot: "),
                    "\(arguments): \(timed.stderr)")
            }

            // A place the store does not hold is named as the folder store names a missing path.
            let missing = await run(["merge", "--store", url, "claims-2026-01/c-999"])
            #expect(missing.exitCode == 1)
            #expect(missing.stdout.contains("\(shown)/claims-2026-01/c-999"), "\(missing.stdout)")

            for (path, language, text) in [
                (
                    "../c-101", "en",
                    "error: ../c-101 is no place in the database store \(shown): name a requisition, a candidate or a card inside it (REQUISITION, REQUISITION/CANDIDATE or REQUISITION/CANDIDATE/FILE.yaml), as the store's paths are printed, with or without \(shown)/ before them\n"
                ),
                (
                    "/tmp/claims-2026-01", "de",
                    "Fehler: /tmp/claims-2026-01 ist keine Stelle in der Datenbank-Ablage \(shown): nennen Sie eine Ausschreibung, eine Kandidatin, einen Kandidaten oder einen Bewertungsbogen darin (AUSSCHREIBUNG, AUSSCHREIBUNG/KANDIDAT oder AUSSCHREIBUNG/KANDIDAT/DATEI.yaml), wie die Pfade der Ablage ausgegeben werden, mit oder ohne \(shown)/ davor\n"
                ),
            ] {
                let refused = await run(["merge", "--store", url, path, "--lang", language])
                #expect(refused.exitCode == 2 && refused.stdout.isEmpty && refused.stderr == text, "\(path)")
            }
        }
    }
}
