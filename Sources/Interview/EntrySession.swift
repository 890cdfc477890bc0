import Foundation
import Reporting
import ScoringCore

/// The guided entry of one interviewer's ratings for one candidate: criterion by criterion, with the
/// questions and anchors shown, evidence where needed, then the result, the interviewer's own
/// recommendation, a review and submission.
///
/// Every answer is handed to ``save`` at once, so an interruption loses at most the answer being
/// typed. In a terminal the session resumes at the first unanswered item; a scripted session
/// (answers from a file or a pipe) walks every prompt from the start and stops at the first
/// invalid answer, keeping the valid ones before it.
public final class EntrySession {
    /// How a session ended.
    public enum Outcome: Sendable, Hashable {
        /// Submitted and sealed.
        case submitted(seal: String)
        /// The interviewer chose to save and quit (`q`, or `n` at the review).
        case savedAndQuit
        /// The input ended before submission; the draft is saved.
        case endOfInput
        /// A scripted answer was invalid; the message names it.
        case invalidAnswer(String)
        /// Submission was refused: required items are missing (listed).
        case submissionRefused([String])
        /// Saving failed; the message says why. Nothing half-written is left behind.
        case saveFailed(String)
    }

    /// One step of the flow.
    enum Item: Hashable {
        case criterion(sectionIndex: Int, id: String)
        case observation(sectionIndex: Int, request: ObservationRequest)
        case recommendation
        case reason
        case review
    }

    /// The rubric being scored, restricted to the scorecard's stage when it names one.
    public let rubric: Rubric
    /// The scorecard as entered so far.
    public internal(set) var scorecard: Scorecard
    let registry: ModuleRegistry
    let console: EntryConsole
    let language: Language
    let scripted: Bool
    /// The terminal layout; nil for unwrapped output (scripted runs, pipes).
    var screen: EntryScreen?
    /// The terminal's current width, asked before every item so that a resized window is followed.
    let currentWidth: (() -> Int)?
    let save: (Scorecard) throws -> Void
    let now: () -> Date
    var items: [Item] = []
    private var answerCount = 0

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - scorecard: the draft to continue (a new one has no entries).
    ///   - shuffle: present the criteria of each section in random order (recorded in the scorecard); ignored when
    ///     the draft already has an order.
    ///   - scripted: answers come from a file or pipe: walk every prompt from the start, stop at the first invalid
    ///     answer.
    ///   - screen: the terminal layout (wrapping, compact anchors, bold); nil writes unwrapped text, as for a file
    ///     or pipe.
    ///   - currentWidth: the terminal's width now, asked before every item (a window can be resized); nil keeps the
    ///     screen's.
    ///   - save: writes the scorecard (atomically); called after every answer.
    public init(
        rubric: Rubric, registry: ModuleRegistry, scorecard: Scorecard, console: EntryConsole, language: Language,
        shuffle: Bool = false, scripted: Bool, screen: EntryScreen? = nil, currentWidth: (() -> Int)? = nil,
        now: @escaping () -> Date = Date.init,
        save: @escaping (Scorecard) throws -> Void
    ) {
        // A scorecard for one stage of the plan shows, scores and requires only that stage's criteria.
        self.rubric = scorecard.view(of: rubric)
        self.registry = registry
        self.scorecard = scorecard
        self.console = console
        self.language = language
        self.scripted = scripted
        self.screen = screen
        self.currentWidth = currentWidth
        self.save = save
        self.now = now
        if self.scorecard.order.isEmpty {
            self.scorecard.order = EntrySession.criterionOrder(of: self.rubric, shuffled: shuffle)
        }
        // Criteria with alternate questions: the variant for this candidate, recorded once (a resumed draft keeps it).
        for criterion in self.rubric.allCriteria
        where criterion.variantCount > 1 && self.scorecard.questionVariants[criterion.id] == nil {
            self.scorecard.questionVariants[criterion.id] = criterion.variant(for: self.scorecard.candidate)
        }
        items = buildItems()
    }

    /// The criterion ids in the order to show them: sections in rubric order, criteria in rubric order or shuffled.
    static func criterionOrder(of rubric: Rubric, shuffled: Bool) -> [String] {
        rubric.sections.flatMap { section in
            let ids = section.criteria.map(\.id)
            return shuffled ? ids.shuffled() : ids
        }
    }

    private func buildItems() -> [Item] {
        var result: [Item] = []
        let shown = scorecard.order
        for (sectionIndex, section) in rubric.sections.enumerated() where !section.criteria.isEmpty {
            let ids = section.criteria.map(\.id)
            let ordered = shown.filter { ids.contains($0) } + ids.filter { !shown.contains($0) }
            result += ordered.map { .criterion(sectionIndex: sectionIndex, id: $0) }
            result += section.observations.map { .observation(sectionIndex: sectionIndex, request: $0) }
        }
        return result + [.recommendation, .reason, .review]
    }

    /// Runs the session until submission, quitting, end of input or an invalid scripted answer.
    public func run() -> Outcome {
        if let failure = persist() { return failure }
        var index = scripted ? 0 : firstIncompleteIndex()
        if !scripted && index > 0 && index < items.count {
            say(
                EntryMessages.resuming(at: index + 1, of: items.count))
        }
        // Set when the interviewer jumps from the review to an item: once it is answered, back to the review.
        var returnToReview = false
        while index < items.count {
            if let currentWidth, let old = screen {
                screen = EntryScreen(width: currentWidth(), height: old.height, bold: old.bold)
            }
            let step: StepResult
            switch items[index] {
            case .criterion(let sectionIndex, let id):
                step = askCriterion(sectionIndex: sectionIndex, id: id, position: index)
            case .observation(let sectionIndex, let request):
                step = askObservation(sectionIndex: sectionIndex, request: request, position: index)
            case .recommendation:
                step = askRecommendation()
            case .reason:
                step = askReason()
            case .review:
                step = askReview()
            }
            switch step {
            case .next:
                index = returnToReview ? items.count - 1 : index + 1
                returnToReview = false
            case .back:
                index = max(0, index - 1)
                returnToReview = false
            case .again: break
            case .jump(let target):
                say(EntryMessages.changingItem(target + 1))
                index = target
                returnToReview = true
            case .finished(let outcome): return outcome
            }
        }
        return .savedAndQuit
    }

    enum StepResult {
        case next
        case back
        /// Ask the same item again.
        case again
        /// From the review to the item at this index; after it, back to the review.
        case jump(Int)
        case finished(Outcome)
    }

    /// The first item not yet answered (the review when everything is).
    func firstIncompleteIndex() -> Int {
        for (index, item) in items.enumerated() {
            switch item {
            case .criterion(_, let id):
                guard let entry = scorecard.entries[id] else { return index }
                if evidenceRequired(for: id, rating: entry.rating)
                    && !EntryMessages.isSentence(entry.evidence ?? "", minimum: rubric.evidenceMinimum)
                {
                    return index
                }
            case .observation(let sectionIndex, let request):
                if scorecard.observation(request.id, in: rubric.sections[sectionIndex].id) == nil { return index }
            case .recommendation:
                if scorecard.recommendation == nil { return index }
            case .reason:
                if (scorecard.recommendation?.reason ?? "").isEmpty { return index }
            case .review:
                return index
            }
        }
        return items.count - 1
    }

    // MARK: Answers

    /// Reads the next answer; nil at end of input.
    func readAnswer() -> String? {
        guard let line = console.readLine() else { return nil }
        answerCount += 1
        if scripted { console.write(line.withControlCharactersEscaped + "\n") }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// The outcome for an invalid answer: a scripted session stops; an interactive one says why and asks again.
    func invalid(_ answer: String, _ problem: LocalizedText, item: String) -> Outcome? {
        if scripted {
            let message = EntryMessages.invalidAnswer(
                answerCount, answer: answer.singleLineForMessage, item: item, problem: problem)
            return .invalidAnswer(message.text(in: language))
        }
        say(problem)
        return nil
    }

    /// Saves the scorecard; returns the failure outcome when it could not be saved.
    func persist() -> Outcome? {
        do {
            try save(scorecard)
            return nil
        } catch {
            return .saveFailed("\(error)")
        }
    }

    func say(_ text: LocalizedText) {
        write(text.text(in: language) + "\n")
    }

    /// Writes text, wrapped to the screen (each line with the hanging indent of its leading spaces) when there is one.
    func write(_ text: String) {
        console.write(wrapped(text))
    }

    /// Text wrapped line by line to the screen: a line's continuation is indented two columns more than the line.
    func wrapped(_ text: String) -> String {
        guard let screen else { return text }
        let endsWithBreak = text.hasSuffix("\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if endsWithBreak { lines.removeLast() }
        let result = lines.map { line -> String in
            let indent = String(line.prefix { $0 == " " })
            let body = String(line.dropFirst(indent.count))
            return screen.wrapLines(body, first: indent, rest: indent + "  ").joined(separator: "\n")
        }.joined(separator: "\n")
        return result + (endsWithBreak ? "\n" : "")
    }

    /// Writes a prompt: wrapped to the screen, its last line open for the answer.
    func prompt(_ text: String) {
        console.write(screen?.prompt(text) ?? text)
    }

    func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: now())
    }

    /// Whether a rating needs evidence: the criterion requires it, the level is extreme, or the rating alone is a
    /// knock-out (never for n/a).
    func evidenceRequired(for criterionID: String, rating: Rating) -> Bool {
        // n/a needs no evidence: nothing was observed (a note is still welcome).
        guard let criterion = rubric.criterion(criterionID), let level = rating.level else { return false }
        if criterion.evidenceRequired { return true }
        if rubric.scale.isExtreme(level) { return true }
        return isKnockOutOnItsOwn(criterionID: criterionID, level: level)
    }

    /// Whether rating only this criterion at `level` makes its section raise a knock-out.
    func isKnockOutOnItsOwn(criterionID: String, level: Int) -> Bool {
        guard let section = rubric.section(containing: criterionID), let module = registry.module(section.moduleID)
        else { return false }
        let result = module.score(section, in: rubric, ratings: SectionRatings(ratings: [criterionID: .level(level)]))
        // A knock-out about an observation (nothing observed is passed) is not the rating's.
        let observations = Set(section.observations.map(\.id))
        return result.knockOuts.contains { !observations.contains($0.subject ?? "") }
    }
}

extension String {
    /// The text on one line and at most 40 characters, for quoting an answer in a message.
    var singleLineForMessage: String {
        let flat = String(map { $0.isNewline ? " " : $0 }).withControlCharactersEscaped
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
    }

    /// The text with control characters (C0 but tab, DEL, C1) shown as `\u{1B}`: raw, an answers file's
    /// escape sequences would act on the terminal (clear it, retitle it) instead of being shown.
    var withControlCharactersEscaped: String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
