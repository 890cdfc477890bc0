import ScoringCore

/// A readable outline of a rubric for the terminal: role, requirements, sections, criteria with
/// questions and anchors, and the decision rules, in one language.
public struct RubricOutline: Sendable {
    /// The language to show.
    public var language: Language
    /// The scoring modules, for listing every knock-out rule with its reason (none without a registry).
    public var registry: ModuleRegistry?

    /// Creates an outline renderer; with `registry`, the outline lists every knock-out rule with its reason.
    public init(language: Language, registry: ModuleRegistry? = nil) {
        self.language = language
        self.registry = registry
    }

    /// The outline text of a rubric.
    public func render(_ rubric: Rubric) -> String {
        let lang = language.rawValue
        let de = language == .de
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        let title = rubric.title.text(in: lang)
        line(title)
        line(String(repeating: "=", count: title.count))
        line("\(rubric.id)@\(rubric.version)  \(rubric.hash)")
        line(
            (de ? "Rollenfamilie: " : "Role family: ") + rubric.roleFamily + "   "
                + (de ? "Verantwortlich: " : "Owner: ") + rubric.owner)
        line(
            (de ? "Gültig ab: " : "Effective from: ") + rubric.effectiveFrom.description + "   "
                + (de ? "Sprachen: " : "Languages: ")
                + rubric.languages.joined(separator: ", "))
        line()
        line(wrap(rubric.description.text(in: lang), indent: ""))
        line()
        line(de ? "Anforderungsprofil" : "Requirement profile")
        for requirement in rubric.requirements {
            line("  - [\(requirement.id)] \(requirement.text.text(in: lang))")
        }
        line()
        line(
            (de ? "Skala: " : "Scale: ")
                + rubric.scale.levels.map { "\($0.value) = \($0.label.text(in: lang))" }.joined(separator: "; ")
                + (de ? "; n/a = nicht beurteilt" : "; n/a = not assessed"))
        let totalWeight = rubric.sections.reduce(0) { $0 + $1.weight }
        for (index, section) in rubric.sections.enumerated() {
            line()
            let share = totalWeight > 0 ? Format.percent(section.weight / totalWeight, language: language) : "-"
            let heading =
                "\(index + 1). \(section.title.text(in: lang))  (\(section.moduleID), \(de ? "Gewicht" : "weight") \(share))"
            line(heading)
            line(String(repeating: "-", count: heading.count))
            for criterion in section.criteria {
                var facts = [
                    "\(de ? "Gewicht" : "weight") \(Format.number(criterion.weight, language: language))",
                    "\(de ? "misst" : "measures") \(criterion.measures.joined(separator: ", "))",
                ]
                if criterion.evidenceRequired { facts.append(de ? "Beleg erforderlich" : "evidence required") }
                line("  \(criterion.title.text(in: lang)) [\(criterion.id)]  (\(facts.joined(separator: "; ")))")
                for question in criterion.questions {
                    let kind =
                        question.kind.map { kind -> String in
                            switch kind {
                            case .behavioural: return de ? "verhaltensbezogen" : "behavioural"
                            case .situational: return de ? "situativ" : "situational"
                            }
                        }.map { " (\($0))" } ?? ""
                    line(wrap("Q\(kind): \(question.text.text(in: lang))", indent: "    ", firstIndent: "    "))
                    for followUp in question.followUps {
                        line(wrap("→ \(followUp.text(in: lang))", indent: "        ", firstIndent: "      "))
                    }
                }
                for level in rubric.scale.levels {
                    guard let anchor = criterion.anchors[level.value] else { continue }
                    line(wrap("\(level.value): \(anchor.text(in: lang))", indent: "       ", firstIndent: "    "))
                }
            }
        }
        line()
        line(de ? "Entscheidungsregeln" : "Decision rules")
        let decision = rubric.decision
        let number = { (value: Double) in Format.number(value, language: self.language) }
        line(
            "  \(Recommendation.strongYes.label.text(in: language)): ≥ \(number(decision.strongYesFrom))   "
                + "\(Recommendation.yes.label.text(in: language)): ≥ \(number(decision.yesFrom))   "
                + "\(Recommendation.no.label.text(in: language)): ≥ \(number(decision.noFrom))   "
                + "\(Recommendation.strongNo.label.text(in: language)): < \(number(decision.noFrom))")
        line(
            de
                ? "  Mindestabdeckung \(Format.percent(decision.minimumCoverage, language: language)) der Kriterien, sonst keine Entscheidung; K.-o.-Kriterien begrenzen auf „\(decision.knockOutCap.label.text(in: language))“"
                : "  Minimum coverage \(Format.percent(decision.minimumCoverage, language: language)) of criteria, else no decision; knock-outs cap at \"\(decision.knockOutCap.label.text(in: language))\""
        )
        line(
            de
                ? "  Konsens je Kriterium: \(decision.consensus.label.text(in: language))"
                : "  Consensus per criterion: \(decision.consensus.label.text(in: language))")
        if let rationale = decision.rationale {
            line(wrap((de ? "Begründung: " : "Why: ") + rationale.text(in: lang), indent: "    ", firstIndent: "  "))
        }
        // Every rule that can decide on its own, with its reason.
        let rules = rubric.sections.flatMap { section in
            (registry?.module(section.moduleID)?.knockOutRules(of: section, in: rubric) ?? []).map { (section, $0) }
        }
        if registry != nil {
            line(de ? "K.-o.-Regeln" : "Knock-out rules")
            if rules.isEmpty { line(de ? "  keine" : "  none") }
            for (section, rule) in rules {
                line(
                    wrap(
                        "✖ \(section.title.text(in: lang)): \(rule.description.text(in: language))", indent: "    ",
                        firstIndent: "  "))
                if let rationale = rule.rationale {
                    line(
                        wrap(
                            (de ? "Begründung: " : "Why: ") + rationale.text(in: lang), indent: "      ",
                            firstIndent: "    "))
                }
            }
        }
        return out
    }

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
