import ScoringCore

extension RecordSession {
    /// The Art. 15 export of `candidate`, collected under the store's lock and logged before anything is
    /// disclosed.
    ///
    /// Holding the store-wide lock means no decision, hold or purge is half applied while the candidate's
    /// files and records are read (one that was interrupted is completed when the session opens), and the
    /// `export` event is chained like every other record-changing event. An export the log cannot record
    /// does not happen: the error is thrown before the document is returned.
    ///
    /// - Parameter format: the format the export is disclosed in (`json`, `markdown`, `html`), logged.
    public func export(
        candidate: String, registry: ModuleRegistry, pseudonymiseInterviewers: Bool, format: String,
        language: Language, today: CalendarDate, actor: String
    ) throws(StoreLedger.LedgerError) -> CandidateExport {
        let export: CandidateExport
        do {
            export = try CandidateExport(
                candidate: candidate, ledger: ledger, rubrics: rubrics, registry: registry,
                pseudonymiseInterviewers: pseudonymiseInterviewers, language: language, today: today)
        } catch {
            throw .init(message: error.message)
        }
        try commit(
            .init(
                event: AuditLog.EventKind.export, actor: actor, candidate: candidate,
                details: ["format": format, "pseudonymised": String(pseudonymiseInterviewers)]),
            step: "export")
        return export
    }
}
