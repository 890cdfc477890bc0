/// The kinds of file in the user's cache (``UserCache``), by the start of their names, and whether they hold copies
/// of applicants' data.
package enum CacheFileKind: String, Sendable, CaseIterable {
    /// Reports `merge`, `rank` and `calibrate` kept to write again (``ReportMemo``): applicants' data.
    case keptReport = "report-memo-"
    /// Decoded scorecards, evidence included, per store (``ScorecardIndex``): applicants' data.
    case scorecardIndex = "scorecard-index-"
    /// Rubrics in their compiled form.
    case compiledRubric = "rubric-"
    /// Where the audit log's key, override and card lines lie.
    case auditLogIndex = "audit-log-index-"
    /// Signatures already verified (key, seal and signature).
    case verifiedSignatures = "verified-signatures-"

    /// The kind of the cache file `name`; nil for a file no command writes (a leftover, or someone else's).
    package init?(name: String) {
        guard let kind = Self.allCases.first(where: { name.hasPrefix($0.rawValue) }) else { return nil }
        self = kind
    }

    /// Whether files of this kind hold copies of applicants' data (see ``UserCache/personalDataRetention``).
    package var holdsApplicantData: Bool {
        self == .keptReport || self == .scorecardIndex
    }
}
