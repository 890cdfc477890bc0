import Foundation
import Reporting
import ScoringCore

extension EntrySession {
    // MARK: Criterion

    func askCriterion(sectionIndex: Int, id: String, position: Int) -> StepResult {
        let section = rubric.sections[sectionIndex]
        guard let criterion = section.criteria.first(where: { $0.id == id }) else { return .next }
        let lang = language.rawValue
        let de = language == .de
        let noun = registry.module(section.moduleID)?.ratingPrompt ?? .init(en: "rating", de: "Bewertung")
        var text = "\n[\(position + 1)/\(items.count)] \(section.title.text(in: lang)) › \(criterion.title.text(in: lang))\n"
        for question in criterion.questions(variant: scorecard.questionVariants[criterion.id] ?? 0) {
            text += "  \(de ? "Frage" : "Question"): \(question.text.text(in: lang))\n"
            for followUp in question.followUps { text += "    → \(followUp.text(in: lang))\n" }
        }
        for level in rubric.scale.levels {
            let anchor = criterion.anchors[level.value]?.text(in: lang) ?? "(\(level.label.text(in: lang)))"
            text += "  \(level.value)  \(anchor)\n"
        }
        if let previous = scorecard.entries[id] {
            text += "  \(de ? "Bisher" : "So far"): \(previous.rating)\n"
        }
        console.write(text)
        // The rating.
        var rating: Rating?
        while rating == nil {
            console.write("\(noun.text(in: language).capitalizedFirst) \(rubric.scale.rangeDescription.replacingOccurrences(of: "..", with: "-")), "
                          + (de ? "n = n/a, ? = Hilfe, b = zurück, q = speichern und beenden: " : "n = n/a, ? = help, b = back, q = save and quit: "))
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            switch answer.lowercased() {
            case "?":
                console.write(helpText())
            case "b":
                return .back
            case "q":
                return .finished(.savedAndQuit)
            case "n", "n/a", "na":
                rating = .notAssessed
            default:
                if let level = Int(answer), rubric.scale.contains(level) {
                    rating = .level(level)
                } else if let outcome = invalid(answer, .init(
                    en: "enter a level from \(rubric.scale.rangeDescription), n for n/a, ? for help, b to go back or q to save and quit",
                    de: "geben Sie eine Stufe aus \(rubric.scale.rangeDescription) ein, n für n/a, ? für Hilfe, b für zurück oder q zum Speichern und Beenden"),
                    item: "'\(id)'") {
                    return .finished(outcome)
                }
            }
        }
        guard let rating else { return .next }
        var entry = scorecard.entries[id] ?? Scorecard.Entry(rating: rating)
        if entry.rating != rating { entry.evidence = nil }
        entry.rating = rating
        entry.ratedAt = timestamp()
        scorecard.entries[id] = entry
        if let failure = persist() { return .finished(failure) }

        // The evidence.
        let required = evidenceRequired(for: id, rating: rating)
        while true {
            var prompt: String
            if required {
                prompt = de ? "Beleg (erforderlich: was hat die Person gesagt oder getan?)" : "Evidence (required: what did the candidate say or do?)"
            } else {
                prompt = de ? "Beleg (optional, Enter überspringt)" : "Evidence (optional, Enter skips)"
            }
            if let existing = entry.evidence, !existing.isEmpty {
                prompt += de ? " [Enter behält: \(existing.singleLineForMessage)]" : " [Enter keeps: \(existing.singleLineForMessage)]"
            }
            console.write(prompt + ": ")
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            // Back from the evidence to the rating of the same criterion: asked again by run(), not by recursion,
            // so that any number of "b" answers cannot overflow the stack.
            if answer == "b" { return .again }
            if answer == "q" { return .finished(.savedAndQuit) }
            if answer.isEmpty {
                if let existing = entry.evidence, !existing.isEmpty { return .next }
                if required {
                    let reason: LocalizedText = rubric.criterion(id)?.evidenceRequired == true
                        ? .init(en: "the rubric requires evidence for this criterion", de: "die Bewertungsvorlage verlangt für dieses Kriterium einen Beleg")
                        : .init(en: "evidence is required for an extreme rating or a knock-out", de: "für eine extreme Bewertung oder ein K.-o.-Kriterium ist ein Beleg erforderlich")
                    if let outcome = invalid(answer, reason, item: "'\(id)'") { return .finished(outcome) }
                    continue
                }
                return .next
            }
            entry.evidence = answer
            scorecard.entries[id] = entry
            if let failure = persist() { return .finished(failure) }
            for finding in EvidenceLint.check(answer) {
                console.write("  \(de ? "Warnung" : "warning"): \(finding.message.text(in: language))\n")
            }
            return .next
        }
    }

    // MARK: Language

    func askLanguage(sectionIndex: Int, code: String, required: CEFRLevel, mandatory: Bool, position: Int) -> StepResult {
        let de = language == .de
        let name = Language.name(of: code, in: language.rawValue)
        console.write("\n[\(position + 1)/\(items.count)] \(rubric.sections[sectionIndex].title.text(in: language.rawValue)) › "
                      + EntryMessages.languageHeading(name, required: required, mandatory: mandatory).text(in: language))
        // Interviewers are not trained language assessors: the levels in short words (GER/CEFR), the required one marked.
        for level in CEFRLevel.allCases {
            console.write("  \(level == required ? "→" : " ") \(level.rawValue)  \(level.descriptor.text(in: language))\n")
        }
        while true {
            console.write(de ? "Beobachtetes Niveau A1-C2, n = nicht beurteilt, b = zurück, q = speichern und beenden: "
                             : "Observed level A1-C2, n = not assessed, b = back, q = save and quit: ")
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            switch answer.lowercased() {
            case "b": return .back
            case "q": return .finished(.savedAndQuit)
            case "?": console.write(helpText())
            case "n", "n/a", "na":
                scorecard.observedLanguages[code] = nil
                scorecard.languagesNotAssessed.insert(code)
                if let failure = persist() { return .finished(failure) }
                return .next
            default:
                if let level = CEFRLevel(text: answer) {
                    scorecard.observedLanguages[code] = level
                    scorecard.languagesNotAssessed.remove(code)
                    if let failure = persist() { return .finished(failure) }
                    return .next
                }
                if let outcome = invalid(answer, .init(en: "'\(answer.singleLineForMessage)' is not a CEFR level; enter A1, A2, B1, B2, C1 or C2, or n",
                                                       de: "'\(answer.singleLineForMessage)' ist keine GER-Stufe; geben Sie A1, A2, B1, B2, C1 oder C2 ein, oder n"),
                                         item: de ? "Sprache '\(code)'" : "language '\(code)'") {
                    return .finished(outcome)
                }
            }
        }
    }

    // MARK: Recommendation, reason, review

    func askRecommendation() -> StepResult {
        let de = language == .de
        // Independence: the interviewer's own recommendation comes before anything computed is shown (the result by
        // the rubric's rules follows in the review, for information).
        while true {
            console.write(EntryMessages.ownRecommendationPrompt.text(in: language))
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            switch answer.lowercased() {
            case "b": return .back
            case "q": return .finished(.savedAndQuit)
            default:
                if let value = Recommendation(answer: answer) {
                    scorecard.recommendation = .init(value: value, reason: scorecard.recommendation?.reason)
                    if let failure = persist() { return .finished(failure) }
                    return .next
                }
                if let outcome = invalid(answer, .init(en: "enter strong-no, no, yes, strong-yes or no-decision",
                                                       de: "geben Sie klares nein, nein, ja, klares ja oder keine entscheidung ein"),
                                         item: de ? "die Empfehlung" : "the recommendation") {
                    return .finished(outcome)
                }
            }
        }
    }

    func askReason() -> StepResult {
        let de = language == .de
        while true {
            var prompt = de ? "Begründung in ein, zwei Sätzen" : "Reason in a sentence or two"
            if let existing = scorecard.recommendation?.reason, !existing.isEmpty {
                prompt += de ? " [Enter behält: \(existing.singleLineForMessage)]" : " [Enter keeps: \(existing.singleLineForMessage)]"
            }
            console.write(prompt + ": ")
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            if answer == "b" { return .back }
            if answer == "q" { return .finished(.savedAndQuit) }
            if answer.isEmpty {
                if let existing = scorecard.recommendation?.reason, !existing.isEmpty { return .next }
                if let outcome = invalid(answer, .init(en: "a short reason is required", de: "eine kurze Begründung ist erforderlich"),
                                         item: de ? "die Begründung" : "the reason") {
                    return .finished(outcome)
                }
                continue
            }
            scorecard.recommendation?.reason = answer
            if let failure = persist() { return .finished(failure) }
            for finding in EvidenceLint.check(answer) {
                console.write("  \(de ? "Warnung" : "warning"): \(finding.message.text(in: language))\n")
            }
            return .next
        }
    }

    func askReview() -> StepResult {
        let de = language == .de
        let result = ScoringHost(registry: registry).score(scorecard, rubric: rubric)
        console.write("\n" + EntryMessages.forInformation.text(in: language) + summary(result))
        if let own = scorecard.recommendation?.value, own != .noDecision, result.recommendation != .noDecision,
           (own == .yes || own == .strongYes) != (result.recommendation == .yes || result.recommendation == .strongYes) {
            console.write(EntryMessages.recommendationDiffers(own).text(in: language))
        }
        console.write("\n" + review())
        while true {
            console.write(de ? "Jetzt abgeben? y = abgeben und versiegeln, n = Entwurf behalten und beenden, b = zurück: "
                             : "Submit now? y = submit and seal, n = keep the draft and quit, b = back: ")
            guard let answer = readAnswer() else { return .finished(.endOfInput) }
            switch answer.lowercased() {
            case "b": return .back
            case "n", "q": return .finished(.savedAndQuit)
            case "y", "j", "yes", "ja":
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
            default:
                if let outcome = invalid(answer, .init(en: "enter y to submit, n to keep the draft, or b to go back",
                                                       de: "geben Sie y zum Abgeben, n zum Behalten des Entwurfs oder b für zurück ein"),
                                         item: de ? "die Abgabe" : "the submission") {
                    return .finished(outcome)
                }
            }
        }
    }

    /// Everything that must be filled in before submission, in words; empty when complete.
    public func missingItems() -> [String] {
        var missing: [String] = []
        let de = language == .de
        for item in items {
            switch item {
            case .criterion(_, let id):
                guard let entry = scorecard.entries[id] else {
                    missing.append(de ? "Kriterium '\(id)' ist nicht bewertet (n für n/a ist erlaubt)" : "criterion '\(id)' is not rated (n for n/a is allowed)")
                    continue
                }
                if evidenceRequired(for: id, rating: entry.rating) && (entry.evidence ?? "").isEmpty {
                    missing.append(de ? "Kriterium '\(id)' braucht einen Beleg" : "criterion '\(id)' needs evidence")
                }
            case .language(_, let code, _, let mandatory):
                if scorecard.observedLanguages[code] == nil && (mandatory || !scorecard.languagesNotAssessed.contains(code)) {
                    missing.append(EntryMessages.languageLevelMissing(code).text(in: language))
                }
            case .recommendation:
                if scorecard.recommendation == nil { missing.append(de ? "die eigene Empfehlung fehlt" : "your own recommendation is missing") }
            case .reason:
                if (scorecard.recommendation?.reason ?? "").isEmpty { missing.append(de ? "die Begründung fehlt" : "the reason is missing") }
            case .review:
                break
            }
        }
        return missing
    }

    // MARK: Texts

    func helpText() -> String {
        language == .de ? """
            Hilfe: Bewerten Sie, was die Person gesagt oder getan hat, an den Ankern der Stufen. \
            n = nicht beurteilt (zählt nie als null), b = zurück zum vorigen Punkt, q = speichern und beenden \
            (derselbe Befehl setzt später fort). Belege beschreiben beobachtetes Verhalten, keine Eigenschaften.

            """ : """
            Help: rate what the candidate said or did against the anchors of each level. \
            n = not assessed (never counts as zero), b = back to the previous item, q = save and quit \
            (the same command resumes later). Evidence describes observed behaviour, not traits.

            """
    }

    func summary(_ result: ScorecardResult) -> String {
        let de = language == .de
        let lang = language.rawValue
        var text = de ? "Ergebnis nach den Regeln der Bewertungsvorlage:\n" : "Result by the rubric's rules:\n"
        for (section, sectionResult) in zip(rubric.sections, result.sections) where !section.criteria.isEmpty {
            let score = sectionResult.score.map { Format.fixed($0, language: language) } ?? "–"
            text += "  \(section.title.text(in: lang)): \(score) (\(sectionResult.ratedCount)/\(sectionResult.criterionCount))\n"
        }
        text += "  \(result.overallArithmetic.text(in: language))\n"
        text += "  \(de ? "Abdeckung" : "coverage") \(Format.percent(result.coverage, language: language))\n"
        for knockOut in result.knockOuts {
            text += "  ✖ \(de ? "K.-o." : "knock-out"): \(knockOut.finding.message.text(in: language))\n"
        }
        text += "  \(de ? "Empfehlung nach den Regeln" : "recommendation by the rules"): \(result.recommendation.label.text(in: language))\n"
        // Why: the thresholds, the coverage, the knock-outs, or the knock-out criteria still unrated.
        for reason in result.recommendationReasons {
            text += "    \(reason.text(in: language))\n"
        }
        return text
    }

    func review() -> String {
        let de = language == .de
        let lang = language.rawValue
        var text = de ? "Ihre Antworten:\n" : "Your answers:\n"
        for item in items {
            switch item {
            case .criterion(_, let id):
                let title = rubric.criterion(id)?.title.text(in: lang) ?? id
                let entry = scorecard.entries[id]
                var line = "  \(title): \(entry?.rating.description ?? "–")"
                if let evidence = entry?.evidence, !evidence.isEmpty { line += " — \(evidence.singleLineForMessage)" }
                text += line + "\n"
            case .language(_, let code, let required, _):
                let observed = scorecard.observedLanguages[code]?.rawValue ?? (scorecard.languagesNotAssessed.contains(code) ? "n/a" : "–")
                text += "  \(Language.name(of: code, in: language.rawValue)): \(observed) (\(de ? "gefordert" : "required") \(required.rawValue))\n"
            case .recommendation:
                text += "  \(de ? "Empfehlung" : "recommendation"): \(scorecard.recommendation?.value.label.text(in: language) ?? "–")\n"
            case .reason:
                text += "  \(de ? "Begründung" : "reason"): \(scorecard.recommendation?.reason?.singleLineForMessage ?? "–")\n"
            case .review:
                break
            }
        }
        return text
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
