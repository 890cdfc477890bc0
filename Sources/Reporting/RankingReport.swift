import Panel
import ScoringCore

/// A ranking as terminal text or JSON (`schema: hirescore/ranking@2`).
package struct RankingReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The text table: ranked candidates, then knock-outs and no-decisions apart.
    package func text(_ ranking: Ranking) -> String {
        var out = ""
        // Candidates of more than one requisition (no --requisition): say which job each was interviewed for.
        let showRequisition =
            Set((ranking.ranked + ranking.knockedOut + ranking.noDecision).map { $0.requisition ?? "" }).count > 1
        func requisition(_ entry: Ranking.Entry) -> String {
            showRequisition ? "  (\(entry.requisition ?? "–"))" : ""
        }
        typealias M = ReportMessages
        var header = [
            M.rankColumn, M.candidateColumn, M.scoreColumn, M.recommendationColumn, M.ratersColumn, M.coverageColumn,
            M.withinOneLevelColumn,
        ].map { $0.text(in: language) }
        if showRequisition { header.insert(M.requisitionColumn.text(in: language), at: 2) }
        func row(_ entry: Ranking.Entry, rank: String) -> [String] {
            var cells = [
                rank, entry.candidate, entry.score.map { Format.fixed($0, language: language) } ?? "–",
                entry.recommendation.label.text(in: language), String(entry.raters),
                Format.percent(entry.coverage, language: language),
                entry.withinOneLevel.map { Format.percent($0, language: language) } ?? "–",
            ]
            if showRequisition { cells.insert(entry.requisition ?? "–", at: 2) }
            return cells
        }
        out += table(header, ranking.ranked.map { row($0, rank: $0.isTied ? "=\($0.rank)" : String($0.rank)) })
        if ranking.ranked.contains(where: \.isTied) {
            out += M.tied.text(in: language) + "\n"
        }
        if !ranking.knockedOut.isEmpty {
            out += "\n" + M.withKnockOut.text(in: language) + ":\n"
            for entry in ranking.knockedOut {
                out +=
                    "  \(entry.candidate)\(requisition(entry))  "
                    + "\(entry.score.map { Format.fixed($0, language: language) } ?? "–")  "
                    + entry.knockOuts.map { $0.text(in: language) }.joined(separator: "; ") + "\n"
            }
        }
        if !ranking.noDecision.isEmpty {
            out += "\n" + M.noDecisionTooLittleRated.text(in: language) + ":\n"
            for entry in ranking.noDecision {
                out +=
                    "  \(entry.candidate)\(requisition(entry))  \(M.coverageColumn.text(in: language)) "
                    + "\(Format.percent(entry.coverage, language: language))\n"
            }
        }
        if ranking.ranked.isEmpty && ranking.knockedOut.isEmpty && ranking.noDecision.isEmpty {
            out += M.noCandidates.text(in: language) + "\n"
        } else {
            out +=
                "\n" + SignatureMessages.heading.text(in: language) + ": "
                + ranking.signatures.line.text(in: language).singleLine + "\n"
        }
        return out
    }

    struct Document: Encodable {
        let schema = "hirescore/ranking@2"
        let requisition: String?
        let ranked: [EntryJSON]
        let knockedOut: [EntryJSON]
        let noDecision: [EntryJSON]
        let signatures: PanelJSONReport.SignaturesJSON

        enum CodingKeys: String, CodingKey {
            case schema, requisition, ranked, signatures
            case knockedOut = "knocked-out"
            case noDecision = "no-decision"
        }
    }

    struct EntryJSON: Encodable {
        let rank: Int?
        let tied: Bool
        let candidate: String
        let requisition: String?
        let score: Double?
        let recommendation: String
        let raters: Int
        let coverage: Double
        let withinOneLevel: Double?
        let knockOuts: [String]

        enum CodingKeys: String, CodingKey {
            case rank, tied, candidate, requisition, score, recommendation, raters, coverage
            case withinOneLevel = "within-one-level"
            case knockOuts = "knock-outs"
        }
    }

    /// The JSON text.
    package func json(_ ranking: Ranking) -> String {
        JSONOutput.encode(document(ranking))
    }

    func document(_ ranking: Ranking) -> Document {
        func entry(_ entry: Ranking.Entry, ranked: Bool) -> EntryJSON {
            EntryJSON(
                rank: ranked ? entry.rank : nil, tied: entry.isTied, candidate: entry.candidate,
                requisition: entry.requisition,
                score: entry.score.map(PanelJSONReport.rounded), recommendation: entry.recommendation.rawValue,
                raters: entry.raters,
                coverage: PanelJSONReport.rounded(entry.coverage),
                withinOneLevel: entry.withinOneLevel.map(PanelJSONReport.rounded),
                knockOuts: entry.knockOuts.map { $0.text(in: language) })
        }
        return Document(
            requisition: ranking.requisition, ranked: ranking.ranked.map { entry($0, ranked: true) },
            knockedOut: ranking.knockedOut.map { entry($0, ranked: false) },
            noDecision: ranking.noDecision.map { entry($0, ranked: false) },
            signatures: .init(ranking.signatures, naming: true))
    }

    struct Collection: Encodable {
        let schema = "hirescore/rankings@1"
        let requisitions: [Document]
    }

    /// The JSON text of one ranking per requisition (`hirescore/rankings@1`): each element a
    /// `hirescore/ranking@2` object.
    package func json(_ rankings: [Ranking]) -> String {
        JSONOutput.encode(Collection(requisitions: rankings.map(document)))
    }

    func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in index == cells.count - 1 ? cell : cell.padded(to: widths[index]) }
                .joined(separator: "  ")
        }
        return
            ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line))
            .joined(separator: "\n") + "\n"
    }
}
