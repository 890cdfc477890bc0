import ScoringCore

/// A scored scorecard as readable terminal text: per section the score, coverage and flags, per
/// criterion the rating and evidence, the overall arithmetic, knock-outs and the recommendation.
public struct ScorecardTextReport: Sendable {
    /// The language of the report.
    public var language: Language

    /// Creates a report renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The report text.
    public func render(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let lang = language.rawValue
        let de = language == .de
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line("\(de ? "Bewertungsbogen" : "Scorecard"): \(scorecard.candidate) — \(rubric.title.text(in: lang))")
        line("\(de ? "Vorlage" : "Rubric"): \(rubric.reference)  \(rubric.hash)")
        var facts = ["\(de ? "Interviewer*in" : "Interviewer"): \(scorecard.interviewer.singleLine)"]
        if let requisition = scorecard.requisition {
            facts.append("\(de ? "Ausschreibung" : "Requisition"): \(requisition)")
        }
        if let date = scorecard.interviewDate { facts.append("\(de ? "Interview" : "Interview"): \(date)") }
        facts.append(
            "Status: \(scorecard.status == .submitted ? (de ? "abgegeben" : "submitted") : (de ? "Entwurf" : "draft"))")
        line(facts.joined(separator: "   "))
        let totalWeight = rubric.sections.reduce(0) { $0 + $1.weight }
        for (section, sectionResult) in zip(rubric.sections, result.sections) {
            line()
            let share = totalWeight > 0 ? Format.percent(section.weight / totalWeight, language: language) : "-"
            let score = sectionResult.score.map { Format.fixed($0, language: language) } ?? "–"
            line(
                "\(section.title.text(in: lang)) (\(section.moduleID), \(de ? "Gewicht" : "weight") \(share))  "
                    + "\(de ? "Wert" : "score") \(score)  \(de ? "Abdeckung" : "coverage") \(sectionResult.ratedCount)/\(sectionResult.criterionCount)"
            )
            let width = section.criteria.map { $0.title.text(in: lang).count }.max() ?? 10
            for criterion in section.criteria {
                let entry = scorecard.entries[criterion.id]
                let rating = entry?.rating.description ?? "n/a"
                let title = criterion.title.text(in: lang)
                var row =
                    "  " + title + String(repeating: " ", count: max(0, width - title.count)) + "  "
                    + rating.leftPadded(to: 3)
                if let evidence = entry?.evidence, !evidence.isEmpty {
                    row += "  " + quoted(evidence.singleLine)
                }
                line(row)
            }
            for explanation in sectionResult.explanation {
                line("  = \(explanation.text(in: language))")
            }
            for knockOut in sectionResult.knockOuts {
                line("  ✖ \(de ? "K.-o." : "knock-out"): \(knockOut.message.text(in: language))")
            }
            for flag in sectionResult.flags {
                line("  ! \(de ? "Hinweis" : "flag"): \(flag.message.text(in: language))")
            }
            for output in ModuleDataLines.outputs(of: sectionResult, in: language) { line("  · " + output) }
        }
        let observed = ModuleDataLines.observations(
            scorecard.observations, rubric: rubric, heading: ModuleDataLines.observed, in: language)
        if !observed.isEmpty {
            line()
            observed.forEach { line($0) }
        }
        line()
        line(de ? "Ergebnis" : "Result")
        line("  \(result.overallArithmetic.text(in: language))")
        line(
            "  \(de ? "Abdeckung" : "coverage"): \(result.ratedCount)/\(result.criterionCount) (\(Format.percent(result.coverage, language: language))), "
                + "\(de ? "Minimum" : "minimum") \(Format.percent(rubric.decision.minimumCoverage, language: language))"
        )
        if result.knockOuts.isEmpty {
            line("  \(de ? "K.-o.-Kriterien: keine" : "knock-outs: none")")
        } else {
            for knockOut in result.knockOuts {
                line(
                    "  ✖ \(de ? "K.-o." : "knock-out") [\(knockOut.sectionID)]: \(knockOut.finding.message.text(in: language))"
                )
            }
        }
        line("\(de ? "Empfehlung" : "Recommendation"): \(result.recommendation.label.text(in: language).uppercased())")
        for reason in result.recommendationReasons {
            line("  \(reason.text(in: language))")
        }
        if let own = scorecard.recommendation {
            var text =
                "\(de ? "Eigene Empfehlung der Interviewer*in" : "Interviewer's own recommendation"): \(own.value.label.text(in: language))"
            if let reason = own.reason, !reason.isEmpty { text += " — " + quoted(reason.singleLine) }
            line(text)
        }
        return out
    }

    /// Quoted text with the language's quotation marks: „…“ in German, “…” in English.
    func quoted(_ text: String) -> String {
        language == .de ? "„\(text)“" : "“\(text)”"
    }
}

extension String {
    /// The text on one line: line breaks and other control characters shown as spaces (user text
    /// must not break the terminal layout or smuggle escape sequences).
    var singleLine: String {
        String(
            String.UnicodeScalarView(
                unicodeScalars.map { scalar in
                    TerminalText.isControl(scalar) ? " " : scalar
                }))
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
