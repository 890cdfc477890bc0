import ScoringCore

extension PanelResult {
    /// The result with every text it computed (findings, knock-out reports, the consensus's arithmetic and reasons,
    /// consistency notes) kept only as it reads in `language`: what a report in that language shows, byte for byte,
    /// at half the memory. A merge for one report keeps its panels so (a campaign holds thousands); the rubric is
    /// shared by all panels and kept whole.
    package func inOneLanguage(_ language: String) -> PanelResult {
        var result = self
        result.consensus = consensus.inOneLanguage(language)
        result.reportedKnockOuts = reportedKnockOuts.map { knockOut in
            var knockOut = knockOut
            knockOut.reports = knockOut.reports.map { report in
                var report = report
                report.message = report.message.inOneLanguage(language)
                return report
            }
            knockOut.rationale = knockOut.rationale?.inOneLanguage(language)
            return knockOut
        }
        result.views = views.map { view in
            var view = view
            view.consistencyNote = view.consistencyNote?.inOneLanguage(language)
            return view
        }
        return result
    }
}

extension ScorecardResult {
    /// The result with its texts kept only as they read in `language` (see ``PanelResult/inOneLanguage(_:)``).
    package func inOneLanguage(_ language: String) -> ScorecardResult {
        var result = self
        result.sections = sections.map { $0.inOneLanguage(language) }
        result.overallArithmetic = overallArithmetic.inOneLanguage(language)
        result.knockOuts = knockOuts.map { .init(sectionID: $0.sectionID, finding: $0.finding.inOneLanguage(language)) }
        result.knockOutsNotRated = knockOutsNotRated.map {
            .init(sectionID: $0.sectionID, finding: $0.finding.inOneLanguage(language))
        }
        result.recommendationReasons = recommendationReasons.map { $0.inOneLanguage(language) }
        return result
    }
}

extension SectionResult {
    /// The section's result with its texts kept only as they read in `language`.
    package func inOneLanguage(_ language: String) -> SectionResult {
        var result = self
        result.flags = flags.map { $0.inOneLanguage(language) }
        result.knockOuts = knockOuts.map { $0.inOneLanguage(language) }
        result.explanation = explanation.map { $0.inOneLanguage(language) }
        result.outputs = outputs.map { output in
            var output = output
            output.label = output.label.inOneLanguage(language)
            output.lines = output.lines.map { $0.inOneLanguage(language) }
            return output
        }
        return result
    }
}

extension Finding {
    /// The finding with its message kept only as it reads in `language`.
    package func inOneLanguage(_ language: String) -> Finding {
        var finding = self
        finding.message = message.inOneLanguage(language)
        return finding
    }
}

extension LocalizedText {
    /// The text as it reads in `language` (``text(in:)``), kept as the same text in every language.
    package func inOneLanguage(_ language: String) -> LocalizedText {
        LocalizedText(text(in: language))
    }
}
