import Foundation
import ScoringCore

/// The files of a store, grouped by candidate.
public enum StoreFiles {
    /// One candidate's folder in a requisition.
    public struct CandidateFolder: Sendable, Hashable {
        /// The requisition (the folder name; `unassigned` when the scorecards named none).
        public var requisition: String
        /// The candidate.
        public var candidate: String
        /// The folder's path.
        public var path: String
        /// Every file in it (scorecards, drafts, lock files, generated reports), sorted.
        public var files: [String]
    }

    /// The candidate folders of a store (`STORE/REQUISITION/CANDIDATE/`), skipping hidden folders.
    public static func candidateFolders(in storeRoot: String) -> [CandidateFolder] {
        let manager = FileManager.default
        var result: [CandidateFolder] = []
        let requisitions = ((try? manager.contentsOfDirectory(atPath: storeRoot)) ?? []).filter { !$0.hasPrefix(".") }
            .sorted()
        for requisition in requisitions {
            let requisitionPath = storeRoot + "/" + requisition
            guard isDirectory(requisitionPath) else { continue }
            for candidate in ((try? manager.contentsOfDirectory(atPath: requisitionPath)) ?? []).filter({
                !$0.hasPrefix(".")
            }).sorted() {
                let path = requisitionPath + "/" + candidate
                guard isDirectory(path) else { continue }
                result.append(
                    CandidateFolder(requisition: requisition, candidate: candidate, path: path, files: files(in: path)))
            }
        }
        return result
    }

    /// Whether a path is a folder (not following a final symbolic link).
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType != .typeSymbolicLink
        else { return false }
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The largest file whose bytes are hashed for the records (generated reports can be large).
    static let hashLimit = 256 << 20

    /// `sha256:` and the SHA-256 of a file's bytes (a bounded read: FIFOs and devices are not read).
    public static func fileHash(of path: String) -> String {
        guard case .success(let bytes) = BoundedFile.read(path, limit: hashLimit) else { return "sha256:missing" }
        return "sha256:" + ContentDigest.hexDigest(bytes)
    }

    /// What the records name a file of a candidate folder by: a sealed scorecard's seal, a symbolic
    /// link's hash over its destination (never followed), any other file's SHA-256.
    public static func recordHash(of path: String) -> String {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
            return "sha256:" + ContentDigest.hexDigest(Array(("symbolic-link:" + destination).utf8))
        }
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml"), let header = ScorecardHeader(path: path),
            header.status == "submitted", let seal = header.seal, ScorecardLoader.isHash(seal)
        {
            return seal
        }
        return fileHash(of: path)
    }

    /// Every file below a folder (hidden ones and links included, links not followed), sorted.
    public static func files(in folder: String) -> [String] {
        var files: [String] = []
        if let enumerator = FileManager.default.enumerator(atPath: folder) {
            while let relative = enumerator.nextObject() as? String {
                let full = folder + "/" + relative
                if !isDirectory(full) { files.append(full) }
            }
        }
        return files.sorted()
    }

    /// Removes the empty folders below and including `path` (never following links).
    static func removeEmptyFolders(under path: String) {
        let manager = FileManager.default
        let children = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        for child in children where isDirectory(path + "/" + child) {
            removeEmptyFolders(under: path + "/" + child)
        }
        if ((try? manager.contentsOfDirectory(atPath: path)) ?? ["x"]).isEmpty {
            rmdir(path)
        }
    }

    /// `path` relative to `root`.
    public static func relative(_ path: String, to root: String) -> String {
        let base = isStandardAbsolute(root) ? root : URL(fileURLWithPath: root).standardizedFileURL.path
        let full = isStandardAbsolute(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
    }

    /// The folder `path` lies in, as `NSString.deletingLastPathComponent` gives it (taken straight from the path when
    /// it is ``isStandardAbsolute(_:)``).
    static func folder(of path: String) -> String {
        guard isStandardAbsolute(path), let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return (path as NSString).deletingLastPathComponent
        }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether `path` is an absolute path that standardising leaves as it is: printable ASCII without `%`, starting
    /// with `/`, without empty, `.` or `..` components and without a `/` at its end. Such a path is taken as it is
    /// (a merge asks for thousands of cards' places, and each trip through `URL` costs far more than this look).
    static func isStandardAbsolute(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.count > 1, bytes.first == UInt8(ascii: "/"), bytes.last != UInt8(ascii: "/") else { return false }
        var componentLength = 0
        var dots = 0
        for byte in bytes.dropFirst() {
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "%") else { return false }
            if byte == UInt8(ascii: "/") {
                if componentLength == 0 || componentLength == dots && dots <= 2 { return false }
                componentLength = 0
                dots = 0
            } else {
                componentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !(componentLength == dots && dots <= 2)
    }

    /// A reference to a scorecard for the audit log: its seal when sealed, else its file hash.
    public static func reference(to path: String, storeRoot: String, scorecard: Scorecard?) -> AuditLog.FileReference {
        AuditLog.FileReference(path: relative(path, to: storeRoot), seal: scorecard?.seal ?? fileHash(of: path))
    }
}

extension StoreFiles {
    /// Whether a path is a symbolic link (which `access` would follow).
    static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
