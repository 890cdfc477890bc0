import YAML

/// Decodes a ``Rubric`` from a located YAML tree, collecting every problem.
struct RubricDecoding {
    let registry: ModuleRegistry

    /// Reads a whole rubric, top-down: format, languages, header, content, then the checks across parts and each
    /// module's check of its sections. Returns nil when anything is in error (every problem is reported first).
    func decode(_ root: YAMLNode, path: String, decoder: inout NodeDecoder) -> Rubric? {
        var top = MappingReader(root, context: RubricMessages.theRubric, decoder: &decoder)
        guard top.isMapping else { return nil }
        checkFormat(&top, decoder: &decoder)
        // Languages first: every bilingual text is checked against them.
        let languages = decodeLanguages(&top, decoder: &decoder)
        decoder.languages = languages
        let header = decodeHeader(&top, decoder: &decoder)
        let content = decodeContent(&top, decoder: &decoder)
        top.finish(&decoder)

        checkReferences(requirements: content.requirements, sections: content.sections, decoder: &decoder)
        checkOneSectionPerModule(content.sections, decoder: &decoder)

        // The modules check their sections even when a top-level field is broken (placeholders stand in
        // for it), so that every problem of the file is reported at once; such a rubric is not returned.
        guard var rubric = assemble(header, content, languages: languages, root: root, path: path) else { return nil }
        validateSections(of: rubric, decoder: &decoder)
        if !decoder.hasErrors {
            declareObservations(in: &rubric)
        }
        guard header.isComplete, content.decision != nil else { return nil }
        return rubric
    }

    /// What the rubric asks for: the scale, requirements, sections, decision rules, interview plan and evidence
    /// minimum (defaults where an optional part is left out; `decision` nil when missing or invalid).
    struct Content {
        var scale: RatingScale
        var requirements: [Requirement]
        var sections: [RubricSection]
        var decision: DecisionRules?
        var plan: [InterviewStage]
        var evidenceMinimum: EvidenceMinimum
    }

    /// Reads the rubric's content in the order its parts depend on each other (the sections need the scale, the
    /// plan the sections).
    private func decodeContent(_ top: inout MappingReader, decoder: inout NodeDecoder) -> Content {
        let scale = top.optional("scale").map { decodeScale($0, decoder: &decoder) } ?? RatingScale.standard
        let requirements =
            top.required("requirements", decoder: &decoder).map { decodeRequirements($0, decoder: &decoder) } ?? []
        let sections =
            top.required("sections", decoder: &decoder).map { decodeSections($0, scale: scale, decoder: &decoder) }
            ?? []
        let decision = top.required("decision", decoder: &decoder).flatMap {
            decodeDecision($0, scale: scale, decoder: &decoder)
        }
        let plan = top.optional("plan").map { decodePlan($0, sections: sections, decoder: &decoder) } ?? []
        let evidenceMinimum =
            top.optional("evidence-minimum").map { decodeEvidenceMinimum($0, decoder: &decoder) } ?? .standard
        return Content(
            scale: scale, requirements: requirements, sections: sections, decision: decision, plan: plan,
            evidenceMinimum: evidenceMinimum)
    }

    /// The rubric made of what could be read, with placeholders for missing header facts and decision rules;
    /// nil only when the placeholder date cannot be made.
    private func assemble(
        _ header: Header, _ content: Content, languages: [String], root: YAMLNode, path: String
    ) -> Rubric? {
        guard let date = header.effectiveFrom ?? CalendarDate(year: 2000, month: 1, day: 1) else { return nil }
        let scale = content.scale
        var rubric = Rubric(
            id: header.id ?? "", version: header.version ?? 1, languages: languages,
            title: header.title ?? LocalizedText(""), description: header.description ?? LocalizedText(""),
            roleFamily: header.roleFamily ?? "", owner: header.owner ?? "", effectiveFrom: date, scale: scale,
            requirements: content.requirements, sections: content.sections,
            decision: content.decision
                ?? DecisionRules(
                    noFrom: scale.middle, yesFrom: scale.middle, strongYesFrom: scale.middle,
                    minimumCoverage: 1),
            hash: "", sourcePath: path, location: root.location)
        rubric.idLocation = header.idNode?.location ?? root.location
        rubric.plan = content.plan
        rubric.evidenceMinimum = content.evidenceMinimum
        rubric.hash = CanonicalForm.hash(of: root)
        return rubric
    }

    /// Lets each section's module check the section's configuration against the rubric.
    private func validateSections(of rubric: Rubric, decoder: inout NodeDecoder) {
        for section in rubric.sections {
            if let module = registry.module(section.moduleID) {
                module.validate(section, in: rubric, decoder: &decoder)
            }
        }
    }

    /// Keeps with each section what its module asks the interviewer to record, so that scorecards can be read,
    /// entered, merged and shown from the declaration. Only for a rubric without errors (a section whose
    /// configuration has errors asks for what its module can still read).
    private func declareObservations(in rubric: inout Rubric) {
        for index in rubric.sections.indices {
            guard let module = registry.module(rubric.sections[index].moduleID) else { continue }
            rubric.sections[index].observations = module.observations(for: rubric.sections[index], in: rubric)
            if module.scorecardKey != nil && !module.allowsSeveralSections {
                rubric.sections[index].scorecardKey = module.scorecardKey
            }
        }
    }

    /// The id written at `node` for reporting follow-up problems: the valid id, or else the raw text of an invalid one.
    private static func reportingID(_ id: String?, _ node: YAMLNode?) -> String? {
        if let id { return id }
        guard let scalar = node?.scalar, !scalar.isNull else { return nil }
        return scalar.text
    }

    // MARK: Scale

    private func decodeScale(_ node: YAMLNode, decoder: inout NodeDecoder) -> RatingScale {
        let reader = MappingReader(
            node, context: RubricMessages.scaleContext, decoder: &decoder, checkUnknownKeys: false)
        guard reader.isMapping else { return .standard }
        var levels: [RatingScale.Level] = []
        var anchorLevelsNode: YAMLNode?
        for pair in reader.pairs {
            if pair.key.scalar?.text == "anchor-levels" {
                anchorLevelsNode = pair.value
                continue
            }
            guard let level = decoder.readInteger(pair.key, key: "scale") else { continue }
            guard let label = decoder.readLocalizedText(pair.value, key: "scale.\(level)") else { continue }
            levels.append(.init(value: level, label: label))
        }
        let values = levels.map(\.value).sorted()
        guard values.count >= 2, values.count <= 10, let first = values.first,
            values == Array(first..<(first + values.count))
        else {
            decoder.error(
                .invalidScale,
                RubricMessages.invalidScale(values.map(String.init).joined(separator: ", ")), at: node.location,
                hint: RubricMessages.scaleExample)
            return .standard
        }
        var scale = RatingScale(levels: levels)
        if let anchorLevelsNode, let items = decoder.readSequence(anchorLevelsNode, key: "anchor-levels") {
            let declared = items.compactMap { decoder.readInteger($0, key: "anchor-levels") }
            let off = declared.filter { !scale.contains($0) }
            let middle = Set([Int(scale.middle.rounded(.down)), Int(scale.middle.rounded(.up))])
            if !off.isEmpty {
                decoder.error(
                    .anchorOffScale,
                    RubricMessages.anchorOffScale(
                        off.map(String.init).joined(separator: ", "), scale: scale.rangeDescription),
                    at: anchorLevelsNode.location)
            } else if !declared.contains(scale.lowest) || !declared.contains(scale.highest)
                || middle.isDisjoint(with: declared)
            {
                decoder.error(
                    .anchorLevelsIncomplete,
                    RubricMessages.anchorLevelsIncomplete(declared.map(String.init).joined(separator: ", ")),
                    at: anchorLevelsNode.location,
                    hint: RubricMessages.levelsExample(
                        "\(scale.lowest), \(Int(scale.middle.rounded(.down))), \(scale.highest)"))
            } else {
                scale.anchorLevels = Array(Set(declared)).sorted()
            }
        }
        return scale
    }

    // MARK: Requirements

    private func decodeRequirements(_ node: YAMLNode, decoder: inout NodeDecoder) -> [Requirement] {
        guard let items = decoder.readSequence(node, key: "requirements") else { return [] }
        var requirements: [Requirement] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            var reader = MappingReader(
                item, context: RubricMessages.aRequirement, decoder: &decoder)
            guard reader.isMapping else { continue }
            let idNode = reader.required("id", decoder: &decoder, example: "explain-decisions")
            let id = idNode.flatMap { decoder.readIdentifier($0, key: "id") }
            let text = reader.required("text", decoder: &decoder).flatMap { decoder.readLocalizedText($0, key: "text") }
            reader.finish(&decoder)
            guard let idNode, let id = RubricDecoding.reportingID(id, idNode) else { continue }
            if let first = seen[id] {
                duplicateID(
                    kind: RubricMessages.requirementKind, id: id, first: first, at: idNode.location,
                    decoder: &decoder)
                continue
            }
            seen[id] = idNode.location
            // Kept even without its text (an error is reported), so criteria measuring it are not reported too.
            requirements.append(Requirement(id: id, text: text ?? LocalizedText(""), location: idNode.location))
        }
        if items.isEmpty {
            decoder.error(
                .noRequirements,
                RubricMessages.noRequirements, at: node.location)
        }
        return requirements
    }

    // MARK: Sections

    private func decodeSections(_ node: YAMLNode, scale: RatingScale, decoder: inout NodeDecoder) -> [RubricSection] {
        guard let items = decoder.readSequence(node, key: "sections") else { return [] }
        if items.isEmpty {
            decoder.error(
                .noSections,
                RubricMessages.noSections, at: node.location)
        }
        var sections: [RubricSection] = []
        var sectionIDs: [String: SourceLocation] = [:]
        var criterionIDs: [String: SourceLocation] = [:]
        // Items whose weight is already an error carry a placeholder weight, which the weight check must not see.
        var invalidWeights: Set<String> = []
        for item in items {
            let label = item["id"]?.scalar?.text.shortened
            var reader = MappingReader(
                item,
                context: label.map(RubricMessages.sectionContext) ?? RubricMessages.aSection, decoder: &decoder)
            guard reader.isMapping else { continue }
            let idNode = reader.required("id", decoder: &decoder, example: "customer-orientation")
            let id = idNode.flatMap { decoder.readIdentifier($0, key: "id") }
            let moduleID = readModuleID(&reader, decoder: &decoder)
            let title = reader.required("title", decoder: &decoder).flatMap {
                decoder.readLocalizedText($0, key: "title")
            }
            let weight = reader.required("weight", decoder: &decoder, example: "30").flatMap {
                readWeight($0, decoder: &decoder)
            }
            let weightRationale = reader.optional("weight-rationale").flatMap {
                decoder.readLocalizedText($0, key: "weight-rationale")
            }
            let configuration = reader.optional("config")
            let criteria =
                reader.required("criteria", decoder: &decoder).map {
                    decodeCriteria(
                        $0, scale: scale, seen: &criterionIDs, invalidWeights: &invalidWeights, decoder: &decoder)
                } ?? []
            reader.finish(&decoder)
            guard let idNode, let id = RubricDecoding.reportingID(id, idNode) else { continue }
            if weight == nil { invalidWeights.insert("section \(id)") }
            noteID(id, at: idNode.location, kind: RubricMessages.sectionKind, seen: &sectionIDs, decoder: &decoder)
            // A section with errors is kept with placeholders (the rubric is not loaded), so that the requirements
            // its criteria measure are not reported as unmeasured; an unknown module ("") is not validated.
            var section = RubricSection(
                id: id, moduleID: moduleID ?? "", title: title ?? LocalizedText(id), weight: weight ?? 1,
                configuration: configuration, criteria: criteria, location: item.location)
            section.weightRationale = weightRationale
            section.weightLocation = item["weight"]?.location ?? item.location
            checkCriterionCount(section, decoder: &decoder)
            sections.append(section)
        }
        checkSectionWeights(sections, invalidWeights: invalidWeights, decoder: &decoder)
        return sections
    }

    /// A section's `module:`, nil when missing or not a module of the registry (an error lists the known ones).
    private func readModuleID(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> String? {
        let moduleNode = reader.required(
            "module", decoder: &decoder, example: registry.ids.first ?? "customer-orientation")
        guard let moduleNode, let value = decoder.readText(moduleNode, key: "module") else { return nil }
        guard registry.module(value) != nil else {
            let known = registry.ids.joined(separator: ", ")
            let suggestion = Identifier.closest(to: value, among: registry.ids)
            decoder.error(
                .unknownModule,
                RubricMessages.unknownModule(value.shortened, known: known), at: moduleNode.location,
                hint: suggestion.map(CommonMessages.didYouMean))
            return nil
        }
        return value
    }

    /// Records where `id` is first written, and reports it as a duplicate when `seen` has it already.
    private func noteID(
        _ id: String, at location: SourceLocation, kind: LocalizedText, seen: inout [String: SourceLocation],
        decoder: inout NodeDecoder
    ) {
        if let first = seen[id] {
            duplicateID(kind: kind, id: id, first: first, at: location, decoder: &decoder)
        } else {
            seen[id] = location
        }
    }

    /// Checks the sections' weights against each other, then each section's criteria's weights (items whose
    /// weight is already an error are left out).
    private func checkSectionWeights(
        _ sections: [RubricSection], invalidWeights: Set<String>, decoder: inout NodeDecoder
    ) {
        checkWeights(
            sections.filter { !invalidWeights.contains("section \($0.id)") }.map {
                (
                    id: $0.id, kind: RubricMessages.section, weight: $0.weight,
                    rationale: $0.weightRationale, location: $0.weightLocation
                )
            }, decoder: &decoder)
        for section in sections {
            checkWeights(
                section.criteria.filter { !invalidWeights.contains("criterion \($0.id)") }.map {
                    (
                        id: $0.id, kind: RubricMessages.criterion, weight: $0.weight,
                        rationale: $0.weightRationale, location: $0.weightLocation
                    )
                }, decoder: &decoder)
        }
    }

    /// The number of criteria a section usually has (the format docs: "3 to 6 criteria are usual").
    static let usualCriteriaPerSection = 3...6

    /// Warns on a section with fewer or more criteria than usual: with fewer, the section's score rests on one or
    /// two ratings; with more, each criterion gets a few minutes of the interview.
    private func checkCriterionCount(_ section: RubricSection, decoder: inout NodeDecoder) {
        let count = section.criteria.count
        let usual = RubricDecoding.usualCriteriaPerSection
        guard count > 0, !usual.contains(count) else { return }
        decoder.warning(
            .criteriaPerSection, RubricMessages.criteriaPerSection(section.id, count: count, usual: usual),
            at: section.location,
            hint: count < usual.lowerBound
                ? RubricMessages.tooFewCriteria(count, usual: usual) : RubricMessages.tooManyCriteria(usual: usual))
    }

    /// Warns on every weight that differs from the most common weight of its group without a written rationale
    /// (equal weights unless a documented rationale, as structured-interview guidance recommends).
    private func checkWeights(
        _ items: [(
            id: String, kind: LocalizedText, weight: Double, rationale: LocalizedText?, location: SourceLocation
        )],
        decoder: inout NodeDecoder
    ) {
        guard Set(items.map(\.weight)).count > 1 else { return }
        var counts: [Double: Int] = [:]
        for item in items { counts[item.weight, default: 0] += 1 }
        let usual = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 1
        for item in items where item.weight != usual && item.rationale == nil {
            decoder.warning(
                .weightWithoutRationale,
                RubricMessages.weightWithoutRationale(item.kind, id: item.id, weight: item.weight, usual: usual),
                at: item.location, hint: RubricMessages.weighEqually)
        }
    }

    private func readWeight(_ node: YAMLNode, decoder: inout NodeDecoder) -> Double? {
        guard let weight = decoder.readDecimal(node, key: "weight") else { return nil }
        guard weight > 0 else {
            decoder.error(
                .invalidWeight,
                RubricMessages.weightNotPositive(node.scalar?.text ?? ""), at: node.location,
                hint: RubricMessages.removeItemInstead)
            return nil
        }
        return weight
    }

    // MARK: Criteria

    private func decodeCriteria(
        _ node: YAMLNode, scale: RatingScale, seen: inout [String: SourceLocation], invalidWeights: inout Set<String>,
        decoder: inout NodeDecoder
    ) -> [Criterion] {
        guard let items = decoder.readSequence(node, key: "criteria") else { return [] }
        if items.isEmpty {
            decoder.error(
                .noCriteria,
                RubricMessages.noCriteria, at: node.location)
        }
        var criteria: [Criterion] = []
        for item in items {
            let label = item["id"]?.scalar?.text.shortened
            var reader = MappingReader(
                item,
                context: label.map(RubricMessages.criterionContext) ?? RubricMessages.aCriterion, decoder: &decoder)
            guard reader.isMapping else { continue }
            let idNode = reader.required("id", decoder: &decoder, example: "ownership")
            let id = idNode.flatMap { decoder.readIdentifier($0, key: "id") }
            let title = reader.required("title", decoder: &decoder).flatMap {
                decoder.readLocalizedText($0, key: "title")
            }
            let weight = reader.optional("weight").map { readWeight($0, decoder: &decoder) } ?? 1
            let weightRationale = reader.optional("weight-rationale").flatMap {
                decoder.readLocalizedText($0, key: "weight-rationale")
            }
            let measures = readMeasures(&reader, decoder: &decoder)
            let evidenceRequired =
                reader.optional("evidence-required").flatMap { decoder.readBoolean($0, key: "evidence-required") }
                ?? false
            let questions =
                reader.required("questions", decoder: &decoder).map { decodeQuestions($0, decoder: &decoder) } ?? []
            let anchors =
                reader.required("anchors", decoder: &decoder).map {
                    decodeAnchors($0, criterion: label ?? "?", scale: scale, decoder: &decoder)
                } ?? [:]
            let pastExampleLevels =
                reader.optional("needs-past-example").map {
                    decodePastExampleLevels(
                        $0, criterion: label ?? "?", anchors: anchors, questions: questions, decoder: &decoder)
                } ?? []
            reader.finish(&decoder)
            guard let idNode, let id = RubricDecoding.reportingID(id, idNode) else { continue }
            if weight == nil { invalidWeights.insert("criterion \(id)") }
            noteID(id, at: idNode.location, kind: RubricMessages.criterionKind, seen: &seen, decoder: &decoder)
            // A criterion with errors is kept with placeholders (the rubric is not loaded), so that its references
            // are still checked and its module does not report it as missing.
            var criterion = Criterion(
                id: id, title: title ?? LocalizedText(id), weight: weight ?? 1, measures: measures,
                evidenceRequired: evidenceRequired,
                questions: questions, anchors: anchors, location: item.location)
            criterion.weightRationale = weightRationale
            criterion.weightLocation = item["weight"]?.location ?? item.location
            criterion.pastExampleLevels = pastExampleLevels
            criterion.measuresLocations = RubricDecoding.measuresLocations(item["measures"])
            criteria.append(criterion)
        }
        return criteria
    }

    /// A criterion's `measures:`, the requirement ids it measures (one id may be written without brackets).
    private func readMeasures(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> [String] {
        guard let measuresNode = reader.required("measures", decoder: &decoder, example: "[requirement-id]") else {
            return []
        }
        let measures = readIDList(measuresNode, key: "measures", decoder: &decoder)
        if measures.isEmpty && measuresNode.sequence != nil {
            decoder.error(.noMeasures, RubricMessages.noMeasures, at: measuresNode.location)
        }
        return measures
    }

    /// Where each requirement id of `measures:` is first written, for reporting an unknown one where it stands.
    private static func measuresLocations(_ measuresNode: YAMLNode?) -> [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        guard let measuresNode else { return locations }
        for element in measuresNode.sequence ?? [measuresNode] {
            if let text = element.scalar?.text, locations[text] == nil {
                locations[text] = element.location
            }
        }
        return locations
    }

    private func readIDList(_ node: YAMLNode, key: String, decoder: inout NodeDecoder) -> [String] {
        // A single id may be written without brackets.
        if node.scalar != nil, let id = decoder.readIdentifier(node, key: key) { return [id] }
        guard let items = decoder.readSequence(node, key: key) else { return [] }
        return items.compactMap { decoder.readIdentifier($0, key: key) }
    }

    private func decodeQuestions(_ node: YAMLNode, decoder: inout NodeDecoder) -> [Question] {
        guard let items = decoder.readSequence(node, key: "questions") else { return [] }
        if items.isEmpty {
            decoder.error(
                .noQuestions,
                RubricMessages.noQuestions, at: node.location)
        }
        var questions: [Question] = []
        for item in items {
            var reader = MappingReader(item, context: RubricMessages.aQuestion, decoder: &decoder)
            guard reader.isMapping else { continue }
            var kind: Question.Kind?
            if let kindNode = reader.optional("kind"), let text = decoder.readText(kindNode, key: "kind") {
                kind = Question.Kind(rawValue: text)
                if kind == nil {
                    decoder.error(
                        .invalidKind,
                        RubricMessages.invalidKind(text.shortened), at: kindNode.location,
                        hint: Identifier.closest(to: text, among: Question.Kind.allCases.map(\.rawValue))
                            .map(CommonMessages.didYouMean))
                }
            }
            let text = reader.required("text", decoder: &decoder).flatMap { decoder.readLocalizedText($0, key: "text") }
            var followUps: [LocalizedText] = []
            if let node = reader.optional("follow-ups"), let items = decoder.readSequence(node, key: "follow-ups") {
                followUps = items.compactMap { decoder.readLocalizedText($0, key: "follow-ups") }
            }
            var alternates: [Question] = []
            if let node = reader.optional("alternates"), let items = decoder.readSequence(node, key: "alternates") {
                for item in items {
                    var inner = MappingReader(
                        item, context: RubricMessages.anAlternateQuestion,
                        decoder: &decoder)
                    guard inner.isMapping else { continue }
                    let alternateText = inner.required("text", decoder: &decoder).flatMap {
                        decoder.readLocalizedText($0, key: "text")
                    }
                    var alternateFollowUps: [LocalizedText] = []
                    if let node = inner.optional("follow-ups"),
                        let items = decoder.readSequence(node, key: "follow-ups")
                    {
                        alternateFollowUps = items.compactMap { decoder.readLocalizedText($0, key: "follow-ups") }
                    }
                    inner.finish(&decoder)
                    // An alternate asks the same thing in other words: it keeps the question's kind.
                    if let alternateText {
                        alternates.append(Question(kind: kind, text: alternateText, followUps: alternateFollowUps))
                    }
                }
            }
            reader.finish(&decoder)
            if let text {
                var question = Question(kind: kind, text: text, followUps: followUps)
                question.alternates = alternates
                questions.append(question)
            }
        }
        return questions
    }

    /// Reads `needs-past-example`, the anchor levels that describe a past achievement, and warns when every
    /// question of the criterion is situational: a hypothetical question cannot elicit what the candidate has done.
    private func decodePastExampleLevels(
        _ node: YAMLNode, criterion: String, anchors: [Int: LocalizedText], questions: [Question],
        decoder: inout NodeDecoder
    ) -> [Int] {
        let items = node.scalar != nil ? [node] : (decoder.readSequence(node, key: "needs-past-example") ?? [])
        var levels: [Int] = []
        for item in items {
            guard let level = decoder.readInteger(item, key: "needs-past-example") else { continue }
            guard anchors[level] != nil else {
                decoder.error(
                    .pastExampleWithoutAnchor,
                    RubricMessages.pastExampleWithoutAnchor(level, criterion: criterion), at: item.location,
                    hint: RubricMessages.namePastExampleLevels)
                continue
            }
            if !levels.contains(level) { levels.append(level) }
        }
        if !levels.isEmpty, !questions.isEmpty, questions.allSatisfy({ $0.kind == .situational }) {
            let list = levels.sorted().map(String.init).joined(separator: ", ")
            decoder.warning(
                .pastExampleOnSituational,
                RubricMessages.pastExampleOnSituational(levels: list, count: levels.count, criterion: criterion),
                at: node.location, hint: RubricMessages.addBehaviouralQuestion)
        }
        return levels
    }

    private func decodeAnchors(
        _ node: YAMLNode, criterion: String, scale: RatingScale,
        decoder: inout NodeDecoder
    ) -> [Int: LocalizedText] {
        let reader = MappingReader(
            node, context: RubricMessages.anchorsContext, decoder: &decoder, checkUnknownKeys: false)
        guard reader.isMapping else { return [:] }
        var anchors: [Int: LocalizedText] = [:]
        for pair in reader.pairs {
            guard let level = decoder.readInteger(pair.key, key: "anchors") else { continue }
            guard scale.contains(level) else {
                decoder.error(
                    .anchorOffScale,
                    RubricMessages.anchorLevelOffScale(level, scale: scale.rangeDescription), at: pair.key.location,
                    hint: RubricMessages.useLevelFrom(scale.rangeDescription))
                continue
            }
            if let text = decoder.readLocalizedText(pair.value, key: "anchors.\(level)") { anchors[level] = text }
        }
        let middleLevels = Set([Int(scale.middle.rounded(.down)), Int(scale.middle.rounded(.up))])
        let written = Set(reader.pairs.compactMap { $0.key.scalar.flatMap { Int($0.text) } })
        var missingRequired: [Int] = []
        if !written.contains(scale.lowest) { missingRequired.append(scale.lowest) }
        if written.isDisjoint(with: middleLevels) { missingRequired.append(Int(scale.middle.rounded(.down))) }
        if !written.contains(scale.highest) { missingRequired.append(scale.highest) }
        if !missingRequired.isEmpty {
            let list = missingRequired.map(String.init).joined(separator: ", ")
            decoder.error(
                .missingAnchors,
                RubricMessages.missingRequiredAnchors(criterion, levels: list), at: node.location,
                hint: RubricMessages.describeAnswerAtLevel)
        } else if let declared = scale.anchorLevels {
            // The rubric declares where its anchors are: those levels need one, the levels between are interpolated.
            let missing = declared.filter { !written.contains($0) }
            if !missing.isEmpty {
                let list = missing.map(String.init).joined(separator: ", ")
                decoder.error(
                    .missingAnchors,
                    RubricMessages.missingDeclaredAnchors(criterion, levels: list), at: node.location,
                    hint: RubricMessages.describeAnswerAtLevel)
            }
        } else {
            let missing = scale.levels.map(\.value).filter { !written.contains($0) }
            if !missing.isEmpty {
                let list = missing.map(String.init).joined(separator: ", ")
                decoder.warning(
                    .missingAnchors,
                    RubricMessages.missingAnchors(criterion, levels: list), at: node.location,
                    hint: RubricMessages.anchorsAtEveryLevel)
            }
        }
        return anchors
    }

    // MARK: Decision

    /// `evidence-minimum: {characters: 30, words: 5}`: each at least 1 and at most ``EvidenceMinimum/largest``;
    /// a key left out keeps the standard.
    private func decodeEvidenceMinimum(_ node: YAMLNode, decoder: inout NodeDecoder) -> EvidenceMinimum {
        var reader = MappingReader(node, context: RubricMessages.evidenceMinimumContext, decoder: &decoder)
        guard reader.isMapping else { return .standard }
        var minimum = EvidenceMinimum.standard
        let limits = [("characters", EvidenceMinimum.largest.characters), ("words", EvidenceMinimum.largest.words)]
        for (key, largest) in limits {
            guard let valueNode = reader.optional(key), let value = decoder.readInteger(valueNode, key: key) else {
                continue
            }
            guard (1...largest).contains(value) else {
                decoder.error(
                    .invalidEvidenceMinimum, RubricMessages.invalidEvidenceMinimum(key, value: value, largest: largest),
                    at: valueNode.location)
                continue
            }
            if key == "characters" { minimum.characters = value } else { minimum.words = value }
        }
        reader.finish(&decoder)
        return minimum
    }

    // MARK: References

    private func checkReferences(requirements: [Requirement], sections: [RubricSection], decoder: inout NodeDecoder) {
        let known = requirements.map(\.id)
        var measured: Set<String> = []
        for criterion in sections.flatMap(\.criteria) {
            for requirement in criterion.measures {
                if known.contains(requirement) {
                    measured.insert(requirement)
                } else {
                    let location = criterion.measuresLocation(of: requirement) ?? criterion.location
                    decoder.error(
                        .unknownRequirement,
                        RubricMessages.unknownRequirement(criterion.id, requirement: requirement), at: location,
                        hint: Identifier.closest(to: requirement, among: known).map(CommonMessages.didYouMean)
                            ?? RubricMessages.addRequirementOrFixID)
                }
            }
        }
        for requirement in requirements where !measured.contains(requirement.id) {
            decoder.warning(
                .unmeasuredRequirement,
                RubricMessages.unmeasuredRequirement(requirement.id), at: requirement.location,
                hint: RubricMessages.measureOrRemove(requirement.id))
        }
    }

    /// One section per module unless the module allows several: two sections of one module would weigh its
    /// competency twice under two names.
    private func checkOneSectionPerModule(_ sections: [RubricSection], decoder: inout NodeDecoder) {
        var first: [String: RubricSection] = [:]
        for section in sections {
            guard let module = registry.module(section.moduleID), !module.allowsSeveralSections else { continue }
            if let earlier = first[section.moduleID] {
                decoder.error(
                    .moduleUsedTwice,
                    RubricMessages.moduleUsedTwice(
                        section.id, module: section.moduleID, earlier: earlier.id, line: earlier.location.line),
                    at: section.location, hint: RubricMessages.moveCriteria(into: earlier.id))
            } else {
                first[section.moduleID] = section
            }
        }
    }

    private func duplicateID(
        kind: LocalizedText, id: String, first: SourceLocation, at location: SourceLocation, decoder: inout NodeDecoder
    ) {
        decoder.error(
            .duplicateID,
            RubricMessages.duplicateID(kind, id: id, firstLine: first.line), at: location,
            hint: RubricMessages.idsMustBeUnique)
    }
}
