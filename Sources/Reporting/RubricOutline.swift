import ScoringCore

/// A readable outline of a rubric for the terminal: role, requirements, sections, criteria with
/// questions and anchors, and the decision rules, in one language.
package struct RubricOutline: Sendable {
    private typealias M = ReportMessages

    /// The language to show.
    package var language: Language
    /// The scoring modules, for listing every knock-out rule with its reason (none without a registry).
    package var registry: ModuleRegistry?

    /// Creates an outline renderer; with `registry`, the outline lists every knock-out rule with its reason.
    package init(language: Language, registry: ModuleRegistry? = nil) {
        self.language = language
        self.registry = registry
    }

    /// The outline text of a rubric.
    package func render(_ rubric: Rubric) -> String {
        var out = header(rubric)
        let totalWeight = rubric.sections.reduce(0) { $0 + $1.weight }
        for (index, section) in rubric.sections.enumerated() {
            out += outline(of: section, number: index + 1, totalWeight: totalWeight, in: rubric)
        }
        out += decisionRules(rubric)
        return out
    }

    /// The title, the facts, the description, the requirement profile and the scale.
    private func header(_ rubric: Rubric) -> String {
        let lang = language.rawValue
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        let title = rubric.title.text(in: lang)
        line(title)
        line(String(repeating: "=", count: title.count))
        line("\(rubric.id)@\(rubric.version)  \(rubric.hash)")
        line(
            t(M.roleFamily) + rubric.roleFamily + "   " + t(M.owner) + rubric.owner)
        line(
            t(M.effectiveFrom) + rubric.effectiveFrom.description + "   " + t(M.languages)
                + rubric.languages.joined(separator: ", "))
        line()
        line(wrap(rubric.description.text(in: lang), indent: ""))
        line()
        line(t(M.requirementProfile))
        for requirement in rubric.requirements {
            line("  - [\(requirement.id)] \(requirement.text.text(in: lang))")
        }
        line()
        line(
            t(M.scale)
                + rubric.scale.levels.map { "\($0.value) = \($0.label.text(in: lang))" }.joined(separator: "; ")
                + t(M.notAssessedLevel))
        return out
    }

    /// One section (numbered `number`), its weight as a share of `totalWeight`, and each criterion with its
    /// questions and anchors.
    private func outline(of section: RubricSection, number: Int, totalWeight: Double, in rubric: Rubric) -> String {
        let lang = language.rawValue
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line()
        let share = totalWeight > 0 ? Format.percent(section.weight / totalWeight, language: language) : "-"
        let heading =
            "\(number). \(section.title.text(in: lang))  (\(section.moduleID), \(t(M.weight)) \(share))"
        line(heading)
        line(String(repeating: "-", count: heading.count))
        for criterion in section.criteria {
            var facts = [
                "\(t(M.weight)) \(Format.number(criterion.weight, language: language))",
                "\(t(M.measures)) \(criterion.measures.joined(separator: ", "))",
            ]
            if criterion.evidenceRequired { facts.append(t(M.evidenceRequired)) }
            line("  \(criterion.title.text(in: lang)) [\(criterion.id)]  (\(facts.joined(separator: "; ")))")
            for question in criterion.questions {
                let kind =
                    question.kind.map { kind -> String in
                        switch kind {
                        case .behavioural: return t(M.behavioural)
                        case .situational: return t(M.situational)
                        }
                    }.map { " (\($0))" } ?? ""
                line(
                    wrap(
                        "\(t(M.questionMark))\(kind): \(question.text.text(in: lang))", indent: "    ",
                        firstIndent: "    "))
                for followUp in question.followUps {
                    line(wrap("→ \(followUp.text(in: lang))", indent: "        ", firstIndent: "      "))
                }
            }
            for level in rubric.scale.levels {
                guard let anchor = criterion.anchors[level.value] else { continue }
                line(wrap("\(level.value): \(anchor.text(in: lang))", indent: "       ", firstIndent: "    "))
            }
        }
        return out
    }

    /// The decision rules, and with a registry every knock-out rule with its reason.
    private func decisionRules(_ rubric: Rubric) -> String {
        let lang = language.rawValue
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        line()
        line(t(M.decisionRules))
        let decision = rubric.decision
        let number = { (value: Double) in Format.number(value, language: self.language) }
        line(
            "  \(Recommendation.strongYes.label.text(in: language)): ≥ \(number(decision.strongYesFrom))   "
                + "\(Recommendation.yes.label.text(in: language)): ≥ \(number(decision.yesFrom))   "
                + "\(Recommendation.no.label.text(in: language)): ≥ \(number(decision.noFrom))   "
                + "\(Recommendation.strongNo.label.text(in: language)): < \(number(decision.noFrom))")
        line(
            t(
                M.coverageAndCap(
                    Format.percent(decision.minimumCoverage, language: language), cap: decision.knockOutCap.label)))
        line(t(M.consensus(decision.consensus.label)))
        if let rationale = decision.rationale {
            line(wrap(t(M.why) + rationale.text(in: lang), indent: "    ", firstIndent: "  "))
        }
        // Every rule that can decide on its own, with its reason.
        let rules = rubric.sections.flatMap { section in
            (registry?.module(section.moduleID)?.knockOutRules(of: section, in: rubric) ?? []).map { (section, $0) }
        }
        if registry != nil {
            line(t(M.knockOutRules))
            if rules.isEmpty { line("  " + t(M.none)) }
            for (section, rule) in rules {
                line(
                    wrap(
                        "✖ \(section.title.text(in: lang)): \(rule.description.text(in: language))", indent: "    ",
                        firstIndent: "  "))
                if let rationale = rule.rationale {
                    line(
                        wrap(
                            t(M.why) + rationale.text(in: lang), indent: "      ",
                            firstIndent: "    "))
                }
            }
        }
        return out
    }

    /// The text in the outline's language.
    private func t(_ text: LocalizedText) -> String { text.text(in: language) }

    /// Wraps text at 100 columns.
    func wrap(_ text: String, indent: String, firstIndent: String? = nil, width: Int = 100) -> String {
        var lines: [String] = []
        var current = firstIndent ?? indent
        var currentHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if currentHasWord && current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += (currentHasWord ? " " : "") + word
            }
            currentHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
