import YAML

// A rubric in the binary form of the compiled-rubric cache (``RubricCache``): every stored property of the model,
// field by field, so that a rubric read back is equal (`==`) to the one written. The file it came from is not
// written: ``Rubric/sourcePath`` is set by the reader. `RubricCacheTests` checks the round trip of every shipped
// rubric; a new stored property needs a line here and in the reader.

extension BinaryWriter {
    /// A whole rubric, without its ``Rubric/sourcePath``.
    mutating func rubric(_ rubric: Rubric) {
        text(rubric.id)
        int(rubric.version)
        list(rubric.languages) { $0.text($1) }
        localized(rubric.title)
        localized(rubric.description)
        text(rubric.roleFamily)
        text(rubric.owner)
        date(rubric.effectiveFrom)
        list(rubric.scale.levels) { writer, level in
            writer.int(level.value)
            writer.localized(level.label)
        }
        optional(rubric.scale.anchorLevels) { writer, levels in writer.list(levels) { $0.int($1) } }
        list(rubric.requirements) { writer, requirement in
            writer.text(requirement.id)
            writer.localized(requirement.text)
            writer.location(requirement.location)
        }
        list(rubric.sections) { $0.section($1) }
        decision(rubric.decision)
        list(rubric.plan) { $0.stage($1) }
        int(rubric.evidenceMinimum.characters)
        int(rubric.evidenceMinimum.words)
        text(rubric.hash)
        location(rubric.location)
        location(rubric.idLocation)
    }

    mutating func localized(_ value: LocalizedText) {
        list(value.translations.sorted { $0.key < $1.key }) { writer, pair in
            writer.text(pair.key)
            writer.text(pair.value)
        }
    }

    private mutating func section(_ section: RubricSection) {
        text(section.id)
        text(section.moduleID)
        localized(section.title)
        double(section.weight)
        optional(section.configuration) { $0.node($1) }
        optional(section.weightRationale) { $0.localized($1) }
        location(section.weightLocation)
        list(section.criteria) { $0.criterion($1) }
        location(section.location)
        list(section.observations) { $0.observationRequest($1) }
        optional(section.scorecardKey) { $0.text($1) }
    }

    private mutating func criterion(_ criterion: Criterion) {
        text(criterion.id)
        localized(criterion.title)
        double(criterion.weight)
        optional(criterion.weightRationale) { $0.localized($1) }
        location(criterion.weightLocation)
        list(criterion.measures) { $0.text($1) }
        bool(criterion.evidenceRequired)
        list(criterion.questions) { $0.question($1) }
        list(criterion.anchors.sorted { $0.key < $1.key }) { writer, anchor in
            writer.int(anchor.key)
            writer.localized(anchor.value)
        }
        location(criterion.location)
        list(criterion.measuresLocations.sorted { $0.key < $1.key }) { writer, pair in
            writer.text(pair.key)
            writer.location(pair.value)
        }
        list(criterion.pastExampleLevels) { $0.int($1) }
    }

    private mutating func question(_ question: Question) {
        optional(question.kind) { $0.text($1.rawValue) }
        localized(question.text)
        list(question.followUps) { $0.localized($1) }
        list(question.alternates) { $0.question($1) }
    }

    private mutating func decision(_ rules: DecisionRules) {
        double(rules.noFrom)
        double(rules.yesFrom)
        double(rules.strongYesFrom)
        double(rules.minimumCoverage)
        text(rules.knockOutCap.rawValue)
        text(rules.consensus.rawValue)
        optional(rules.rationale) { $0.localized($1) }
    }

    private mutating func stage(_ stage: InterviewStage) {
        text(stage.id)
        localized(stage.title)
        optional(stage.durationMinutes) { $0.int($1) }
        optional(stage.interviewerRole) { $0.localized($1) }
        int(stage.interviewers)
        list(stage.criteria) { $0.text($1) }
        bool(stage.isPlanned)
        location(stage.location)
    }

    private mutating func observationRequest(_ request: ObservationRequest) {
        text(request.id)
        localized(request.label)
        switch request.kind {
        case .level(let scale):
            bytes.append(0)
            localized(scale.name)
            list(scale.levels) { writer, level in
                writer.text(level.id)
                writer.optional(level.description) { $0.localized($1) }
            }
        case .count(let bounds):
            bytes.append(1)
            int(bounds.lowerBound)
            int(bounds.upperBound)
        case .minutes(let bounds):
            bytes.append(2)
            int(bounds.lowerBound)
            int(bounds.upperBound)
        case .choice(let choices):
            bytes.append(3)
            list(choices) { writer, choice in
                writer.text(choice.id)
                writer.localized(choice.label)
            }
        }
        bool(request.isRequired)
        optional(request.detail) { $0.localized($1) }
        optional(request.markedLevel) { $0.text($1) }
    }

    /// A located YAML tree (a section's module configuration), with its tags, styles and locations.
    mutating func node(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            bytes.append(0)
            text(scalar.text)
            bytes.append(Self.styleCode(scalar.style))
        case .sequence(let items):
            bytes.append(1)
            list(items) { $0.node($1) }
        case .mapping(let pairs):
            bytes.append(2)
            list(pairs) { writer, pair in
                writer.node(pair.key)
                writer.node(pair.value)
            }
        }
        location(node.location)
        optional(node.tag) { $0.text($1) }
    }

    private static func styleCode(_ style: YAMLScalar.Style) -> UInt8 {
        switch style {
        case .any: return 0
        case .plain: return 1
        case .singleQuoted: return 2
        case .doubleQuoted: return 3
        case .literal: return 4
        case .folded: return 5
        }
    }
}

extension BinaryReader {
    /// A rubric as ``BinaryWriter/rubric(_:)`` wrote it, read from `sourcePath`; nil when the bytes are wrong.
    mutating func rubric(sourcePath: String) -> Rubric? {
        guard let id = text(), let version = int(), let languages = list({ $0.text() }),
            let title = localized(), let description = localized(), let roleFamily = text(), let owner = text(),
            let effectiveFrom = date(),
            let levels = list({ reader -> RatingScale.Level? in
                guard let value = reader.int(), let label = reader.localized() else { return nil }
                return RatingScale.Level(value: value, label: label)
            }),
            let anchorLevels = optional({ reader in reader.list { $0.int() } }),
            let requirements = list({ reader -> Requirement? in
                guard let id = reader.text(), let text = reader.localized(), let location = reader.location()
                else { return nil }
                return Requirement(id: id, text: text, location: location)
            }),
            let sections = list({ $0.section() }), let decision = decision(), let plan = list({ $0.stage() }),
            let characters = int(), let words = int(), let hash = text(), let rubricLocation = location(),
            let idLocation = location()
        else { return nil }
        var scale = RatingScale(levels: levels)
        scale.anchorLevels = anchorLevels
        var rubric = Rubric(
            id: id, version: version, languages: languages, title: title, description: description,
            roleFamily: roleFamily, owner: owner, effectiveFrom: effectiveFrom, scale: scale,
            requirements: requirements, sections: sections, decision: decision, hash: hash, sourcePath: sourcePath,
            location: rubricLocation)
        rubric.plan = plan
        rubric.evidenceMinimum = EvidenceMinimum(characters: characters, words: words)
        rubric.idLocation = idLocation
        return rubric
    }

    mutating func localized() -> LocalizedText? {
        guard let count = count() else { return nil }
        var translations: [String: String] = [:]
        translations.reserveCapacity(count)
        for _ in 0..<count {
            guard let language = text(), let value = text() else { return nil }
            translations[language] = value
        }
        return LocalizedText(translations: translations)
    }

    private mutating func section() -> RubricSection? {
        guard let id = text(), let moduleID = text(), let title = localized(), let weight = double(),
            let configuration = optional({ $0.node() }), let weightRationale = optional({ $0.localized() }),
            let weightLocation = location(), let criteria = list({ $0.criterion() }), let location = location(),
            let observations = list({ $0.observationRequest() }), let scorecardKey = optionalText()
        else { return nil }
        var section = RubricSection(
            id: id, moduleID: moduleID, title: title, weight: weight, configuration: configuration,
            criteria: criteria, location: location)
        section.weightRationale = weightRationale
        section.weightLocation = weightLocation
        section.observations = observations
        section.scorecardKey = scorecardKey
        return section
    }

    private mutating func criterion() -> Criterion? {
        guard let id = text(), let title = localized(), let weight = double(),
            let weightRationale = optional({ $0.localized() }), let weightLocation = location(),
            let measures = list({ $0.text() }), let evidenceRequired = bool(),
            let questions = list({ $0.question() }),
            let anchors = list({ reader -> (Int, LocalizedText)? in
                guard let level = reader.int(), let text = reader.localized() else { return nil }
                return (level, text)
            }),
            let location = location(),
            let measuresLocations = list({ reader -> (String, SourceLocation)? in
                guard let requirement = reader.text(), let location = reader.location() else { return nil }
                return (requirement, location)
            }),
            let pastExampleLevels = list({ $0.int() })
        else { return nil }
        var criterion = Criterion(
            id: id, title: title, weight: weight, measures: measures, evidenceRequired: evidenceRequired,
            questions: questions, anchors: Dictionary(anchors) { first, _ in first }, location: location)
        criterion.weightRationale = weightRationale
        criterion.weightLocation = weightLocation
        criterion.measuresLocations = Dictionary(measuresLocations) { first, _ in first }
        criterion.pastExampleLevels = pastExampleLevels
        return criterion
    }

    private mutating func question() -> Question? {
        guard let kind = optional({ reader in reader.text().flatMap(Question.Kind.init(rawValue:)) }),
            let text = localized(), let followUps = list({ $0.localized() }),
            let alternates = list({ $0.question() })
        else { return nil }
        var question = Question(kind: kind, text: text, followUps: followUps)
        question.alternates = alternates
        return question
    }

    private mutating func decision() -> DecisionRules? {
        guard let noFrom = double(), let yesFrom = double(), let strongYesFrom = double(),
            let minimumCoverage = double(), let knockOutCap = text().flatMap(Recommendation.init(rawValue:)),
            let consensus = text().flatMap(ConsensusMethod.init(rawValue:)),
            let rationale = optional({ $0.localized() })
        else { return nil }
        return DecisionRules(
            noFrom: noFrom, yesFrom: yesFrom, strongYesFrom: strongYesFrom, minimumCoverage: minimumCoverage,
            knockOutCap: knockOutCap, consensus: consensus, rationale: rationale)
    }

    private mutating func stage() -> InterviewStage? {
        guard let id = text(), let title = localized(), let durationMinutes = optional({ $0.int() }),
            let interviewerRole = optional({ $0.localized() }), let interviewers = int(),
            let criteria = list({ $0.text() }), let isPlanned = bool(), let location = location()
        else { return nil }
        return InterviewStage(
            id: id, title: title, durationMinutes: durationMinutes, interviewerRole: interviewerRole,
            interviewers: interviewers, criteria: criteria, isPlanned: isPlanned, location: location)
    }

    private mutating func observationRequest() -> ObservationRequest? {
        guard let id = text(), let label = localized() else { return nil }
        let kind: ObservationKind
        switch byte() {
        case 0:
            guard let name = localized(),
                let levels = list({ reader -> OrdinalScale.Level? in
                    guard let id = reader.text(), let description = reader.optional({ $0.localized() })
                    else { return nil }
                    return OrdinalScale.Level(id: id, description: description)
                })
            else { return nil }
            kind = .level(OrdinalScale(name: name, levels: levels))
        case 1:
            guard let bounds = bounds() else { return nil }
            kind = .count(bounds)
        case 2:
            guard let bounds = bounds() else { return nil }
            kind = .minutes(bounds)
        case 3:
            guard
                let choices = list({ reader -> ObservationChoice? in
                    guard let id = reader.text(), let label = reader.localized() else { return nil }
                    return ObservationChoice(id: id, label: label)
                })
            else { return nil }
            kind = .choice(choices)
        default:
            return nil
        }
        guard let isRequired = bool(), let detail = optional({ $0.localized() }), let markedLevel = optionalText()
        else { return nil }
        return ObservationRequest(
            id: id, label: label, kind: kind, isRequired: isRequired, detail: detail, markedLevel: markedLevel)
    }

    private mutating func bounds() -> ClosedRange<Int>? {
        guard let lower = int(), let upper = int(), lower <= upper else { return nil }
        return lower...upper
    }

    /// A YAML tree as ``BinaryWriter/node(_:)`` wrote it.
    mutating func node() -> YAMLNode? {
        let content: YAMLNode.Content
        switch byte() {
        case 0:
            guard let text = text(), let style = byte().flatMap(Self.style(code:)) else { return nil }
            content = .scalar(YAMLScalar(text, style: style))
        case 1:
            guard let items = list({ $0.node() }) else { return nil }
            content = .sequence(items)
        case 2:
            guard
                let pairs = list({ reader -> YAMLPair? in
                    guard let key = reader.node(), let value = reader.node() else { return nil }
                    return YAMLPair(key: key, value: value)
                })
            else { return nil }
            content = .mapping(pairs)
        default:
            return nil
        }
        guard let location = location(), let tag = optionalText() else { return nil }
        return YAMLNode(content, at: location, tag: tag)
    }

    private static func style(code: UInt8) -> YAMLScalar.Style? {
        switch code {
        case 0: return .any
        case 1: return .plain
        case 2: return .singleQuoted
        case 3: return .doubleQuoted
        case 4: return .literal
        case 5: return .folded
        default: return nil
        }
    }
}
