import Foundation

/// The folder where scorecards live, laid out as `STORE/REQUISITION/CANDIDATE/INTERVIEWER.yaml`.
///
/// Every id that becomes a path component is checked by ``StoreID`` first, so no id can escape the
/// store (no `/`, `..`, control characters or leading dots). Folders are created readable by their
/// owner only (0700) and files 0600: scorecards are personal data.
package struct ScorecardStore: Sendable {
    /// The store's root folder.
    package var root: String

    /// The requisition folder used when a scorecard names no requisition.
    package static let unassignedRequisition = "unassigned"

    /// Creates a store at a folder (which need not exist yet).
    package init(root: String) {
        self.root = root
    }

    /// A problem with an id or a path of the store.
    package struct StoreError: Error, Sendable {
        /// What is wrong, in English and German.
        package var message: LocalizedText
    }

    /// The file name for an interviewer: the name in lowercase ASCII kebab-case (`anna-schmidt`),
    /// whatever its script: compatibility forms folded (`Ａｎｎａ` → `anna`), umlauts transliterated
    /// (`jürgen` → `juergen`), other scripts transliterated to Latin (`Борис` → `boris`, `王伟` →
    /// `wang-wei`) and diacritics removed. Two different names can give the same file name; `enter`
    /// refuses the second (``interviewerCollision(at:interviewer:)``).
    package static func fileStem(forInterviewer name: String) -> String {
        var text: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: compatibility mapping, umlauts and transliteration change nothing (and Foundation's Unicode
            // set-up is not paid for every scorecard read).
            text = name.lowercased()
        } else {
            text = name.precomposedStringWithCompatibilityMapping.lowercased()
            for (umlaut, replacement) in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")] {
                text = text.replacingOccurrences(of: umlaut, with: replacement)
            }
            if !text.unicodeScalars.allSatisfy(\.isASCII) {
                text = text.applyingTransform(.toLatin, reverse: false) ?? text
                text = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
                text = text.lowercased()
            }
        }
        var stem = ""
        for character in text {
            if character.isASCII && (character.isLetter || character.isNumber) {
                stem.append(character)
            } else if !stem.isEmpty && !stem.hasSuffix("-") {
                stem.append("-")
            }
        }
        while stem.hasSuffix("-") { stem.removeLast() }
        return String(stem.prefix(64))
    }

    /// Why `interviewer` may not write the scorecard at `path`: it exists and belongs to an interviewer
    /// of another name that maps to the same file (`ANNA  SCHMIDT` and `Anna Schmidt`), or it was started
    /// with another interviewer id (or none, or one where none is given now). Nil when the file is new or theirs.
    package static func interviewerCollision(at path: String, interviewer: String, interviewerID: String? = nil)
        -> LocalizedText?
    {
        guard let header = ScorecardHeader(path: path), let owner = header.interviewer else { return nil }
        let file = URL(fileURLWithPath: path).lastPathComponent
        if owner != interviewer {
            return StoreMessages.nameCollision(interviewer, owner: owner, file: file)
        }
        if header.interviewerID != interviewerID {
            let recorded = header.interviewerID.map { "--interviewer-id \($0)" }
            return StoreMessages.startedWithOtherID(file, recorded: recorded)
        }
        return nil
    }

    /// Whether `folder` is a store's root (it has a `.hirescore` folder).
    package static func isRoot(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder + "/.hirescore", isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The root of the store that holds `path`: the nearest folder above it (or itself) with a
    /// `.hirescore` folder, where the store keeps its records; nil outside any store.
    package static func root(containing path: String) -> String? {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        for _ in 0..<64 {
            if FileManager.default.fileExists(
                atPath: url.appendingPathComponent(".hirescore").path, isDirectory: &isDirectory), isDirectory.boolValue
            {
                return url.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
        return nil
    }

    /// Checks an interviewer name: printable text of 1 to 100 characters that gives a file name.
    package static func validateInterviewer(_ name: String) throws(StoreError) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 100,
            !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
            !fileStem(forInterviewer: name).isEmpty
        else {
            // Shown with its control characters escaped: raw, they would act on the terminal and hide what is wrong.
            let shown = String(
                String.UnicodeScalarView(
                    name.shortened.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                        scalar.value < 0x20 || scalar.value == 0x7F
                            ? Array(String(format: "\\u{%02X}", scalar.value).unicodeScalars) : [scalar]
                    }))
            throw StoreError(
                message: StoreMessages.unusableInterviewerName(shown))
        }
    }

    /// Checks a candidate or requisition id.
    package static func validateID(_ id: String, kind: LocalizedText) throws(StoreError) {
        guard StoreID.isValid(id) else {
            throw StoreError(
                message: StoreMessages.invalidID(id, kind: kind))
        }
    }

    /// Checks an interviewer id given with `--interviewer-id`: kebab-case ASCII (``Identifier/isKebabCase(_:)``).
    package static func validateInterviewerID(_ id: String) throws(StoreError) {
        guard Identifier.isKebabCase(id) else {
            throw StoreError(
                message: StoreMessages.invalidInterviewerID(id, suggestion: Identifier.suggestKebabCase(id)))
        }
    }

    /// The path of the scorecard of an interviewer for a candidate in a requisition; the file is named by
    /// `interviewerID` when given, else by the id derived from the name (``fileStem(forInterviewer:)``).
    package func path(requisition: String?, candidate: String, interviewer: String, interviewerID: String? = nil)
        throws(StoreError) -> String
    {
        let requisitionFolder = requisition ?? ScorecardStore.unassignedRequisition
        try ScorecardStore.validateID(requisitionFolder, kind: StoreMessages.requisitionKind)
        try ScorecardStore.validateID(candidate, kind: StoreMessages.candidateKind)
        try ScorecardStore.validateInterviewer(interviewer)
        if let interviewerID { try ScorecardStore.validateInterviewerID(interviewerID) }
        return
            "\(root)/\(requisitionFolder)/\(candidate)/"
            + "\(interviewerID ?? ScorecardStore.fileStem(forInterviewer: interviewer)).yaml"
    }

    /// Creates the folders leading to `path` with mode 0700.
    package func prepareFolder(for path: String) throws(StoreError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            let reason = ScorecardStore.systemReason(error)
            throw StoreError(
                message: StoreMessages.cannotCreateFolder(folder, reason: reason))
        }
        guard access(folder, W_OK) == 0 else {
            throw StoreError(
                message: StoreMessages.folderNotWritable(folder))
        }
    }

    /// The system's reason for a failed file operation ("Not a directory"): on Linux, Foundation's own
    /// description is only "The operation could not be completed" with an error domain and number.
    static func systemReason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        }
        return error.localizedDescription
    }

    /// Every scorecard file (`*.yaml`) under a folder, sorted; symbolic links that lead outside the store are reported,
    /// not followed.
    ///
    /// Names that start with a dot (`.hirescore`, editors' temporary files) are skipped, folders
    /// included. The folder is walked with `readdir`, which says of each entry whether it is a file, a
    /// folder or a link: only links are resolved, so a store of 50,000 scorecards is listed in
    /// milliseconds. A link that stays inside the store is read like the file it names; a link to a
    /// folder is not descended into (no cycles), and is reported when it leads outside the store.
    package static func scorecardFiles(in folder: String) -> (files: [String], outside: [String]) {
        let base = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        var files: [String] = []
        var outside: [String] = []
        var pending = [folder.hasSuffix("/") ? String(folder.dropLast()) : folder]
        while let directory = pending.popLast() {
            guard let stream = opendir(directory) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(
                        to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)
                    ) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                let path = directory + "/" + name
                let isScorecard = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
                switch kind(of: entry.pointee.d_type, path: path) {
                case .directory:
                    pending.append(path)
                case .file:
                    if isScorecard { files.append(path) }
                case .link:
                    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    var isDirectory: ObjCBool = false
                    let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory)
                    if !resolved.hasPrefix(base + "/") {
                        if isScorecard || isDirectory.boolValue { outside.append(path) }
                    } else if isScorecard && !(exists && isDirectory.boolValue) {
                        files.append(path)
                    }
                case .other:
                    continue
                }
            }
        }
        return (files.sorted(), outside.sorted())
    }

    /// What a folder entry is.
    private enum EntryKind {
        case directory, file, link, other
    }

    /// The kind of a folder entry from its `d_type`, asking the file system only when it is unknown.
    private static func kind(of type: UInt8, path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_REG): return .file
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFREG: return .file
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }
}
