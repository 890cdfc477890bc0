import Foundation
import Panel
import ScoringCore

extension CandidateExport {
    /// Gathers a candidate's files into export entries, folder by folder: pseudonyms are handed out in the order
    /// names are first shown, and every file that cannot be exported as a record is kept raw or said to be missing.
    struct Collector {
        let ledger: StoreLedger
        let rubrics: [Rubric]
        let registry: ModuleRegistry
        let pseudonymiseInterviewers: Bool
        let language: Language
        let signatures: CardSignatures
        /// The largest YAML file read as a scorecard.
        let limit = YAMLReader.Limits().maximumBytes
        var pseudonyms: [String: String] = [:]
        var fileNumber = 0
        var scorecards: [ScorecardEntry] = []
        var panels: [PanelEntry] = []
        var otherFiles: [OtherFile] = []
        var incomplete: [FileProblem] = []

        init(
            ledger: StoreLedger, rubrics: [Rubric], registry: ModuleRegistry, pseudonymiseInterviewers: Bool,
            language: Language
        ) {
            self.ledger = ledger
            self.rubrics = rubrics
            self.registry = registry
            self.pseudonymiseInterviewers = pseudonymiseInterviewers
            self.language = language
            signatures = CardSignatures(storeRoot: ledger.storeRoot)
        }

        /// The interviewer's name as exported: the name, or a pseudonym numbered in the order of first use.
        mutating func name(_ interviewer: String) -> String {
            guard pseudonymiseInterviewers else { return interviewer }
            if let existing = pseudonyms[interviewer] { return existing }
            let pseudonym = ExportMessages.interviewerPseudonym(pseudonyms.count + 1).text(in: language)
            pseudonyms[interviewer] = pseudonym
            return pseudonym
        }

        /// A file's path as exported: relative to the store, or a number when interviewers are pseudonymised.
        mutating func shownPath(_ path: String) -> String {
            fileNumber += 1
            return pseudonymiseInterviewers ? "-\(fileNumber)" : StoreFiles.relative(path, to: ledger.storeRoot)
        }

        /// Exports a file as it is: text when it is UTF-8 without NUL, else base64.
        mutating func include(_ path: String, bytes: [UInt8]) {
            let isText = !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
            otherFiles.append(
                OtherFile(
                    path: shownPath(path), size: bytes.count,
                    text: isText ? String(decoding: bytes, as: UTF8.self) : nil,
                    base64: isText ? nil : Data(bytes).base64EncodedString()))
        }

        /// Each sealed card's signature against the store's key list, as merge checks it.
        mutating func signature(_ scorecard: Scorecard, file: String) -> SignatureEntry? {
            guard scorecard.status == .submitted, let seal = scorecard.seal else { return nil }
            let verdict: CardSignatures.Verdict =
                scorecard.hasValidSeal
                ? signatures.verdict(
                    path: file, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer)
                : .refused(SignatureMessages.brokenSeal)
            switch verdict {
            case .signed(let signer, let keyID):
                return SignatureEntry(
                    verdict: "signed", signer: name(signer), keyID: pseudonymiseInterviewers ? nil : keyID)
            case .unsigned: return SignatureEntry(verdict: CardSignature.unsigned.code)
            case .notChecked: return SignatureEntry(verdict: CardSignature.notChecked.code)
            case .refused(let reason):
                // A pseudonymised export names nobody, in the reason neither (names, key ids).
                var text = reason.text(in: language)
                if pseudonymiseInterviewers {
                    text = text.replacingOccurrences(of: scorecard.interviewer, with: name(scorecard.interviewer))
                        .replacingOccurrences(
                            of: "ed25519:[0-9a-f]{16}", with: "ed25519:…", options: .regularExpression)
                }
                return SignatureEntry(verdict: "refused", reason: text)
            }
        }

        /// Exports every file of a candidate folder, then the panel result of its readable current cards.
        mutating func collect(_ folder: StoreFiles.CandidateFolder) {
            var readable: [String] = []
            for file in folder.files {
                collect(file: file, readable: &readable)
            }
            var merger = PanelMerger(registry: registry, includeDrafts: true)
            // The knock-outs a recorded debrief decision set aside are shown as set aside, with the reason.
            merger.overrides = (try? LedgerRecords(log: AuditLog(ledger: ledger)))?.overrides ?? [:]
            merger.signatureCheck = CardSignatures.check(files: readable)
            let report = merger.merge(files: readable, rubrics: rubrics)
            for panel in report.panels {
                panels.append(
                    PanelEntry(
                        requisition: panel.requisition,
                        score: panel.consensus.overallScore.map { ($0 * 100).rounded() / 100 },
                        recommendation: panel.consensus.recommendation.rawValue,
                        reasons: panel.consensus.recommendationReasons.map { $0.text(in: language) }))
            }
        }

        /// Exports one file: a scorecard as a record (added to `readable` when it is a current card), one that
        /// cannot be read as written or raw, anything else raw; a card about someone else is left out.
        private mutating func collect(file: String, readable: inout [String]) {
            let isYAML = file.hasSuffix(".yaml") || file.hasSuffix(".yml")
            let bytes: [UInt8]
            switch BoundedFile.read(file, limit: isYAML ? limit : StoreFiles.hashLimit) {
            case .success(let read):
                bytes = read
            case .failure(let refusal):
                incomplete.append(
                    FileProblem(
                        path: shownPath(file),
                        reason: refusal.message(limit: isYAML ? limit : StoreFiles.hashLimit).text(in: language)))
                return
            }
            guard isYAML, let header = ScorecardHeader(bytes: bytes) else {
                include(file, bytes: bytes)
                return
            }
            let relative = StoreFiles.relative(file, to: ledger.storeRoot)
            if let problem = ScorecardHeader.placementProblem(
                candidate: header.candidate, requisition: header.requisition,
                interviewer: header.interviewer, interviewerID: header.interviewerID,
                path: Amendment.cardPath(of: relative))
            {
                // Never another candidate's data: a card about someone else is left out, and said so.
                incomplete.append(
                    FileProblem(
                        path: shownPath(file),
                        reason: problem.text(in: language) + ExportMessages.notExported.text(in: language)))
                return
            }
            let loaded = ScorecardLoader().load(bytes: bytes, path: file, rubrics: rubrics)
            if let scorecard = loaded.scorecard {
                // A card an amendment superseded (or is drafting) is exported as the record it is, judged by the
                // place of the card it belongs to, and never merged beside the current card.
                if !Amendment.isKept(relative) { readable.append(file) }
                collect(scorecard, file: file, relative: relative)
            } else if let entry = CandidateExport.entry(
                fromYAML: bytes, interviewer: header.interviewer.map { name($0) })
            {
                // The scorecard is the record: without its rubric (a missing folder, an edited rubric)
                // it is exported as written, criterion ids in place of titles.
                scorecards.append(entry)
            } else {
                include(file, bytes: bytes)
                incomplete.append(
                    FileProblem(
                        path: otherFiles.last?.path ?? "-", reason: ExportMessages.exportedAsRawText.text(in: language))
                )
            }
        }

        /// Exports a scorecard read with its rubric: ratings in the rubric's order with titles, observations,
        /// recommendation, seal and signature; a refused signature also makes the export incomplete.
        private mutating func collect(_ scorecard: Scorecard, file: String, relative: String) {
            let signed = signature(scorecard, file: file)
            if scorecard.hasValidSeal, signed?.verdict == "refused", let reason = signed?.reason {
                // Loud: the card is refused, so the panel result that would rest on it is not exported.
                incomplete.append(
                    FileProblem(
                        path: shownPath(file),
                        reason: SignatureMessages.refusedInExport(LocalizedText(reason)).text(in: language)))
            }
            let rubric = rubrics.first { $0.id == scorecard.rubricID && $0.version == scorecard.rubricVersion }
            let order = rubric?.allCriteria.map(\.id) ?? scorecard.entries.keys.sorted()
            scorecards.append(
                ScorecardEntry(
                    requisition: scorecard.requisition, interviewer: name(scorecard.interviewer),
                    rubric: "\(scorecard.rubricID)@\(scorecard.rubricVersion)",
                    status: relative.contains("/" + Amendment.supersededFolder + "/")
                        ? "superseded" : scorecard.status.rawValue,
                    interviewDate: scorecard.interviewDate?.description,
                    retainUntil: scorecard.retainUntil?.description,
                    ratings: order.compactMap { id in
                        guard let entry = scorecard.entries[id] else { return nil }
                        return RatingEntry(
                            criterion: id, title: rubric?.criterion(id)?.title.text(in: language) ?? id,
                            rating: entry.rating.description, evidence: entry.evidence)
                    },
                    observations: CandidateExport.observations(of: scorecard, rubric: rubric, in: language),
                    recommendation: scorecard.recommendation?.value.rawValue,
                    reason: scorecard.recommendation?.reason, seal: scorecard.seal,
                    signature: signed))
        }

        /// The audit events about `candidate`; pseudonymised, every actor who is an interviewer gets a pseudonym
        /// and no file path is shown.
        mutating func auditEvents(of candidate: String) -> [AuditLog.Event] {
            var events = AuditLog(ledger: ledger).events().events.map(\.event).filter { $0.candidate == candidate }
            guard pseudonymiseInterviewers else { return events }
            for index in events.indices {
                // A submit event's actor is an interviewer, even one whose scorecards are gone (purged in another
                // requisition).
                if events[index].event == "submit" {
                    events[index].actor = name(events[index].actor)
                } else if let pseudonym = pseudonyms[events[index].actor] {
                    events[index].actor = pseudonym
                }
                for fileIndex in events[index].files.indices {
                    events[index].files[fileIndex].path = "-"
                }
            }
            return events
        }

        /// An actor as exported: the pseudonym when the actor is a pseudonymised interviewer, else as recorded.
        func actor(_ actor: String) -> String {
            pseudonyms[actor] ?? actor
        }
    }
}
