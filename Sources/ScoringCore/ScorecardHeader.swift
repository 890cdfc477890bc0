import Foundation
import YAML

/// The top-level facts of a scorecard file (who, whom, where, whether sealed), read without its rubric.
///
/// The records need these even when the rubric folder is missing or the rubric changed: to check that
/// every sealed scorecard has its submit event, that a card lies in its own folder, and to export it.
public struct ScorecardHeader: Sendable, Hashable {
    /// `candidate:`.
    public var candidate: String?
    /// `requisition:`.
    public var requisition: String?
    /// `interviewer:`.
    public var interviewer: String?
    /// `status:` (draft or submitted).
    public var status: String?
    /// `seal:`.
    public var seal: String?
    /// `signature:` (the interviewer's signature of the seal).
    public var signature: String?

    /// Reads the header of a scorecard's bytes; nil when they are not a YAML mapping.
    public init?(bytes: [UInt8], limits: YAMLReader.Limits = .init()) {
        guard let root = try? YAMLReader(limits: limits).read(bytes), root.mapping != nil else { return nil }
        candidate = root["candidate"]?.scalar?.text
        requisition = root["requisition"]?.scalar?.text
        interviewer = root["interviewer"]?.scalar?.text
        status = root["status"]?.scalar?.text
        seal = root["seal"]?.scalar?.text
        signature = root["signature"]?.scalar?.text
    }

    /// Reads the header of a scorecard file (a bounded read); nil when it cannot be read.
    public init?(path: String, limits: YAMLReader.Limits = .init()) {
        guard case .success(let bytes) = BoundedFile.read(path, limit: limits.maximumBytes) else { return nil }
        self.init(bytes: bytes, limits: limits)
    }

    /// Why a scorecard does not belong at `path` in a store (`STORE/REQUISITION/CANDIDATE/INTERVIEWER.yaml`),
    /// naming both what the card says and what the path says; nil when it belongs there.
    public static func placementProblem(candidate: String?, requisition: String?, interviewer: String?, path: String) -> LocalizedText? {
        let components = path.split(separator: "/").map(String.init)
        guard components.count >= 3 else { return nil }
        let fileName = components[components.count - 1]
        let folderCandidate = components[components.count - 2]
        let folderRequisition = components[components.count - 3]
        let stem = fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : fileName.hasSuffix(".yml") ? String(fileName.dropLast(4)) : fileName
        if let candidate, candidate != folderCandidate {
            return .init(en: "the scorecard is about candidate '\(candidate.shortened)' but lies in the folder of candidate '\(folderCandidate.shortened)'",
                         de: "der Bogen gilt Kandidat*in '\(candidate.shortened)', liegt aber im Ordner von '\(folderCandidate.shortened)'")
        }
        let requisitionFolder = requisition ?? ScorecardStore.unassignedRequisition
        if requisitionFolder != folderRequisition {
            return .init(en: "the scorecard is for requisition '\(requisitionFolder.shortened)' but lies in the folder of requisition '\(folderRequisition.shortened)'",
                         de: "der Bogen gehört zur Ausschreibung '\(requisitionFolder.shortened)', liegt aber im Ordner der Ausschreibung '\(folderRequisition.shortened)'")
        }
        if let interviewer, ScorecardStore.fileStem(forInterviewer: interviewer) != stem {
            return .init(en: "the scorecard is by interviewer '\(interviewer.shortened)' but lies in the file of '\(stem.shortened)'",
                         de: "der Bogen stammt von '\(interviewer.shortened)', liegt aber in der Datei von '\(stem.shortened)'")
        }
        return nil
    }

    /// ``placementProblem(candidate:requisition:interviewer:path:)`` for a file that may or may not lie in
    /// a store: in a folder named for the card's requisition, the candidate folder and the file name must
    /// fit the card (a card copied into another candidate's folder is caught); in a folder named for the
    /// card's candidate, the file name must fit its interviewer; files kept elsewhere (`score card.yaml`,
    /// a candidate folder copied out of the store) are not checked further. `audit verify`, `decide` and
    /// `export`, which know the store's root, check every card strictly.
    public static func storePlacementProblem(candidate: String, requisition: String?, interviewer: String, path: String) -> LocalizedText? {
        let components = path.split(separator: "/").map(String.init)
        guard components.count >= 3 else { return nil }
        let inRequisitionFolder = components[components.count - 3] == (requisition ?? ScorecardStore.unassignedRequisition)
        let inCandidateFolder = components[components.count - 2] == candidate
        guard inCandidateFolder || inRequisitionFolder else { return nil }
        func problem(_ path: String) -> LocalizedText? {
            inRequisitionFolder
                ? placementProblem(candidate: candidate, requisition: requisition, interviewer: interviewer, path: path)
                : placementProblem(candidate: candidate, requisition: components[components.count - 3], interviewer: interviewer, path: path)
        }
        guard problem(path) != nil else { return nil }
        // A symbolic link is judged by the file it names (resolved only here, when the path itself does not fit).
        return problem(URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
    }
}
