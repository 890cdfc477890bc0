import Foundation
import Panel
import ScoringCore

/// A merge as JSON for scripts (`schema: hirescore/panel-result@3`, keys sorted).
package struct PanelJSONReport: Sendable {
    /// The language of texts inside the JSON (explanations, messages).
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    struct Document: Encodable {
        let schema = "hirescore/panel-result@3"
        let candidates: [Candidate]
        let requisitions: [RequisitionAgreement]
        let files: Files
    }

    struct Files: Encodable {
        let read: [String]
        let merged: [String]
        let refused: [Refusal]
    }

    struct Refusal: Encodable {
        let code: String
        let message: String
        let files: [String]
        let candidate: String?
    }

    struct RequisitionAgreement: Encodable {
        let requisition: String?
        let agreement: AgreementJSON
    }

    struct Candidate: Encodable {
        let candidate: String
        let requisition: String?
        let rubric: RubricJSON
        let consensusMethod: String
        let rubricConsensusMethod: String
        let whatIf: Bool
        let raters: [RaterJSON]
        let criteria: [CriterionJSON]
        let sections: [SectionJSON]
        let score: Double?
        let arithmetic: String
        let coverage: Double
        let recommendation: String
        let reasons: [String]
        let knockOuts: [KnockOutJSON]
        let reportedKnockOuts: [ReportedJSON]
        let knockOutLines: [KnockOutLineJSON]
        let whoSaidWhat: [ViewJSON]
        let agreement: SpreadJSON
        let discuss: [String]
        let gaps: [String]
        /// Only for a rubric with an interview plan.
        var missingStages: [String]? = nil
        /// Only for a rubric with an interview plan.
        var notCovered: [String]? = nil

        enum CodingKeys: String, CodingKey {
            case candidate, requisition, rubric, raters, criteria, sections, score, arithmetic, coverage,
                recommendation, reasons, agreement, discuss, gaps
            case missingStages = "missing-stages"
            case notCovered = "not-covered-by-a-stage"
            case consensusMethod = "consensus-method"
            case rubricConsensusMethod = "rubric-consensus-method"
            case whatIf = "what-if"
            case knockOutLines = "knock-out-lines"
            case knockOuts = "knock-outs"
            case reportedKnockOuts = "reported-knock-outs"
            case whoSaidWhat = "who-said-what"
        }
    }

    struct RubricJSON: Encodable {
        let id: String
        let version: Int
        let hash: String
    }

    struct RaterJSON: Encodable {
        let interviewer: String
        let file: String
        let draft: Bool
        let interviewDate: String?
        var stage: String? = nil
        /// Who signed the card; absent for a draft.
        var signature: SignatureJSON? = nil

        enum CodingKeys: String, CodingKey {
            case interviewer, file, draft, stage, signature
            case interviewDate = "interview-date"
        }
    }

    /// A scorecard's signature: `status` (`signed`, `unsigned-v1`, `not-checked`), and for a signed card the
    /// registered `signer` and `key-id`.
    struct SignatureJSON: Encodable {
        let status: String
        let signer: String?
        let keyID: String?

        init(_ signature: CardSignature) {
            status = signature.code
            signer = signature.signerName
            keyID = signature.keyID
        }

        enum CodingKeys: String, CodingKey {
            case status, signer
            case keyID = "key-id"
        }
    }

    /// What several panels' scorecards rest on (rank, calibrate): counts, and with `naming` the signers and files.
    struct SignaturesJSON: Encodable {
        let scorecards: Int
        let signed: Int
        let unsigned: Int
        let notChecked: Int
        let signers: [SignerJSON]?
        let unsignedCards: [CardJSON]?
        let notCheckedCards: [CardJSON]?

        init(_ summary: SignatureSummary, naming: Bool) {
            scorecards = summary.scorecards
            signed = summary.signedCount
            unsigned = summary.unsigned.count
            notChecked = summary.notChecked.count
            signers =
                naming
                ? summary.signers.map { SignerJSON(name: $0.name, keyID: $0.keyID, scorecards: $0.scorecards) } : nil
            let card = { (card: SignatureSummary.Card) in
                CardJSON(candidate: card.candidate, interviewer: card.interviewer, file: card.file)
            }
            unsignedCards = naming && !summary.unsigned.isEmpty ? summary.unsigned.map(card) : nil
            notCheckedCards = naming && !summary.notChecked.isEmpty ? summary.notChecked.map(card) : nil
        }

        enum CodingKeys: String, CodingKey {
            case scorecards, signed, signers
            case unsigned = "unsigned-v1"
            case notChecked = "not-checked"
            case unsignedCards = "unsigned-v1-scorecards"
            case notCheckedCards = "not-checked-scorecards"
        }
    }

    /// A scorecard in a signature summary: candidate, interviewer, file.
    struct CardJSON: Encodable {
        let candidate: String
        let interviewer: String
        let file: String
    }

    /// One signer: name, key id and how many scorecards the key signed.
    struct SignerJSON: Encodable {
        let name: String
        let keyID: String
        let scorecards: Int

        enum CodingKeys: String, CodingKey {
            case name, scorecards
            case keyID = "key-id"
        }
    }

    struct CriterionJSON: Encodable {
        let criterion: String
        let section: String
        let ratings: [String]
        let median: Double?
        let mean: Double?
        let range: Double?
        let consensus: Double?
        let discuss: Bool
        let gap: Bool
    }

    struct SectionJSON: Encodable {
        let id: String
        let score: Double?
        let explanation: [String]
        let flags: [String]
        let observations: [String: String]?
        let outputs: [String: [String]]?

        enum CodingKeys: String, CodingKey {
            case id, score, explanation, flags, observations, outputs
        }
    }

    struct KnockOutJSON: Encodable {
        let section: String
        let code: String
        let message: String
    }

    struct KnockOutLineJSON: Encodable {
        let id: String
        let section: String
        let status: String
        let text: String
    }

    struct ReportedJSON: Encodable {
        let id: String
        let section: String
        let code: String
        let subject: String?
        let reportedBy: [String]
        let needed: Int
        let stands: Bool
        let overrideReason: String?
        let rationale: String?

        enum CodingKeys: String, CodingKey {
            case id, section, code, subject, needed, stands, rationale
            case overrideReason = "override-reason"
            case reportedBy = "reported-by"
        }
    }

    struct ViewJSON: Encodable {
        let interviewer: String
        let recommendation: String?
        let reason: String?
        let ownScore: Double?
        let byTheRules: String
        let consistencyNote: String?

        enum CodingKeys: String, CodingKey {
            case interviewer, recommendation, reason
            case ownScore = "own-score"
            case byTheRules = "by-the-rules"
            case consistencyNote = "consistency-note"
        }
    }

    /// The agreement statistics of a requisition.
    struct AgreementJSON: Encodable {
        let raters: Int
        let candidates: Int?
        let units: Int
        let metric = KrippendorffAlpha.Metric.ordinal.rawValue
        let alphaOrdinal: Double?
        let alphaOrdinalLow: Double?
        let alphaOrdinalHigh: Double?
        let alphaInterval: Double?
        let alphaMissing: String?
        let reading: String?
        let icc21: Double?
        let icc2k: Double?
        let iccRaters: Int?
        let iccUnits: Int?
        let iccMissing: String?
        let bootstrap: BootstrapJSON?
        let notes: [String]
        let criteria: [CriterionReliabilityReport.JSON]?

        enum CodingKeys: String, CodingKey {
            case raters, candidates, units, metric, reading, bootstrap, notes, criteria
            case alphaOrdinal = "alpha-ordinal"
            case alphaOrdinalLow = "alpha-ordinal-low"
            case alphaOrdinalHigh = "alpha-ordinal-high"
            case alphaInterval = "alpha-interval"
            case alphaMissing = "alpha-missing"
            case icc21 = "icc-2-1"
            case icc2k = "icc-2-k"
            case iccRaters = "icc-raters"
            case iccUnits = "icc-units"
            case iccMissing = "icc-missing"
        }
    }

    /// How the bootstrap interval was drawn, so that it can be reproduced.
    struct BootstrapJSON: Encodable {
        let resamples: Int
        let seed: UInt64
    }

    /// The spread of one candidate's panel.
    struct SpreadJSON: Encodable {
        let raters: Int
        let criteriaCompared: Int
        let withinOneLevel: Int
        let withinOneLevelShare: Double?
        let notCompared: Int
        let rangeTwoOrMore: [String]
        let notes: [String]

        enum CodingKeys: String, CodingKey {
            case raters, notes
            case criteriaCompared = "criteria-compared"
            case withinOneLevel = "within-one-level"
            case withinOneLevelShare = "within-one-level-share"
            case notCompared = "not-compared"
            case rangeTwoOrMore = "range-two-or-more"
        }
    }

    func agreement(_ value: PanelResult.Agreement) -> AgreementJSON {
        let shown = Self.shown
        return AgreementJSON(
            raters: value.raterCount, candidates: value.candidateCount, units: value.unitCount,
            alphaOrdinal: value.alphaOrdinal.map(shown),
            alphaOrdinalLow: value.alphaOrdinal95.map { shown($0.lowerBound) },
            alphaOrdinalHigh: value.alphaOrdinal95.map { shown($0.upperBound) },
            alphaInterval: value.alphaInterval.map(shown),
            alphaMissing: value.alphaMissing?.rawValue, reading: value.reading?.rawValue,
            icc21: value.icc.map { shown($0.single) }, icc2k: value.icc.map { shown($0.average) },
            iccRaters: value.icc == nil ? nil : value.iccRaterCount,
            iccUnits: value.icc == nil ? nil : value.iccUnitCount,
            iccMissing: value.iccMissing?.rawValue,
            bootstrap: value.alphaOrdinal95 == nil
                ? nil
                : BootstrapJSON(resamples: KrippendorffAlpha.defaultResamples, seed: KrippendorffAlpha.defaultSeed),
            notes: value.notes.map { $0.text(in: language) },
            criteria: value.criteria.isEmpty ? nil : CriterionReliabilityReport.json(value.criteria))
    }

    func spread(_ panel: PanelResult) -> SpreadJSON {
        let spread = panel.spread
        let text = PanelTextReport(language: language).spreadText(panel)
        return SpreadJSON(
            raters: spread.raterCount, criteriaCompared: spread.comparedCount,
            withinOneLevel: spread.withinOneLevelCount,
            withinOneLevelShare: spread.withinOneLevelShare.map(Self.rounded), notCompared: spread.notComparedCount,
            rangeTwoOrMore: spread.wideCriteria, notes: spread.withinOneLevelShare == nil ? [text] : [])
    }

    func candidate(_ panel: PanelResult) -> Candidate {
        let consensus = panel.consensus
        return Candidate(
            candidate: panel.candidate, requisition: panel.requisition,
            rubric: RubricJSON(id: panel.rubric.id, version: panel.rubric.version, hash: panel.rubric.hash),
            consensusMethod: panel.method.rawValue, rubricConsensusMethod: panel.rubric.decision.consensus.rawValue,
            whatIf: panel.isWhatIf,
            raters: panel.raters.map {
                RaterJSON(
                    interviewer: $0.interviewer, file: $0.file, draft: $0.isDraft,
                    interviewDate: $0.interviewDate?.description, stage: $0.stage,
                    signature: $0.signature.map(SignatureJSON.init))
            },
            criteria: panel.rows.map { row in
                CriterionJSON(
                    criterion: row.criterionID, section: row.sectionID, ratings: row.ratings.map(\.description),
                    median: row.median.map(Self.rounded), mean: row.mean.map(Self.rounded),
                    range: row.range.map(Self.rounded),
                    consensus: row.consensus.map(Self.rounded), discuss: row.needsDiscussion, gap: row.isGap)
            },
            sections: consensus.sections.map { section in
                SectionJSON(
                    id: section.sectionID, score: section.score.map(Self.rounded),
                    explanation: section.explanation.map { $0.text(in: language) },
                    flags: section.flags.map { $0.message.text(in: language) },
                    observations: ModuleDataLines.values(panel.consensusObservations[section.sectionID]),
                    outputs: ModuleDataLines.outputs(section.outputs, in: language))
            },
            score: consensus.overallScore.map(Self.rounded), arithmetic: consensus.overallArithmetic.text(in: language),
            coverage: Self.rounded(consensus.coverage), recommendation: consensus.recommendation.rawValue,
            reasons: consensus.recommendationReasons.map { $0.text(in: language) },
            knockOuts: consensus.knockOuts.map {
                KnockOutJSON(
                    section: $0.sectionID, code: $0.finding.code, message: $0.finding.message.text(in: language))
            },
            reportedKnockOuts: panel.reportedKnockOuts.map {
                ReportedJSON(
                    id: $0.id, section: $0.sectionID, code: $0.code, subject: $0.subject,
                    reportedBy: $0.reports.map(\.interviewer),
                    needed: $0.needed, stands: $0.stands, overrideReason: $0.override?.reason,
                    rationale: $0.rationale?.text(in: language))
            },
            knockOutLines: panel.knockOutLines.map {
                KnockOutLineJSON(
                    id: $0.id, section: $0.sectionID, status: $0.status.rawValue, text: $0.text.text(in: language))
            },
            whoSaidWhat: panel.views.map { view in
                ViewJSON(
                    interviewer: view.interviewer, recommendation: view.ownRecommendation?.rawValue,
                    reason: view.reason,
                    ownScore: view.ownScore.map(Self.rounded),
                    byTheRules: view.byTheRules.rawValue,
                    consistencyNote: view.consistencyNote?.text(in: language))
            },
            agreement: spread(panel), discuss: panel.discussion, gaps: panel.gaps,
            missingStages: panel.rubric.plan.isEmpty ? nil : panel.missingStages.map(\.id),
            notCovered: panel.rubric.plan.isEmpty ? nil : panel.criteriaNoStageCovered)
    }

    /// The JSON text of a merge.
    package func render(_ report: PanelMerger.Report) -> String {
        var out = ""
        write(report) { out += $0 }
        return out
    }

    /// The JSON text of a merge piece by piece, in order (see ``ReportPieces``): each candidate's object is encoded
    /// on its own, a slice at a time, and indented to its place in the `candidates` array; then the rest of the
    /// document. The pieces joined are the text that encoding the whole document at once gives (keys sorted:
    /// `candidates` comes first).
    package func write(_ report: PanelMerger.Report, to emit: (String) -> Void) {
        let requisitions = report.requisitionAgreement.sorted { $0.key < $1.key }.map {
            RequisitionAgreement(requisition: $0.key.isEmpty ? nil : $0.key, agreement: agreement($0.value))
        }
        let files = Files(
            read: report.filesRead, merged: report.filesMerged,
            refused: report.problems.map {
                Refusal(code: $0.code, message: $0.message.text(in: language), files: $0.files, candidate: $0.candidate)
            })
        guard !report.panels.isEmpty else {
            emit(JSONOutput.encode(Document(candidates: [], requisitions: requisitions, files: files)))
            return
        }
        emit("{\n  \"candidates\" : [\n")
        ReportPieces.candidates(report.panels, separator: ",\n", emit: emit) { _, panel in
            Self.indented(JSONOutput.encode(candidate(panel)), by: 4)
        }
        // The rest of the document without its opening brace: `files`, `requisitions` and `schema`, in that order.
        let rest = JSONOutput.encode(Rest(requisitions: requisitions, files: files))
        emit("\n  ],\n" + rest.dropFirst(2))
    }

    /// The document's members after `candidates`.
    struct Rest: Encodable {
        let schema = "hirescore/panel-result@3"
        let requisitions: [RequisitionAgreement]
        let files: Files
    }

    /// `json` (pretty-printed, so without line breaks inside its strings) with every line indented by `spaces`; empty
    /// lines (inside an empty array or object) stay empty, as the encoder writes them at any depth.
    static func indented(_ json: String, by spaces: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count * 5 / 4)
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
        var atLineStart = true
        for byte in json.utf8 {
            if atLineStart && byte != UInt8(ascii: "\n") { bytes += indent }
            bytes.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` to four decimals; never `-0` (a small negative value rounds to plain 0).
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 + 0 }

    /// An agreement statistic as the reports show it, to three decimals (its reading is of this value); never `-0`.
    static func shown(_ value: Double) -> Double { (value * 1_000).rounded() / 1_000 + 0 }
}

/// Stable JSON text: pretty-printed, keys sorted, slashes unescaped.
package enum JSONOutput {
    /// Encodes a value.
    package static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
