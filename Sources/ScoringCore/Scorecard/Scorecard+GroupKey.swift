extension Scorecard {
    /// The key a merge groups scorecards by: the requisition ("" for none), a NUL, and the candidate id. Candidates
    /// are ordered by it in every report.
    package var groupKey: String { Self.groupKey(requisition: requisition, candidate: candidate) }

    /// The group key of a candidate of a requisition (see ``groupKey``).
    package static func groupKey(requisition: String?, candidate: String) -> String {
        "\(requisition ?? "")\u{0}\(candidate)"
    }
}
