import ScoringCore

/// A scored scorecard as readable terminal text: per section the score, coverage and flags, per
/// criterion the rating and evidence, the overall arithmetic, knock-outs and the recommendation.
package struct ScorecardTextReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a report renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The report text.
    package func render(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        facts(scorecard, rubric: rubric) + sections(scorecard, rubric: rubric, result: result)
            + overall(scorecard, rubric: rubric, result: result)
    }

    var locale: ReportLocale { ReportLocale(language: language) }

    /// The candidate, rubric, interviewer, requisition, date and status.
    func facts(_ scorecard: Scorecard, rubric: Rubric) -> String {
        let lang = language.rawValue
        let locale = self.locale
        let messages = ScorecardReportMessages.self
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line("\(locale.text(messages.scorecard)): \(scorecard.candidate) — \(rubric.title.text(in: lang))")
        line("\(locale.text(PanelReportMessages.rubric)): \(rubric.reference)  \(rubric.hash)")
        var facts = ["\(locale.text(messages.interviewer)): \(scorecard.interviewer.singleLine)"]
        if let requisition = scorecard.requisition {
            facts.append("\(locale.text(messages.requisition)): \(requisition)")
        }
        // "Interview" and "Status" are German words too.
        if let date = scorecard.interviewDate { facts.append("Interview: \(date)") }
        let status = scorecard.status == .submitted ? messages.submitted : ReportMessages.draft
        facts.append("Status: \(locale.text(status))")
        line(facts.joined(separator: "   "))
        return out
    }

    /// Per section its weight, score and coverage, each criterion's rating and evidence, the section's arithmetic,
    /// knock-outs, flags and module outputs; then the recorded observations.
    func sections(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let lang = language.rawValue
        let locale = self.locale
        let messages = ScorecardReportMessages.self
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        let totalWeight = rubric.sections.reduce(0) { $0 + $1.weight }
        for (section, sectionResult) in zip(rubric.sections, result.sections) {
            line()
            let share = totalWeight > 0 ? Format.percent(section.weight / totalWeight, language: language) : "-"
            let score = sectionResult.score.map { Format.fixed($0, language: language) } ?? "–"
            line(
                "\(section.title.text(in: lang)) (\(section.moduleID), \(locale.text(messages.weight)) \(share))  "
                    + "\(locale.text(messages.score)) \(score)  \(locale.text(PanelReportMessages.coverage)) "
                    + "\(sectionResult.ratedCount)/\(sectionResult.criterionCount)"
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
                line("  ✖ \(locale.text(PanelReportMessages.knockOutMark)): \(knockOut.message.text(in: language))")
            }
            for flag in sectionResult.flags {
                line("  ! \(locale.text(messages.flag)): \(flag.message.text(in: language))")
            }
            for output in ModuleDataLines.outputs(of: sectionResult, in: language) { line("  · " + output) }
        }
        let observed = ModuleDataLines.observations(
            scorecard.observations, rubric: rubric, heading: ModuleDataLines.observed, in: language)
        if !observed.isEmpty {
            line()
            observed.forEach { line($0) }
        }
        return out
    }

    /// The overall arithmetic, coverage, knock-outs, the recommendation by the rules and the interviewer's own.
    func overall(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let locale = self.locale
        let messages = ScorecardReportMessages.self
        var out = "\n"
        func line(_ text: String = "") { out += text + "\n" }
        line(locale.text(messages.result))
        line("  \(result.overallArithmetic.text(in: language))")
        line(
            "  \(locale.text(PanelReportMessages.coverage)): \(result.ratedCount)/\(result.criterionCount) "
                + "(\(Format.percent(result.coverage, language: language))), "
                + "\(locale.text(messages.minimum)) "
                + "\(Format.percent(rubric.decision.minimumCoverage, language: language))"
        )
        if result.knockOuts.isEmpty {
            line("  \(locale.text(messages.noKnockOuts))")
        } else {
            for knockOut in result.knockOuts {
                line(
                    "  ✖ \(locale.text(PanelReportMessages.knockOutMark)) [\(knockOut.sectionID)]: "
                        + "\(knockOut.finding.message.text(in: language))"
                )
            }
        }
        line("\(locale.text(messages.recommendation)): \(result.recommendation.label.text(in: language).uppercased())")
        for reason in result.recommendationReasons {
            line("  \(reason.text(in: language))")
        }
        if let own = scorecard.recommendation {
            var text =
                "\(locale.text(messages.ownRecommendation)): \(own.value.label.text(in: language))"
            if let reason = own.reason, !reason.isEmpty { text += " — " + quoted(reason.singleLine) }
            line(text)
        }
        return out
    }

    /// Quoted text with the language's quotation marks: „…“ in German, “…” in English.
    func quoted(_ text: String) -> String {
        ReportLocale(language: language).quoted(text)
    }
}

extension String {
    /// The text on one line: line breaks and other control characters shown as spaces (user text
    /// must not break the terminal layout or smuggle escape sequences).
    var singleLine: String {
        // Most texts have no control character: keep them as they are instead of copying them scalar by scalar.
        guard unicodeScalars.contains(where: TerminalText.isControl) else { return self }
        return String(
            String.UnicodeScalarView(
                unicodeScalars.map { scalar in
                    TerminalText.isControl(scalar) ? " " : scalar
                }))
    }

    func leftPadded(to width: Int) -> String {
        let count = characterCount
        return count >= width ? self : String.spaces(width - count) + self
    }
}
