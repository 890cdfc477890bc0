import Foundation
import YAML

/// The top-level facts of a scorecard file (who, whom, where, whether sealed), read without its rubric.
///
/// The records need these even when the rubric folder is missing or the rubric changed: to check that
/// every sealed scorecard has its submit event, that a card lies in its own folder, and to export it.
package struct ScorecardHeader: Sendable, Hashable {
    /// `candidate:`.
    package var candidate: String?
    /// `requisition:`.
    package var requisition: String?
    /// `interviewer:`.
    package var interviewer: String?
    /// `interviewer-id:` (the interviewer's stable id, when one was given).
    package var interviewerID: String?
    /// `status:` (draft or submitted).
    package var status: String?
    /// `seal:`.
    package var seal: String?
    /// `signature:` (the interviewer's signature of the seal).
    package var signature: String?
    /// `rubric: {id:}` as written (not checked).
    package var rubricID: String?
    /// `rubric: {version:}` when it is a plain decimal number (not checked).
    package var rubricVersion: Int?

    /// Reads the header of a scorecard's bytes; nil when they are not a YAML mapping.
    package init?(bytes: [UInt8], limits: YAMLReader.Limits = .init()) {
        guard let root = try? YAMLReader(limits: limits).read(bytes), root.mapping != nil else { return nil }
        candidate = root["candidate"]?.scalar?.text
        requisition = root["requisition"]?.scalar?.text
        interviewer = root["interviewer"]?.scalar?.text
        interviewerID = root["interviewer-id"]?.scalar?.text
        status = root["status"]?.scalar?.text
        seal = root["seal"]?.scalar?.text
        signature = root["signature"]?.scalar?.text
        rubricID = root["rubric"]?["id"]?.scalar?.text
        rubricVersion = root["rubric"]?["version"]?.scalar.flatMap { Int($0.text) }
    }

    /// Reads the header of a scorecard file (a bounded read); nil when it cannot be read.
    package init?(path: String, limits: YAMLReader.Limits = .init()) {
        guard case .success(let bytes) = BoundedFile.read(path, limit: limits.maximumBytes) else { return nil }
        self.init(bytes: bytes, limits: limits)
    }

    /// Why a scorecard does not belong at `path` in a store (`STORE/REQUISITION/CANDIDATE/INTERVIEWER.yaml`),
    /// naming both what the card says and what the path says; nil when it belongs there.
    package static func placementProblem(
        candidate: String?, requisition: String?, interviewer: String?, interviewerID: String? = nil,
        path: String
    ) -> LocalizedText? {
        let components = pathComponents(path)
        guard components.count >= 3 else { return nil }
        let fileName = components[components.count - 1]
        let folderCandidate = components[components.count - 2]
        let folderRequisition = components[components.count - 3]
        let stem =
            fileName.hasSuffix(".yaml")
            ? String(fileName.dropLast(5)) : fileName.hasSuffix(".yml") ? String(fileName.dropLast(4)) : fileName
        if let candidate, candidate != folderCandidate {
            return ScorecardMessages.otherCandidate(candidate, folder: folderCandidate)
        }
        let requisitionFolder = requisition ?? ScorecardStore.unassignedRequisition
        if requisitionFolder != folderRequisition {
            return ScorecardMessages.otherRequisition(requisitionFolder, folder: folderRequisition)
        }
        if let interviewerID, interviewerID != stem {
            return ScorecardMessages.otherInterviewerID(interviewerID, file: stem)
        }
        if interviewerID == nil, let interviewer, ScorecardStore.fileStem(forInterviewer: interviewer) != stem {
            return ScorecardMessages.otherInterviewer(interviewer, file: stem)
        }
        return nil
    }

    /// ``placementProblem(candidate:requisition:interviewer:interviewerID:path:)`` for a file that may or may
    /// not lie in a store. Inside a store (a folder with `.hirescore` above the file), the card must lie at
    /// exactly `REQUISITION/CANDIDATE/INTERVIEWER.yaml` below the store's root, whatever the folders are
    /// called: a card copied into another candidate's or requisition's folder, or one level too deep, is
    /// caught. Outside a store (`score card.yaml`, a candidate folder copied out of the store), a folder
    /// named for the card's requisition or candidate is still checked; other files are not.
    package static func storePlacementProblem(
        candidate: String, requisition: String?, interviewer: String, interviewerID: String? = nil,
        path: String
    ) -> LocalizedText? {
        let components = pathComponents(path)
        let inRequisitionFolder =
            components.count >= 3
            && components[components.count - 3] == (requisition ?? ScorecardStore.unassignedRequisition)
        let inCandidateFolder = components.count >= 2 && components[components.count - 2] == candidate
        func problem(_ path: String, strict: Bool) -> LocalizedText? {
            let parts = pathComponents(path)
            guard parts.count >= 3 else { return nil }
            return strict || inRequisitionFolder
                ? placementProblem(
                    candidate: candidate, requisition: requisition, interviewer: interviewer,
                    interviewerID: interviewerID, path: path)
                : placementProblem(
                    candidate: candidate, requisition: parts[parts.count - 3], interviewer: interviewer,
                    interviewerID: interviewerID, path: path)
        }
        if inCandidateFolder && inRequisitionFolder, problem(path, strict: true) == nil {
            // The common case, one check: the folder above the requisition folder is the store's root.
            if components.count >= 4,
                ScorecardStore.isRoot((path.hasPrefix("/") ? "/" : "") + components.dropLast(3).joined(separator: "/"))
            {
                return nil
            }
            if components.count == 3, ScorecardStore.isRoot(".") { return nil }
        }
        // Not where its names say: judge it by the store it lies in, if any (a link by the file it names).
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if let root = ScorecardStore.root(containing: resolved) {
            let relative = resolved.dropFirst(root.count).split(separator: "/")
            guard relative.count == 3 else {
                return ScorecardMessages.notAtStorePlace(relative.joined(separator: "/"))
            }
            return problem(resolved, strict: true)
        }
        guard inCandidateFolder || inRequisitionFolder, problem(path, strict: false) != nil else { return nil }
        return problem(resolved, strict: false)
    }

    /// The non-empty components of `path` between its `/`s. An ASCII path (the usual one) is split by its bytes, which
    /// gives the same components as splitting by characters without working out grapheme boundaries (a merge
    /// splits each card's path several times).
    static func pathComponents(_ path: String) -> [String] {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").map(String.init) }
        return path.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
    }
}
