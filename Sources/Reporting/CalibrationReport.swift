import Panel
import ScoringCore

/// Interviewer calibration as terminal text or JSON (`schema: hirescore/calibration@1`).
package struct CalibrationReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The text table with its legend.
    package func text(_ calibration: Calibration) -> String {
        let header = ReportMessages.calibrationColumns.map { $0.text(in: language) }
        let rows = calibration.interviewers.map { interviewer -> [String] in
            [
                interviewer.label.singleLine, String(interviewer.scorecards),
                interviewer.meanDeviation.map { signed($0) } ?? "–",
                interviewer.interval.map { "[\(signed($0.lowerBound)), \(signed($0.upperBound))]" } ?? "–",
                tendency(interviewer.tendency),
                interviewer.middleShare.map { Format.percent($0, language: language) } ?? "–",
                interviewer.spreadWithin.map { Format.fixed($0, language: language) } ?? "–",
                Format.percent(interviewer.notAssessedShare, language: language),
            ]
        }
        var out = RankingReport(language: language).table(header, rows)
        out +=
            "\n" + ReportMessages.calibrationTextLegend(minimumForName: calibration.minimumForName).text(in: language)
        if calibration.signatures.scorecards > 0 {
            out +=
                SignatureMessages.heading.text(in: language) + ": "
                + calibration.signatures.countsLine.text(in: language) + ".\n"
        }
        for (requisition, criteria) in calibration.criterionReliability
        where CriterionReliabilityReport.hasValues(criteria) {
            out += "\n" + CriterionReliabilityReport(language: language).text(requisition, criteria)
        }
        return out
    }

    func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + Format.fixed(value, language: language)
    }

    func tendency(_ value: Calibration.Tendency) -> String {
        switch (value, language) {
        case (.lenient, .en): return "lenient"
        case (.lenient, .de): return "milde"
        case (.severe, .en): return "severe"
        case (.severe, .de): return "streng"
        case (.inLine, .en): return "in line"
        case (.inLine, .de): return "im Rahmen"
        case (.unclear, .en): return "unclear"
        case (.unclear, .de): return "unklar"
        }
    }

    struct Document: Encodable {
        let schema = "hirescore/calibration@1"
        let minimumForName: Int
        let interviewers: [InterviewerJSON]
        let signatures: PanelJSONReport.SignaturesJSON
        let requisitions: [RequisitionJSON]

        enum CodingKeys: String, CodingKey {
            case schema, interviewers, signatures, requisitions
            case minimumForName = "minimum-for-name"
        }
    }

    /// A requisition's reliability per criterion.
    struct RequisitionJSON: Encodable {
        let requisition: String?
        let criteria: [CriterionReliabilityReport.JSON]
    }

    struct InterviewerJSON: Encodable {
        let label: String
        let named: Bool
        let scorecards: Int
        let meanDeviation: Double?
        let intervalLow: Double?
        let intervalHigh: Double?
        let tendency: String
        let middleShare: Double?
        let spreadWithin: Double?
        let notAssessedShare: Double

        enum CodingKeys: String, CodingKey {
            case label, named, scorecards, tendency
            case meanDeviation = "mean-deviation"
            case intervalLow = "interval-low"
            case intervalHigh = "interval-high"
            case middleShare = "middle-share"
            case spreadWithin = "spread-within"
            case notAssessedShare = "n/a-share"
        }
    }

    /// The JSON text.
    package func json(_ calibration: Calibration) -> String {
        let round = PanelJSONReport.rounded
        return JSONOutput.encode(
            Document(
                minimumForName: calibration.minimumForName,
                interviewers: calibration.interviewers.map {
                    InterviewerJSON(
                        label: $0.label, named: $0.isNamed, scorecards: $0.scorecards,
                        meanDeviation: $0.meanDeviation.map(round),
                        intervalLow: $0.interval.map { round($0.lowerBound) },
                        intervalHigh: $0.interval.map { round($0.upperBound) },
                        tendency: $0.tendency.rawValue, middleShare: $0.middleShare.map(round),
                        spreadWithin: $0.spreadWithin.map(round),
                        notAssessedShare: round($0.notAssessedShare))
                }, signatures: .init(calibration.signatures, naming: false),
                requisitions: calibration.criterionReliability.map {
                    RequisitionJSON(
                        requisition: $0.requisition.isEmpty ? nil : $0.requisition,
                        criteria: CriterionReliabilityReport.json($0.criteria))
                }))
    }
}
