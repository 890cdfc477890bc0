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
        let requisitions = ((try? manager.contentsOfDirectory(atPath: storeRoot)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for requisition in requisitions {
            let requisitionPath = storeRoot + "/" + requisition
            guard isDirectory(requisitionPath) else { continue }
            for candidate in ((try? manager.contentsOfDirectory(atPath: requisitionPath)) ?? []).filter({ !$0.hasPrefix(".") }).sorted() {
                let path = requisitionPath + "/" + candidate
                guard isDirectory(path) else { continue }
                var files: [String] = []
                if let enumerator = manager.enumerator(atPath: path) {
                    while let relative = enumerator.nextObject() as? String {
                        let full = path + "/" + relative
                        if !isDirectory(full) { files.append(full) }
                    }
                }
                result.append(CandidateFolder(requisition: requisition, candidate: candidate, path: path, files: files.sorted()))
            }
        }
        return result
    }

    /// Whether a path is a folder (not following a final symbolic link).
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType != .typeSymbolicLink else { return false }
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `sha256:` and the SHA-256 of a file's bytes.
    public static func fileHash(of path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "sha256:missing" }
        return "sha256:" + ContentDigest.hexDigest([UInt8](data))
    }

    /// `path` relative to `root`.
    public static func relative(_ path: String, to root: String) -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
    }

    /// A reference to a scorecard for the audit log: its seal when sealed, else its file hash.
    public static func reference(to path: String, storeRoot: String, scorecard: Scorecard?) -> AuditLog.FileReference {
        AuditLog.FileReference(path: relative(path, to: storeRoot), seal: scorecard?.seal ?? fileHash(of: path))
    }
}
