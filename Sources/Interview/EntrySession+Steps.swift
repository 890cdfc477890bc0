import Foundation
import Reporting
import ScoringCore

extension EntrySession {
    // MARK: Criterion

    func askCriterion(sectionIndex: Int, id: String, position: Int) -> StepResult {
        let section = rubric.sections[sectionIndex]
        guard let criterion = section.criteria.first(where: { $0.id == id }) else { return .next }
        let lang = language.rawValue
        let noun = registry.module(section.moduleID)?.ratingPrompt ?? EntryMessages.ratingNoun
        let place = "[\(position + 1)/\(items.count)]"
        let page = CriterionPage(
            criterion: criterion,
            heading: "\(place) \(section.title.text(in: lang)) › \(criterion.title.text(in: lang))",
            questions: criterion.questions(variant: scorecard.questionVariants[criterion.id] ?? 0),
            soFar: scorecard.entries[id].map {
                "  \(EntryMessages.soFar.text(in: language)): \(EntryMessages.rating($0.rating, in: language))\n"
            } ?? "",
            prompt: ratingPrompt(noun: noun, compactScale: false))
        let shown = screen.map { fitted(page, on: $0, noun: noun) } ?? (text: plainText(of: page), page: page)
        console.write(shown.text)
        let rating: Rating
        switch askRating(id: id, page: shown.page) {
        case .rated(let answer): rating = answer
        case .step(let result): return result
        }
        var entry = scorecard.entries[id] ?? Scorecard.Entry(rating: rating)
        if entry.rating != rating { entry.evidence = nil }
        entry.rating = rating
        entry.ratedAt = timestamp()
        scorecard.entries[id] = entry
        if let failure = persist() { return .finished(failure) }
        return askEvidence(id: id, rating: rating, entry: entry)
    }

    /// What a criterion's page shows: the heading, the questions with their follow-ups, the anchors, the rating so
    /// far and the rating prompt; `shortened` when it was cut to fit the terminal.
    struct CriterionPage {
        var criterion: Criterion
        var heading: String
        var questions: [Question]
        var soFar: String
        var prompt: String
        var shortened = false
    }

    /// The answer to the rating prompt: a rating, or where the session goes instead.
    private enum RatingAnswer {
        case rated(Rating)
        case step(StepResult)
    }

    /// The rating prompt, on a terminal with the scale's labels, so that a level means the same in every section
    /// ("3 = meets requirements"); `compactScale` names only the level that meets the requirements (? shows them all).
    private func ratingPrompt(noun: LocalizedText, compactScale: Bool) -> String {
        var text = ""
        if screen != nil {
            let levels =
                compactScale
                ? rubric.scale.levels.filter { $0.value == rubric.scale.meetsRequirementsLevel }
                : rubric.scale.levels
            text +=
                EntryMessages.scaleHeading.text(in: language)
                + levels.map { "\($0.value) = \($0.label.text(in: language.rawValue))" }.joined(separator: " · ")
                + (compactScale ? EntryMessages.otherLevelsOnHelp.text(in: language) : "") + "\n"
        }
        let range = rubric.scale.rangeDescription.replacingOccurrences(of: "..", with: "-")
        return text
            + "\(noun.text(in: language).capitalizedFirst) \(range), "
            + EntryMessages.ratingOptions(anchorsOnHelp: screen != nil).text(in: language)
    }

    /// The page on a terminal: wrapped, the title in bold, each anchor on one line (cut to the width; ? shows them
    /// in full), shortened step by step while it does not fit the terminal's rows: 1 cuts each follow-up question to
    /// one line; 2 also names them in one line and shortens the scale.
    private func fitted(
        _ page: CriterionPage, on screen: EntryScreen, noun: LocalizedText
    ) -> (text: String, page: CriterionPage) {
        var page = page
        // From the title to the prompt within the terminal's rows.
        func rows(_ body: String, _ prompt: String) -> Int {
            body.filter { $0 == "\n" }.count + screen.wrapLines(prompt).count
        }
        var body = block(of: page, on: screen, shortening: 0)
        for shortening in 1...2 where rows(body, page.prompt) > screen.height {
            body = block(of: page, on: screen, shortening: shortening)
            if shortening == 2 { page.prompt = ratingPrompt(noun: noun, compactScale: true) }
            page.shortened = true
        }
        let headingRows = screen.wrapLines(page.heading, first: "", rest: "    ").count
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let text =
            "\n" + screen.strong(lines.prefix(headingRows).joined(separator: "\n")) + "\n"
            + lines.dropFirst(headingRows).joined(separator: "\n")
        return (text, page)
    }

    /// The page's text on a terminal, from the heading to the rating so far, at a level of `shortening` (0 to 2).
    private func block(of page: CriterionPage, on screen: EntryScreen, shortening: Int) -> String {
        let lang = language.rawValue
        let questionLabel = EntryMessages.question.text(in: language)
        var block = screen.wrap(page.heading, first: "", rest: "    ")
        for question in page.questions {
            block += screen.wrap(question.text.text(in: lang), first: "  \(questionLabel): ", rest: "    ")
            if shortening >= 2 && !question.followUps.isEmpty {
                block +=
                    screen.truncate(
                        "    → " + EntryMessages.followUpsOnHelp(question.followUps.count).text(in: language))
                    + "\n"
                continue
            }
            for followUp in question.followUps {
                block +=
                    shortening >= 1
                    ? screen.truncate("    → " + followUp.text(in: lang)) + "\n"
                    : screen.wrap(followUp.text(in: lang), first: "    → ", rest: "      ")
            }
        }
        for level in rubric.scale.levels {
            block += screen.truncate("  \(level.value)  \(anchor(of: page.criterion, at: level))") + "\n"
        }
        return block + page.soFar
    }

    /// The page without a terminal: plain lines, nothing cut.
    private func plainText(of page: CriterionPage) -> String {
        let lang = language.rawValue
        let questionLabel = EntryMessages.question.text(in: language)
        var text = "\n" + page.heading + "\n"
        for question in page.questions {
            text += "  \(questionLabel): \(question.text.text(in: lang))\n"
            for followUp in question.followUps { text += "    → \(followUp.text(in: lang))\n" }
        }
        for level in rubric.scale.levels {
            text += "  \(level.value)  \(anchor(of: page.criterion, at: level))\n"
        }
        return text + page.soFar
    }

    /// Asks for the rating until it is a level of the scale or n/a; `?` shows what the page left out and the help.
    private func askRating(id: String, page: CriterionPage) -> RatingAnswer {
        while true {
            prompt(page.prompt)
            guard let answer = readAnswer() else { return .step(.finished(.endOfInput)) }
            if answer == "?" {
                if let screen {
                    console.write(fullText(of: page, on: screen) + "\n")
                }
                write(helpText())
                continue
            }
            if EntryMessages.Key.isBack(answer, language) { return .step(.back) }
            if EntryMessages.Key.isQuit(answer, language) { return .step(.finished(.savedAndQuit)) }
            if EntryMessages.Key.isNotAssessed(answer) { return .rated(.notAssessed) }
            if let level = Int(answer), rubric.scale.contains(level) { return .rated(.level(level)) }
            if let outcome = invalid(
                answer, EntryMessages.ratingProblem(rubric.scale.rangeDescription), item: "'\(id)'")
            {
                return .step(.finished(outcome))
            }
        }
    }

    /// What `?` shows on a terminal: the follow-ups and scale a shortened page left out, and every anchor in full.
    private func fullText(of page: CriterionPage, on screen: EntryScreen) -> String {
        let lang = language.rawValue
        var full = "\n"
        if page.shortened {
            if page.questions.contains(where: { !$0.followUps.isEmpty }) {
                full += EntryMessages.fullFollowUpsHeading.text(in: language)
                for followUp in page.questions.flatMap(\.followUps) {
                    full += screen.wrap(followUp.text(in: lang), first: "    → ", rest: "      ")
                }
            }
            full += screen.wrap(
                rubric.scale.levels.map { "\($0.value) = \($0.label.text(in: lang))" }.joined(separator: " · "),
                first: EntryMessages.scaleHeading.text(in: language))
        }
        full += EntryMessages.fullAnchorsHeading.text(in: language)
        for level in rubric.scale.levels {
            full += screen.wrap(anchor(of: page.criterion, at: level), first: "  \(level.value)  ", rest: "     ")
        }
        return full
    }

    /// Asks for the evidence of a rating until it is given, kept or (when not required) left out.
    private func askEvidence(id: String, rating: Rating, entry: Scorecard.Entry) -> StepResult {
        var entry = entry
        let required = evidenceRequired(for: id, rating: rating)
        while true {
            var promptText: String
            if required {
                promptText = EntryMessages.evidenceRequiredPrompt.text(in: language)
            } else {
                promptText = EntryMessages.evidenceOptionalPrompt.text(in: language)
            }
            let existing = entry.evidence ?? ""
            let existingCounts =
                !existing.isEmpty && (!required || EntryMessages.isSentence(existing, minimum: rubric.evidenceMinimum))
            if existingCounts {
                promptText += EntryMessages.keeps(existing.singleLineForMessage).text(in: language)
            }
            prompt(promptText + ": ")
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            // Back from the evidence to the rating of the same criterion: asked again by run(), not by recursion,
            // so that any number of "b" answers cannot overflow the stack.
            if EntryMessages.Key.isBack(answer, language) { return .again }
            if EntryMessages.Key.isQuit(answer, language) { return .finished(.savedAndQuit) }
            if answer.isEmpty {
                if existingCounts { return .next }
                if required {
                    let reason: LocalizedText =
                        rubric.criterion(id)?.evidenceRequired == true
                        ? EntryMessages.rubricRequiresEvidence : EntryMessages.extremeRatingNeedsEvidence
                    if let outcome = invalid(answer, reason, item: "'\(id)'") { return .finished(outcome) }
                    continue
                }
                return .next
            }
            // Required evidence is an observation, at least a short sentence: "x" or "ok" is refused.
            if required && !EntryMessages.isSentence(answer, minimum: rubric.evidenceMinimum) {
                if let outcome = invalid(
                    answer, EntryMessages.evidenceTooShort(rubric.evidenceMinimum), item: "'\(id)'")
                {
                    return .finished(outcome)
                }
                continue
            }
            entry.evidence = answer
            scorecard.entries[id] = entry
            if let failure = persist() { return .finished(failure) }
            for finding in EvidenceLint.check(answer) {
                write("  \(Diagnostic.Severity.warning.word(in: language)): \(finding.message.text(in: language))\n")
            }
            return .next
        }
    }

    /// The anchor text of a level, or its label in brackets when the criterion has none there.
    func anchor(of criterion: Criterion, at level: RatingScale.Level) -> String {
        criterion.anchors[level.value]?.text(in: language.rawValue) ?? "(\(level.label.text(in: language.rawValue)))"
    }

    // MARK: Observations

    func askObservation(sectionIndex: Int, request: ObservationRequest, position: Int) -> StepResult {
        let section = rubric.sections[sectionIndex]
        let heading =
            "[\(position + 1)/\(items.count)] \(section.title.text(in: language.rawValue)) › "
            + EntryMessages.observationHeading(request).text(in: language)
        console.write("\n" + (screen.map { $0.strong(wrapped(heading).dropLastLineBreak) + "\n" } ?? heading))
        // The values to choose from in short words: a scale's levels (the marked one with an arrow), or the answers.
        var options: [(id: String, text: String, marked: Bool)] = []
        switch request.kind {
        case .level(let scale):
            options = scale.levels.map {
                ($0.id, $0.description?.text(in: language) ?? "", $0.id == request.markedLevel)
            }
        case .choice(let choices):
            options = choices.map { ($0.id, $0.label.text(in: language), false) }
        case .count, .minutes:
            break
        }
        let width = options.map(\.id.count).max() ?? 0
        for option in options {
            let first =
                "  \(option.marked ? "→" : " ") \(option.id.padding(toLength: width, withPad: " ", startingAt: 0))  "
            console.write(
                screen?.wrap(option.text, first: first, rest: String(repeating: " ", count: first.count)) ?? first
                    + option.text + "\n")
        }
        while true {
            prompt(EntryMessages.observationPrompt(request.kind).text(in: language))
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            if EntryMessages.Key.isBack(answer, language) { return .back }
            if EntryMessages.Key.isQuit(answer, language) { return .finished(.savedAndQuit) }
            if answer == "?" {
                write(helpText())
                continue
            }
            let value: ObservationValue
            if EntryMessages.Key.isNotAssessed(answer) {
                value = .notAssessed
            } else {
                do {
                    value = try request.value(parsing: answer)
                } catch {
                    if let outcome = invalid(
                        answer, error.message, item: EntryMessages.observationItem(request).text(in: language))
                    {
                        return .finished(outcome)
                    }
                    continue
                }
            }
            scorecard.record(value, of: request.id, in: section)
            if let failure = persist() { return .finished(failure) }
            return .next
        }
    }

    // MARK: Recommendation, reason, review

    func askRecommendation() -> StepResult {
        // Independence: the interviewer's own recommendation comes before anything computed is shown (the result by
        // the rubric's rules follows in the review, for information).
        while true {
            prompt(EntryMessages.ownRecommendationPrompt.text(in: language))
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            if EntryMessages.Key.isBack(answer, language) { return .back }
            if EntryMessages.Key.isQuit(answer, language) { return .finished(.savedAndQuit) }
            if let value = EntryMessages.recommendation(from: answer) {
                scorecard.recommendation = .init(value: value, reason: scorecard.recommendation?.reason)
                if let failure = persist() { return .finished(failure) }
                return .next
            }
            if let outcome = invalid(
                answer, EntryMessages.recommendationProblem, item: EntryMessages.recommendationItem.text(in: language))
            {
                return .finished(outcome)
            }
        }
    }

    func askReason() -> StepResult {
        while true {
            var promptText = EntryMessages.reasonPrompt.text(in: language)
            if let existing = scorecard.recommendation?.reason, !existing.isEmpty {
                promptText += EntryMessages.keeps(existing.singleLineForMessage).text(in: language)
            }
            prompt(promptText + ": ")
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            if EntryMessages.Key.isBack(answer, language) { return .back }
            if EntryMessages.Key.isQuit(answer, language) { return .finished(.savedAndQuit) }
            if answer.isEmpty {
                if let existing = scorecard.recommendation?.reason, !existing.isEmpty { return .next }
                if let outcome = invalid(
                    answer, EntryMessages.reasonRequired, item: EntryMessages.reasonItem.text(in: language))
                {
                    return .finished(outcome)
                }
                continue
            }
            scorecard.recommendation?.reason = answer
            if let failure = persist() { return .finished(failure) }
            for finding in EvidenceLint.check(answer) {
                write("  \(Diagnostic.Severity.warning.word(in: language)): \(finding.message.text(in: language))\n")
            }
            return .next
        }
    }

    func askReview() -> StepResult {
        let result = ScoringHost(registry: registry).score(scorecard, rubric: rubric)
        write("\n" + EntryMessages.forInformation.text(in: language) + summary(result))
        if let own = scorecard.recommendation?.value, own != .noDecision, result.recommendation != .noDecision,
            (own == .yes || own == .strongYes) != (result.recommendation == .yes || result.recommendation == .strongYes)
        {
            write(EntryMessages.recommendationDiffers(own).text(in: language))
        }
        console.write("\n" + review())
        // Every item but the review itself can be changed by its number.
        let changeable = items.count - 1
        while true {
            prompt(EntryMessages.submitPrompt(itemCount: changeable).text(in: language))
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            if EntryMessages.Key.isBack(answer, language) { return .back }
            if EntryMessages.Key.isKeepDraft(answer, language) { return .finished(.savedAndQuit) }
            if let number = Int(answer), (1...changeable).contains(number) { return .jump(number - 1) }
            if EntryMessages.Key.isSubmit(answer) {
                let missing = missingItems()
                if !missing.isEmpty {
                    return .finished(.submissionRefused(missing))
                }
                scorecard.status = .submitted
                scorecard.rubricHash = rubric.hash
                scorecard.seal = scorecard.computeSeal()
                if let failure = persist() {
                    scorecard.status = .draft
                    scorecard.seal = nil
                    return .finished(failure)
                }
                return .finished(.submitted(seal: scorecard.seal ?? ""))
            }
            if let outcome = invalid(
                answer, EntryMessages.submitProblem(itemCount: changeable),
                item: EntryMessages.submissionItem.text(in: language))
            {
                return .finished(outcome)
            }
        }
    }

    /// Everything that must be filled in before submission, in words; empty when complete.
    public func missingItems() -> [String] {
        var missing: [String] = []
        for item in items {
            switch item {
            case .criterion(_, let id):
                guard let entry = scorecard.entries[id] else {
                    missing.append(EntryMessages.notRatedItem(id).text(in: language))
                    continue
                }
                if evidenceRequired(for: id, rating: entry.rating) {
                    if (entry.evidence ?? "").isEmpty {
                        missing.append(EntryMessages.evidenceMissingItem(id).text(in: language))
                    } else if !EntryMessages.isSentence(entry.evidence ?? "", minimum: rubric.evidenceMinimum) {
                        missing.append(EntryMessages.evidenceTooShortItem(id).text(in: language))
                    }
                }
            case .observation(let sectionIndex, let request):
                switch scorecard.observation(request.id, in: rubric.sections[sectionIndex].id) {
                case nil: missing.append(EntryMessages.observationMissing(request).text(in: language))
                case .notAssessed? where request.isRequired:
                    missing.append(EntryMessages.observationRequired(request.label).text(in: language))
                default: break
                }
            case .recommendation:
                if scorecard.recommendation == nil {
                    missing.append(EntryMessages.recommendationMissing.text(in: language))
                }
            case .reason:
                if (scorecard.recommendation?.reason ?? "").isEmpty {
                    missing.append(EntryMessages.reasonMissing.text(in: language))
                }
            case .review:
                break
            }
        }
        return missing
    }

    // MARK: Texts

    func helpText() -> String {
        EntryMessages.help.text(in: language)
    }

    func summary(_ result: ScorecardResult) -> String {
        let lang = language.rawValue
        var text = EntryMessages.resultByRules.text(in: language)
        for (section, sectionResult) in zip(rubric.sections, result.sections) where !section.criteria.isEmpty {
            let score = sectionResult.score.map { Format.fixed($0, language: language) } ?? "–"
            let rated = "\(sectionResult.ratedCount)/\(sectionResult.criterionCount)"
            text += "  \(section.title.text(in: lang)): \(score) (\(rated))\n"
        }
        text += "  \(result.overallArithmetic.text(in: language))\n"
        text +=
            "  \(EntryMessages.coverage.text(in: language)) \(Format.percent(result.coverage, language: language))\n"
        for knockOut in result.knockOuts {
            let finding = knockOut.finding.message.text(in: language)
            text += "  ✖ \(EntryMessages.knockOut.text(in: language)): \(finding)\n"
        }
        let recommendation = result.recommendation.label.text(in: language)
        text += "  \(EntryMessages.recommendationByRules.text(in: language)): \(recommendation)\n"
        // Why: the thresholds, the coverage, the knock-outs, or the knock-out criteria still unrated.
        for reason in result.recommendationReasons {
            text += "    \(reason.text(in: language))\n"
        }
        return text
    }

    /// Every item with its number (as shown at its step), rating and full evidence; wrapped on a terminal.
    func review() -> String {
        let lang = language.rawValue
        var text = EntryMessages.reviewHeading.text(in: language)
        let numberWidth = String(items.count).count
        for (index, item) in items.enumerated() {
            let number = String(repeating: " ", count: numberWidth - String(index + 1).count) + "\(index + 1)"
            let first = "  \(number)  "
            let hanging = String(repeating: " ", count: first.count)
            var line: String
            var evidence: String?
            switch item {
            case .criterion(_, let id):
                let title = rubric.criterion(id)?.title.text(in: lang) ?? id
                let entry = scorecard.entries[id]
                line = "\(title): \(entry.map { EntryMessages.rating($0.rating, in: language) } ?? "–")"
                if let value = entry?.evidence, !value.isEmpty { evidence = value.withControlCharactersEscaped }
            case .observation(let sectionIndex, let request):
                let observed =
                    scorecard.observation(request.id, in: rubric.sections[sectionIndex].id).map {
                        request.display($0, in: lang)
                    } ?? "–"
                let detail = request.detail.map { ", " + $0.text(in: lang) } ?? ""
                line = "\(request.label.text(in: lang)): \(observed)\(detail)"
            case .recommendation:
                let recommendation = scorecard.recommendation?.value.label.text(in: language) ?? "–"
                line = "\(EntryMessages.recommendationLabel.text(in: language)): \(recommendation)"
            case .reason:
                let reason = scorecard.recommendation?.reason?.withControlCharactersEscaped ?? "–"
                line = "\(EntryMessages.reasonLabel.text(in: language)): \(reason)"
            case .review:
                continue
            }
            if let screen {
                text += screen.wrap(line, first: first, rest: hanging)
                if let evidence {
                    text += screen.wrap(
                        "„\(evidence)“".quotedFor(language), first: hanging + "  ", rest: hanging + "   ")
                }
            } else {
                text += first + line + "\n"
                if let evidence { text += hanging + "  " + "„\(evidence)“".quotedFor(language) + "\n" }
            }
        }
        return text
    }
}

extension String {
    /// The text without its last line break.
    var dropLastLineBreak: String {
        hasSuffix("\n") ? String(dropLast()) : self
    }

    /// A quotation „like this“ in German, “like this” in English (the text is written with German marks).
    func quotedFor(_ language: Language) -> String {
        guard language != .de, hasPrefix("„"), hasSuffix("“") else { return self }
        return "“" + dropFirst().dropLast() + "”"
    }

    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
