import Foundation
import ScoringCore

/// A scored scorecard as JSON for scripts (`schema: hirescore/scorecard-result@2`, keys sorted).
package struct ScorecardJSONReport: Sendable {
    /// The language of the texts (messages, explanations).
    package var language: Language

    /// Creates a JSON renderer.
    package init(language: Language) {
        self.language = language
    }

    struct Document: Encodable {
        let schema = "hirescore/scorecard-result@2"
        let rubric: RubricReference
        let candidate: String
        let requisition: String?
        let interviewer: String
        let interviewDate: String?
        let status: String
        let sections: [Section]
        let overall: Overall
        let interviewerRecommendation: InterviewerRecommendation?

        enum CodingKeys: String, CodingKey {
            case schema, rubric, candidate, requisition, interviewer, status, sections, overall
            case interviewDate = "interview-date"
            case interviewerRecommendation = "interviewer-recommendation"
        }
    }

    struct RubricReference: Encodable {
        let id: String
        let version: Int
        let hash: String
    }

    struct Section: Encodable {
        let id: String
        let module: String
        let weight: Double
        let score: Double?
        let rated: Int
        let criteria: Int
        let ratings: [CriterionRating]
        let explanation: [String]
        let knockOuts: [FindingEntry]
        let flags: [FindingEntry]
        let observations: [String: String]?
        let outputs: [String: [String]]?

        enum CodingKeys: String, CodingKey {
            case id, module, weight, score, rated, criteria, ratings, explanation, flags, observations, outputs
            case knockOuts = "knock-outs"
        }
    }

    struct CriterionRating: Encodable {
        let criterion: String
        let rating: String
        let evidence: String?
    }

    struct FindingEntry: Encodable {
        let code: String
        let message: String
        let section: String?
    }

    struct Overall: Encodable {
        let score: Double?
        let arithmetic: String
        let rated: Int
        let criteria: Int
        let coverage: Double
        let knockOuts: [FindingEntry]
        let recommendation: String
        let reasons: [String]

        enum CodingKeys: String, CodingKey {
            case score, arithmetic, rated, criteria, coverage, recommendation, reasons
            case knockOuts = "knock-outs"
        }
    }

    struct InterviewerRecommendation: Encodable {
        let value: String
        let reason: String?
    }

    /// The JSON text, pretty-printed with sorted keys.
    package func render(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let sections = zip(rubric.sections, result.sections).map { section, sectionResult in
            Section(
                id: section.id, module: section.moduleID, weight: section.weight,
                score: sectionResult.score.map(Self.rounded),
                rated: sectionResult.ratedCount, criteria: sectionResult.criterionCount,
                ratings: section.criteria.map { criterion in
                    let entry = scorecard.entries[criterion.id]
                    return CriterionRating(
                        criterion: criterion.id, rating: entry?.rating.description ?? "n/a", evidence: entry?.evidence)
                },
                explanation: sectionResult.explanation.map { $0.text(in: language) },
                knockOuts: sectionResult.knockOuts.map {
                    FindingEntry(code: $0.code, message: $0.message.text(in: language), section: nil)
                },
                flags: sectionResult.flags.map {
                    FindingEntry(code: $0.code, message: $0.message.text(in: language), section: nil)
                },
                observations: ModuleDataLines.values(scorecard.observations[sectionResult.sectionID]),
                outputs: ModuleDataLines.outputs(sectionResult.outputs, in: language))
        }
        let overall = Overall(
            score: result.overallScore.map(Self.rounded), arithmetic: result.overallArithmetic.text(in: language),
            rated: result.ratedCount, criteria: result.criterionCount, coverage: Self.rounded(result.coverage),
            knockOuts: result.knockOuts.map {
                FindingEntry(
                    code: $0.finding.code, message: $0.finding.message.text(in: language), section: $0.sectionID)
            },
            recommendation: result.recommendation.rawValue,
            reasons: result.recommendationReasons.map { $0.text(in: language) })
        let document = Document(
            rubric: RubricReference(id: rubric.id, version: rubric.version, hash: rubric.hash),
            candidate: scorecard.candidate, requisition: scorecard.requisition, interviewer: scorecard.interviewer,
            interviewDate: scorecard.interviewDate?.description, status: scorecard.status.rawValue, sections: sections,
            overall: overall,
            interviewerRecommendation: scorecard.recommendation.map {
                InterviewerRecommendation(value: $0.value.rawValue, reason: $0.reason)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Rounds to four decimals, so JSON numbers are stable and readable.
    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
