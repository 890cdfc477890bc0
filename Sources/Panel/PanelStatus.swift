import Foundation
import ScoringCore

/// Who still owes a scorecard: per candidate, the stages and interviewers the rubric's plan expects, the
/// scorecards submitted, the drafts (and since when they were last saved), what is missing, and whether the
/// panel can be merged yet.
///
/// ```swift
/// let status = PanelStatus.compute(files: files, rubrics: catalog.rubrics, requisition: "req-7")
/// for candidate in status.candidates where !candidate.canMerge { print(candidate.candidate) }
/// ```
package struct PanelStatus: Sendable {
    /// One scorecard as the status sees it.
    package struct Card: Sendable, Hashable {
        /// The interviewer's name.
        package var interviewer: String
        /// The stage it is for (the rubric's only stage when it names none; each stage, in turn, for a scorecard of a
        /// planned rubric that names none, which rates every stage).
        package var stage: String
        /// Whether it is submitted with a valid seal.
        package var isSubmitted: Bool
        /// Whether it claims to be submitted but its seal does not match its content.
        package var hasBrokenSeal: Bool
        /// When the file was last saved.
        package var lastSaved: Date?
        /// The file.
        package var file: String
    }

    /// One stage of one candidate's panel.
    package struct Stage: Sendable, Hashable {
        /// The planned stage.
        package var stage: InterviewStage
        /// The scorecards for it.
        package var cards: [Card]
        /// How many interviewers the plan expects and have no scorecard at all yet.
        package var missingCount: Int {
            stage.isPlanned ? max(0, stage.interviewers - cards.count) : (cards.isEmpty ? 1 : 0)
        }
        /// The submitted scorecards.
        package var submitted: [Card] { cards.filter(\.isSubmitted) }
        /// The drafts (and cards with a broken seal).
        package var drafts: [Card] { cards.filter { !$0.isSubmitted } }
    }

    /// One candidate's panel.
    package struct Candidate: Sendable, Hashable {
        /// The requisition, when the scorecards name one.
        package var requisition: String?
        /// The candidate's id.
        package var candidate: String
        /// `id@version` of the rubric the scorecards are for.
        package var rubric: String
        /// The stages in plan order.
        package var stages: [Stage]
        /// Scorecards that name a stage the rubric does not plan, or a different rubric version.
        package var stray: [Card]
        /// Whether the panel can be merged: every expected scorecard is there, submitted and sealed.
        package var canMerge: Bool {
            stray.isEmpty && stages.allSatisfy { $0.missingCount == 0 && $0.drafts.isEmpty }
        }
        /// Why it cannot be merged yet, in words.
        package var blockers: [LocalizedText] {
            var reasons: [LocalizedText] = []
            var reported: Set<String> = []
            for stage in stages {
                if stage.missingCount > 0 {
                    reasons.append(
                        PanelMessages.scorecardsMissing(stage: stage.stage.id, count: stage.missingCount))
                }
                // A scorecard for every stage (enter --all-stages) is in each stage: name it once.
                for card in stage.drafts where reported.insert(card.file).inserted {
                    reasons.append(
                        card.hasBrokenSeal
                            ? PanelMessages.sealDoesNotMatch(card.interviewer)
                            : PanelMessages.draftNotSubmitted(card.interviewer))
                }
            }
            if !stray.isEmpty {
                reasons.append(
                    PanelMessages.strayScorecards(stray.count))
            }
            return reasons
        }
    }

    /// The candidates, ordered by requisition and id.
    package var candidates: [Candidate]
    /// Files that could not be read, or match no known rubric.
    package var unreadable: [String]

    /// The status of the scorecards in `files`, optionally for one requisition.
    ///
    /// - Parameter lastSaved: when a file was last saved; defaults to its modification date.
    package static func compute(
        files: [String], rubrics: [Rubric], requisition: String? = nil,
        lastSaved: (String) -> Date? = PanelStatus.modificationDate
    ) -> PanelStatus {
        let loaded = ParallelLoader.load(files, rubrics: rubrics)
        var unreadable: [String] = []
        var groups: [String: [(file: String, scorecard: Scorecard, rubric: Rubric)]] = [:]
        for (file, result) in zip(files, loaded) {
            guard let scorecard = result.scorecard, let rubric = result.rubric else {
                unreadable.append(file)
                continue
            }
            if let requisition, scorecard.requisition != requisition { continue }
            groups["\(scorecard.requisition ?? "")\u{0}\(scorecard.candidate)", default: []].append(
                (file, scorecard, rubric))
        }
        var candidates: [Candidate] = []
        for key in groups.keys.sorted() {
            guard let group = groups[key]?.sorted(by: { $0.scorecard.interviewer < $1.scorecard.interviewer }) else {
                continue
            }
            // The newest rubric version among the cards is the one the panel is planned with.
            guard let rubric = group.map(\.rubric).max(by: { $0.version < $1.version }) else { continue }
            var stages = rubric.stages.map { Stage(stage: $0, cards: []) }
            var stray: [Card] = []
            for member in group {
                let scorecard = member.scorecard
                let stageID = scorecard.stage ?? (rubric.plan.isEmpty ? InterviewStage.defaultID : nil)
                let card = Card(
                    interviewer: scorecard.interviewer, stage: stageID ?? "", isSubmitted: scorecard.hasValidSeal,
                    hasBrokenSeal: scorecard.status == .submitted && !scorecard.hasValidSeal,
                    lastSaved: lastSaved(member.file), file: member.file)
                if member.rubric.version == rubric.version, let stageID,
                    let index = stages.firstIndex(where: { $0.stage.id == stageID })
                {
                    stages[index].cards.append(card)
                } else if member.rubric.version == rubric.version, scorecard.stage == nil {
                    // No stage on a planned rubric: the interviewer rated every stage (enter --all-stages).
                    for index in stages.indices {
                        var copy = card
                        copy.stage = stages[index].stage.id
                        stages[index].cards.append(copy)
                    }
                } else {
                    stray.append(card)
                }
            }
            let first = group[0].scorecard
            candidates.append(
                Candidate(
                    requisition: first.requisition, candidate: first.candidate, rubric: rubric.reference,
                    stages: stages, stray: stray))
        }
        return PanelStatus(candidates: candidates, unreadable: unreadable.sorted())
    }

    /// The modification date of a file.
    package static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
