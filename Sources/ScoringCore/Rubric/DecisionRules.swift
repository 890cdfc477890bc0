import Foundation

/// How a weighted score, its coverage and knock-outs become a recommendation.
public struct DecisionRules: Sendable, Hashable {
    /// The lowest weighted score giving "no"; below it the recommendation is "strong no".
    public var noFrom: Double
    /// The lowest weighted score giving "yes".
    public var yesFrom: Double
    /// The lowest weighted score giving "strong yes".
    public var strongYesFrom: Double
    /// The share of criteria (0...1) that must be rated for any recommendation other than "no decision".
    public var minimumCoverage: Double
    /// The best recommendation a candidate with a knock-out can get.
    public var knockOutCap: Recommendation
    /// How a panel's ratings of one criterion combine into the consensus (`decision.consensus`, median by default).
    ///
    /// Part of the rubric, so of its hash: fixed before the interviews like every other rule.
    public var consensus: ConsensusMethod
    /// Why the thresholds sit where they do, in the scale's words (`decision.rationale`).
    public var rationale: LocalizedText?

    /// Creates decision rules.
    public init(
        noFrom: Double, yesFrom: Double, strongYesFrom: Double, minimumCoverage: Double,
        knockOutCap: Recommendation = .no, consensus: ConsensusMethod = .median, rationale: LocalizedText? = nil
    ) {
        self.noFrom = noFrom
        self.yesFrom = yesFrom
        self.strongYesFrom = strongYesFrom
        self.minimumCoverage = minimumCoverage
        self.knockOutCap = knockOutCap
        self.consensus = consensus
        self.rationale = rationale
    }

    /// The recommendation for a score alone, before coverage and knock-outs.
    public func recommendation(forScore score: Double) -> Recommendation {
        if score >= strongYesFrom { return .strongYes }
        if score >= yesFrom { return .yes }
        if score >= noFrom { return .no }
        return .strongNo
    }
}

/// A hiring recommendation: strong no, no, yes, strong yes, or no decision when the evidence is too thin.
public enum Recommendation: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Do not hire; clearly below the bar.
    case strongNo = "strong-no"
    /// Do not hire.
    case no
    /// Hire.
    case yes
    /// Hire; clearly above the bar.
    case strongYes = "strong-yes"
    /// Too little was rated to decide.
    case noDecision = "no-decision"

    private var rank: Int {
        switch self {
        case .noDecision: return -1
        case .strongNo: return 0
        case .no: return 1
        case .yes: return 2
        case .strongYes: return 3
        }
    }

    /// Reads an answer typed by a person: the ids (`strong-yes`, `no-decision`, spaces allowed for hyphens) and the
    /// German words (`ja`, `nein`, `klares ja`, `klares nein`, `keine entscheidung`), in any case.
    public init?(answer: String) {
        let normalised = answer.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(
            of: " ", with: "-")
        switch normalised {
        case "ja", "j": self = .yes
        case "nein": self = .no
        case "klares-ja": self = .strongYes
        case "klares-nein": self = .strongNo
        case "keine-entscheidung": self = .noDecision
        default: self.init(rawValue: normalised)
        }
    }

    /// Orders strong no < no < yes < strong yes; no decision sorts first.
    public static func < (lhs: Recommendation, rhs: Recommendation) -> Bool { lhs.rank < rhs.rank }

    /// The recommendation's name for people.
    public var label: LocalizedText {
        switch self {
        case .strongNo: return RubricMessages.strongNo
        case .no: return RubricMessages.no
        case .yes: return RubricMessages.yes
        case .strongYes: return RubricMessages.strongYes
        case .noDecision: return RubricMessages.noDecision
        }
    }
}
