import Foundation
import ScoringCore
import Testing

/// `-o /dev/null` (or a pipe) is written through, never replaced: renaming a temporary file over `/dev/null`
/// turned it into a regular root-only file on this machine, which broke every other program that writes to it.
@Suite struct AtomicFileTargetTests {
    static func kind(_ path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    @Test func theNullDeviceStaysADevice() throws {
        #expect(Self.kind("/dev/null") == S_IFCHR)
        defer {
            // Should the write ever replace it again, put the device back (as root) so nothing else breaks.
            if Self.kind("/dev/null") != S_IFCHR, getuid() == 0 {
                unlink("/dev/null")
                mknod("/dev/null", S_IFCHR | 0o666, (1 << 8) | 3)  // major 1, minor 3
            }
        }
        try AtomicFile.write("a report nobody keeps\n", to: "/dev/null")
        #expect(Self.kind("/dev/null") == S_IFCHR)
    }

    @Test func aPipeIsWrittenThrough() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-fifo-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("report").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Read the pipe on another thread while the write goes through it.
        let reader = Thread {
            // Opening blocks until the writer opens; reading ends when the writer closes.
            _ = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile()
        }
        reader.start()
        try AtomicFile.write("through the pipe\n", to: fifo)
        #expect(Self.kind(fifo) == S_IFIFO)
    }

    @Test func aFolderIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-folder-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder.path) }
        #expect(Self.kind(folder.path) == S_IFDIR)
    }
}

/// A report written piece by piece (`merge` of a campaign) lands whole and atomically: the file appears only once
/// every piece is written, and holds them in order.
@Suite struct AtomicFilePiecesTests {
    @Test func thePiecesLandInOrderOnlyAfterTheLast() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-pieces-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.txt").path
        try AtomicFile.write("the old report\n", to: path)
        try AtomicFile.writeTexts(to: path) { emit in
            for piece in ["Kandidat*in ", "c-101: ", "ja ✔\n"] {
                emit(piece)
                // Until the last piece is written, readers see the old report.
                #expect((try? String(contentsOfFile: path, encoding: .utf8)) == "the old report\n")
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Kandidat*in c-101: ja ✔\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
    }

    /// A report found incomplete once its pieces are written (evidence that could not be read back) is abandoned:
    /// the old file stays, and no temporary file is left.
    @Test func anAbandonedWriteLeavesTheOldFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-pieces-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.txt").path
        try AtomicFile.write("the old report\n", to: path)
        let kept = try AtomicFile.writeTextsUnlessAbandoned(to: path) { emit in
            emit("a report without its evidence\n")
            return false
        }
        #expect(!kept)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the old report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
        #expect(
            try AtomicFile.writeTextsUnlessAbandoned(to: path) { emit in
                emit("the new report\n")
                return true
            })
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the new report\n")
    }

    @Test func aFolderIsRefusedBeforeAnyPiece() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-pieces-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var produced = false
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.writeTexts(to: folder.path) { emit in
                produced = true
                emit("x")
            }
        }
        #expect(!produced)
    }
}
