import Foundation
import Mustache
import ScoringCore

/// Generates interviewer guides, interview sheets, module pages and an index from rubrics, in
/// Markdown or self-contained HTML, from templates kept in the package (`Templates/*.mustache`) and compiled
/// into the binary (``EmbeddedTemplates``, written by `scripts/embed-templates.swift`).
///
/// The output is deterministic: the same rubrics give byte-identical files (no dates, no absolute
/// paths), so generated docs can be committed and checked in CI.
package struct RubricDocsGenerator: Sendable {
    /// One generated file: a path relative to the output folder and its content.
    package struct GeneratedFile: Sendable, Hashable {
        /// The path inside the output folder (`claims-handler/guide.de.md`).
        package var path: String
        /// The file's content.
        package var content: String
    }

    /// Why the templates could not be loaded.
    package struct TemplateError: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        package var description: String
    }

    /// The scoring modules, for module pages and section rules.
    package var registry: ModuleRegistry
    private let library: MustacheLibrary

    /// Parses the templates compiled into the binary (``EmbeddedTemplates``, generated from `Templates/*.mustache`):
    /// no resource bundle is looked up at run time, so an installed binary works wherever it is copied.
    package init(registry: ModuleRegistry) throws {
        _ = EscapingContentTypes.registered
        self.registry = registry
        var library = MustacheLibrary()
        for template in EmbeddedTemplates.all {
            do {
                try library.register(template.text, named: template.name)
            } catch {
                throw TemplateError(description: "template \(template.name).mustache does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// Every file for `rubrics` in `languages` and `format`.
    package func generate(rubrics: [Rubric], languages: [Language], format: DocsFormat) -> [GeneratedFile] {
        let sorted = rubrics.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        var files: [GeneratedFile] = []
        let ext = format.fileExtension
        for language in languages {
            for rubric in sorted {
                files += rubricFiles(
                    rubric, folder: folderName(of: rubric, among: sorted), language: language, format: format)
            }
            for module in registry.modules {
                let view = moduleView(module, language: language, format: format)
                files.append(
                    GeneratedFile(
                        path: "modules/\(module.id).\(language.rawValue).\(ext)",
                        content: render(view, template: "module.\(ext)")))
            }
            let index = IndexView(
                t: DocsLabels.make(language), notice: notice(format: format, source: nil, language: language),
                language: language.rawValue,
                rubrics: sorted.map { rubric in
                    let folder = folderName(of: rubric, among: sorted)
                    return IndexView.Entry(
                        id: rubric.id, version: rubric.version, title: rubric.title.text(in: language.rawValue),
                        hash: rubric.hash,
                        languages: rubric.languages.joined(separator: ", "),
                        guide: "\(folder)/guide.\(language.rawValue).\(ext)",
                        sheet: "\(folder)/sheet.\(language.rawValue).\(ext)")
                },
                modules: registry.modules.map {
                    .init(
                        id: $0.id, name: $0.name.text(in: language),
                        page: "modules/\($0.id).\(language.rawValue).\(ext)")
                })
            files.append(
                GeneratedFile(
                    path: "index.\(language.rawValue).\(ext)", content: render(index, template: "index.\(ext)")))
        }
        return files
    }

    /// A rubric's folder: its id, with the version when several versions of it are documented.
    private func folderName(of rubric: Rubric, among rubrics: [Rubric]) -> String {
        rubrics.filter({ $0.id == rubric.id }).count > 1 ? "\(rubric.id)@\(rubric.version)" : rubric.id
    }

    /// A rubric's guide and sheet, and one kit per stage of its plan: the stage's guide (its time, questions,
    /// anchors, knock-out rules) and its sheet.
    private func rubricFiles(
        _ rubric: Rubric, folder: String, language: Language, format: DocsFormat
    ) -> [GeneratedFile] {
        let ext = format.fileExtension
        let view = guideView(rubric, language: language, format: format)
        var files = [
            GeneratedFile(path: "\(folder)/\(view.guideFileName)", content: render(view, template: "guide.\(ext)")),
            GeneratedFile(path: "\(folder)/\(view.sheetFileName)", content: render(view, template: "sheet.\(ext)")),
        ]
        for stage in rubric.plan {
            let kit = guideView(RubricDocsGenerator.kitRubric(rubric, stage: stage), language: language, format: format)
            files.append(
                GeneratedFile(
                    path: "\(folder)/\(stage.id)/\(kit.guideFileName)", content: render(kit, template: "guide.\(ext)")))
            files.append(
                GeneratedFile(
                    path: "\(folder)/\(stage.id)/\(kit.sheetFileName)", content: render(kit, template: "sheet.\(ext)")))
        }
        return files
    }

    /// The rubric as one stage's interviewer kit shows it: only the stage's criteria and the sections holding
    /// them, the plan reduced to the stage, the stage named in the title.
    static func kitRubric(_ rubric: Rubric, stage: InterviewStage) -> Rubric {
        var kit = rubric.restricted(to: stage)
        kit.sections = kit.sections.filter { !$0.criteria.isEmpty }
        kit.plan = [stage]
        var titles: [String: String] = [:]
        for language in rubric.languages {
            titles[language] = rubric.title.text(in: language) + " — " + stage.title.text(in: language)
        }
        kit.title = LocalizedText(translations: titles)
        return kit
    }

    func render(_ view: Any, template: String) -> String {
        var text = library.render(view, withTemplate: template) ?? ""
        // One trailing line break, no trailing spaces: stable diffs.
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
        while text.hasSuffix("\n\n") { text.removeLast() }
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }

    func notice(format: DocsFormat, source rubric: Rubric?, language: Language) -> String {
        let what: String
        if let rubric {
            let file = URL(fileURLWithPath: rubric.sourcePath).lastPathComponent
            what = DocsMessages.fromRubric(rubric.reference, file: file, hash: rubric.hash).text(in: language)
        } else {
            what = DocsMessages.fromAllRubrics.text(in: language)
        }
        let text = DocsMessages.generatedNotice(what).text(in: language)
        return "<!-- \(text) -->"
    }

    func guideView(_ rubric: Rubric, language: Language, format: DocsFormat) -> GuideView {
        let lang = language.rawValue
        var labels = DocsLabels.make(language)
        if !labels.process.isEmpty {
            labels.process[labels.process.count - 1] = DocsLabels.enterStep(language, stages: rubric.plan.map(\.id))
        }
        let totalWeight = rubric.sections.reduce(0) { $0 + $1.weight }
        var criterionNumber = 0
        let sections = rubric.sections.enumerated().map { index, section in
            sectionView(
                section, number: index + 1, of: rubric, language: language, labels: labels, totalWeight: totalWeight,
                criterionNumber: &criterionNumber)
        }
        // Every rule that can decide on its own, with the rubric's reason (AGG: a knock-out must be necessary
        // for the job).
        let knockOutRules = rubric.sections.flatMap { section -> [String] in
            (registry.module(section.moduleID)?.knockOutRules(of: section, in: rubric) ?? []).map { rule in
                "\(section.title.text(in: lang)): \(rule.description.text(in: language))"
                    + (rule.rationale.map { DocsMessages.why.text(in: language) + $0.text(in: language) }
                        ?? "")
            }
        }
        let decisionNotes = decisionRules(rubric, language: language)
        let decision = rubric.decision
        var view = GuideView(
            t: labels, notice: notice(format: format, source: rubric, language: language), language: lang,
            title: rubric.title.text(in: lang), id: rubric.id, version: rubric.version, hash: rubric.hash,
            file: URL(fileURLWithPath: rubric.sourcePath).lastPathComponent,
            description: rubric.description.text(in: lang),
            roleFamily: rubric.roleFamily, owner: rubric.owner, effectiveFrom: rubric.effectiveFrom.description,
            languages: rubric.languages.joined(separator: ", "),
            requirements: rubric.requirements.map { .init(id: $0.id, text: $0.text.text(in: lang)) },
            timing: timing(rubric, language: language),
            scale: rubric.scale.levels.map { .init(level: $0.value, label: $0.label.text(in: lang), text: "") },
            sections: sections,
            strongYes: Format.number(decision.strongYesFrom, language: language),
            yes: Format.number(decision.yesFrom, language: language),
            no: Format.number(decision.noFrom, language: language),
            coverage: Format.percent(decision.minimumCoverage, language: language),
            cap: decision.knockOutCap.label.text(in: language), decisionNotes: decisionNotes,
            knockOutRules: knockOutRules,
            sheetFileName: "sheet.\(lang).\(format.fileExtension)",
            guideFileName: "guide.\(lang).\(format.fileExtension)")
        view.noDecision = Recommendation.noDecision.label.text(in: language)
        view.handouts = rubric.sections.flatMap { section in
            (registry.module(section.moduleID)?.handouts(of: section, in: rubric) ?? []).map {
                GuideView.HandoutView(
                    title: $0.title.text(in: language), forCandidate: $0.audience == .candidate,
                    text: $0.text.text(in: language))
            }
        }
        return view
    }

    /// One section of the guide (numbered `number`): its module and rule, its weight as a share of `totalWeight`, its
    /// settings, the languages it asks for and its criteria (`criterionNumber` counts the criteria of the guide).
    private func sectionView(
        _ section: RubricSection, number: Int, of rubric: Rubric, language: Language, labels: DocsLabels,
        totalWeight: Double, criterionNumber: inout Int
    ) -> GuideView.SectionView {
        let lang = language.rawValue
        let module = registry.module(section.moduleID)
        var languages: [GuideView.LanguageView] = []
        // Observations on a named scale with a marked (required) level, such as languages on the CEFR scale.
        for request in section.observations {
            if case .level(let scale) = request.kind, let marked = request.markedLevel,
                let level = scale.levels.first(where: { $0.id == marked })
            {
                languages.append(
                    .init(
                        code: request.id, required: marked, name: request.label.text(in: lang),
                        descriptor: level.description?.text(in: language) ?? ""))
            }
        }
        let criteria = section.criteria.map { criterion -> GuideView.CriterionView in
            criterionNumber += 1
            return criterionView(
                criterion, in: section, number: number, counted: criterionNumber, of: rubric, language: language,
                labels: labels)
        }
        let settings = (module?.describeConfiguration(of: section, in: rubric) ?? []).map { $0.text(in: language) }
        return GuideView.SectionView(
            number: number, id: section.id, title: section.title.text(in: lang), module: section.moduleID,
            moduleName: module?.name.text(in: language) ?? section.moduleID,
            weightShare: totalWeight > 0 ? Format.percent(section.weight / totalWeight, language: language) : "-",
            rule: module?.documentation.scoring.text(in: language) ?? "", settings: settings,
            hasSettings: !settings.isEmpty,
            criteria: criteria, languages: languages, hasLanguages: !languages.isEmpty)
    }

    /// One criterion of the guide, numbered `SECTION.CRITERION` (`counted` when it cannot be found in its section):
    /// its questions, its anchors, the boxes of the sheet and the knock-out rules that name it.
    private func criterionView(
        _ criterion: Criterion, in section: RubricSection, number sectionNumber: Int, counted criterionNumber: Int,
        of rubric: Rubric, language: Language, labels: DocsLabels
    ) -> GuideView.CriterionView {
        let lang = language.rawValue
        let module = registry.module(section.moduleID)
        let levels = rubric.scale.levels.map { level in
            let text = criterion.anchors[level.value]?.text(in: lang) ?? ""
            return GuideView.LevelView(
                level: level.value, label: level.label.text(in: lang), text: text,
                short: RubricDocsGenerator.shortForm(text))
        }
        let knockOuts = (module?.knockOutRules(of: section, in: rubric) ?? [])
            .filter { $0.criteria.contains(criterion.id) }
            .map { $0.description.text(in: language) }
        var view = GuideView.CriterionView(
            number:
                "\(sectionNumber).\(section.criteria.firstIndex(of: criterion).map { $0 + 1 } ?? criterionNumber)",
            id: criterion.id, title: criterion.title.text(in: lang),
            weight: Format.number(criterion.weight, language: language),
            measures: criterion.measures.joined(separator: ", "), evidenceRequired: criterion.evidenceRequired,
            questions: criterion.questions.map { questionView($0, labels: labels, language: language) },
            anchors: levels.filter { !$0.text.isEmpty }, boxes: levels)
        view.knockOuts = knockOuts
        return view
    }

    /// One question with its kind, follow-ups and alternates.
    private func questionView(_ question: Question, labels: DocsLabels, language: Language) -> GuideView.QuestionView {
        let lang = language.rawValue
        let kind: String
        switch question.kind {
        case .behavioural?: kind = labels.behavioural
        case .situational?: kind = labels.situational
        case nil: kind = ""
        }
        let followUps = question.followUps.map { $0.text(in: lang) }
        var view = GuideView.QuestionView(
            kind: kind, hasKind: !kind.isEmpty, text: question.text.text(in: lang),
            followUps: followUps, hasFollowUps: !followUps.isEmpty)
        view.alternates = question.alternates.map {
            DocsMessages.or.text(in: language) + $0.text.text(in: lang)
                + ($0.followUps.isEmpty
                    ? "" : " (" + $0.followUps.map { $0.text(in: lang) }.joined(separator: " / ") + ")")
        }
        return view
    }

    /// An anchor's first sentence, at most 150 characters cut at a word, for the printed sheet: enough to tell the
    /// levels apart. A sentence ends at ". " before a capital letter after a word of four letters or more, so
    /// abbreviations ("bzw.", "z. B.", "e.g.") do not end it.
    static func shortForm(_ text: String) -> String {
        let characters = Array(text)
        var sentence = text
        var index = 0
        while index + 2 < characters.count {
            if characters[index] == ".", characters[index + 1] == " ", characters[index + 2].isUppercase {
                var start = index
                while start > 0, characters[start - 1].isLetter { start -= 1 }
                if index - start >= 4 {
                    sentence = String(characters[...index])
                    break
                }
            }
            index += 1
        }
        guard sentence.count > 150 else { return sentence }
        let cut = sentence.prefix(150)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + " …"
    }

    /// The time plan in words, computed from the content (``StageTiming``): for a rubric without a plan one line
    /// for the whole interview, else one line per stage with its duration, role and criteria.
    func timing(_ rubric: Rubric, language: Language) -> [String] {
        let lang = language.rawValue
        guard !rubric.plan.isEmpty else {
            let timing = StageTiming(criteria: rubric.allCriteria)
            return [
                DocsMessages.planWithoutStages(minutes: timing.totalMinutes, breakdown: timing.breakdown)
                    .text(in: language)
            ]
        }
        return rubric.plan.map { stage in
            let criteria = rubric.allCriteria.filter { stage.covers($0.id) }
            let timing = StageTiming(criteria: criteria)
            let role = stage.interviewerRole.map { ", " + $0.text(in: lang) } ?? ""
            let duration = stage.durationMinutes.map { DocsMessages.minutes($0).text(in: language) } ?? "–"
            let titles = criteria.map { $0.title.text(in: lang) }.joined(separator: ", ")
            let heading = "\(stage.title.text(in: lang)) (\(duration)\(role))"
            return DocsMessages.stage(
                heading, criteria: titles, minutes: timing.totalMinutes, breakdown: timing.breakdown
            ).text(in: language)
        }
    }

    /// The decision rules besides thresholds, coverage and cap, in words: the consensus method, the thresholds'
    /// rationale, and how knock-outs work in a panel.
    func decisionRules(_ rubric: Rubric, language: Language) -> [String] {
        let decision = rubric.decision
        var lines: [String] = []
        lines.append(DocsMessages.consensus(decision.consensus.label).text(in: language))
        if let rationale = decision.rationale {
            lines.append(
                DocsMessages.whyTheseThresholds.text(in: language)
                    + rationale.text(in: language))
        }
        lines.append(DocsMessages.knockOutInPanel.text(in: language))
        lines.append(DocsMessages.knockOutCriteriaRated.text(in: language))
        return lines
    }

    func moduleView(_ module: any ScoringModule, language: Language, format: DocsFormat) -> ModuleView {
        let labels = DocsLabels.make(language)
        let documentation = module.documentation
        return ModuleView(
            t: labels, notice: notice(format: format, source: nil, language: language), language: language.rawValue,
            id: module.id, name: module.name.text(in: language),
            summary: documentation.summary.text(in: language), rationale: documentation.rationale.text(in: language),
            scoring: documentation.scoring.text(in: language),
            configuration: documentation.configuration.map { $0.text(in: language) },
            examples: documentation.examples.map { example in
                ModuleView.ExampleView(
                    title: example.title.text(in: language),
                    ratings: example.ratings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                        separator: ", "
                    ).ifEmpty("–"),
                    observations: example.observations.sorted { $0.key < $1.key }.map {
                        "\($0.key) \($0.value.text)"
                    }.joined(separator: ", ").ifEmpty("–"),
                    score: example.expectedScore.map { Format.fixed($0, language: language) } ?? "–",
                    knockOuts: example.expectedKnockOuts.joined(separator: ", ").ifEmpty(labels.none),
                    flags: example.expectedFlags.joined(separator: ", ").ifEmpty(labels.none))
            })
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
