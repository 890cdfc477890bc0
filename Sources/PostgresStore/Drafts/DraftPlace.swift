/// Where a draft belongs in a store: a candidate's panel in a requisition, and the interviewer whose card it is.
package struct DraftPlace: Sendable, Hashable {
    /// The requisition (``ScoringCore/ScorecardStore/unassignedRequisition`` for none).
    package var requisition: String
    /// The candidate.
    package var candidate: String
    /// The interviewer's id, which names the card (`ID.yaml`).
    package var interviewerID: String

    /// Creates a draft's place.
    package init(requisition: String, candidate: String, interviewerID: String) {
        self.requisition = requisition
        self.candidate = candidate
        self.interviewerID = interviewerID
    }

    /// The card's file name.
    package var fileName: String { interviewerID + ".yaml" }

    /// The card's path inside a store: `REQUISITION/CANDIDATE/ID.yaml`.
    package var relativePath: String { requisition + "/" + candidate + "/" + fileName }
}
