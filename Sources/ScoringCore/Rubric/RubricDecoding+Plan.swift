import YAML

extension RubricDecoding {
    /// Reads `plan:`, the interview's stages, and checks it against the sections: every id a stage covers
    /// exists, every criterion is in some stage and has at least two planned raters, each stage fits its time.
    func decodePlan(_ node: YAMLNode, sections: [RubricSection], decoder: inout NodeDecoder) -> [InterviewStage] {
        guard let items = decoder.readSequence(node, key: "plan") else { return [] }
        if items.isEmpty {
            decoder.error(
                .emptyPlan,
                RubricMessages.emptyPlan, at: node.location, hint: RubricMessages.removePlanOrListStages)
            return []
        }
        let criterionIDs = sections.flatMap(\.criteria).map(\.id)
        var stages: [InterviewStage] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let label = item["id"]?.scalar?.text.shortened
            var reader = MappingReader(
                item,
                context: label.map(RubricMessages.stageContext) ?? RubricMessages.aStage, decoder: &decoder)
            guard reader.isMapping else { continue }
            let idNode = reader.required("id", decoder: &decoder, example: "structured-interview")
            let id = idNode.flatMap { decoder.readIdentifier($0, key: "id") }
            let title = reader.required(
                "title", decoder: &decoder, example: "{de: Strukturiertes Interview, en: Structured interview}"
            )
            .flatMap { decoder.readLocalizedText($0, key: "title") }
            let duration = readDuration(&reader, decoder: &decoder)
            let role = reader.optional("interviewer").flatMap { decoder.readLocalizedText($0, key: "interviewer") }
            let interviewers = readInterviewers(&reader, decoder: &decoder)
            let covered = readCovers(&reader, sections: sections, decoder: &decoder)
            reader.finish(&decoder)
            guard let idNode, let id else { continue }
            if let first = seen[id] {
                decoder.error(
                    .duplicateID,
                    RubricMessages.duplicateStageID(id, firstLine: first.line), at: idNode.location,
                    hint: RubricMessages.renameOne)
                continue
            }
            seen[id] = idNode.location
            stages.append(
                InterviewStage(
                    id: id, title: title ?? LocalizedText(id), durationMinutes: duration, interviewerRole: role,
                    interviewers: interviewers, criteria: criterionIDs.filter(covered.contains),
                    location: item.location))
        }
        checkPlan(stages, node: node, sections: sections, decoder: &decoder)
        return stages
    }

    /// A stage's `duration:` in minutes (1 to 480), nil when missing or invalid.
    private func readDuration(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> Int? {
        guard let durationNode = reader.required("duration", decoder: &decoder, example: "45"),
            let minutes = decoder.readInteger(durationNode, key: "duration")
        else { return nil }
        guard minutes >= 1 && minutes <= 480 else {
            decoder.error(.invalidDuration, RubricMessages.invalidDuration(minutes), at: durationNode.location)
            return nil
        }
        return minutes
    }

    /// How many interviewers a stage has (`interviewers:`, 1 to 20; 1 when left out or invalid).
    private func readInterviewers(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> Int {
        guard let countNode = reader.optional("interviewers"),
            let count = decoder.readInteger(countNode, key: "interviewers")
        else { return 1 }
        guard count >= 1 && count <= 20 else {
            decoder.error(.invalidInterviewers, RubricMessages.invalidInterviewers(count), at: countNode.location)
            return 1
        }
        return count
    }

    /// The criterion ids a stage's `covers:` names, directly or through their section (one id may be written
    /// without brackets).
    private func readCovers(
        _ reader: inout MappingReader, sections: [RubricSection], decoder: inout NodeDecoder
    ) -> Set<String> {
        var covered: Set<String> = []
        guard
            let coversNode = reader.required(
                "covers", decoder: &decoder, example: "[customer-orientation, fraud-indicators]")
        else { return covered }
        let criterionIDs = sections.flatMap(\.criteria).map(\.id)
        let sectionIDs = sections.map(\.id)
        let elements =
            coversNode.scalar != nil ? [coversNode] : (decoder.readSequence(coversNode, key: "covers") ?? [])
        for element in elements {
            guard let text = decoder.readText(element, key: "covers") else { continue }
            if let section = sections.first(where: { $0.id == text }) {
                covered.formUnion(section.criteria.map(\.id))
            } else if criterionIDs.contains(text) {
                covered.insert(text)
            } else {
                decoder.error(
                    .unknownCoveredID,
                    RubricMessages.unknownCoveredID(text.shortened), at: element.location,
                    hint: Identifier.closest(to: text, among: sectionIDs + criterionIDs)
                        .map(CommonMessages.didYouMean) ?? RubricMessages.sectionsList(sectionIDs))
            }
        }
        if elements.isEmpty {
            decoder.error(.emptyStage, RubricMessages.emptyStage, at: coversNode.location)
        }
        return covered
    }

    private func checkPlan(
        _ stages: [InterviewStage], node: YAMLNode, sections: [RubricSection], decoder: inout NodeDecoder
    ) {
        guard !stages.isEmpty else { return }
        let criteria = sections.flatMap(\.criteria)
        let uncovered = criteria.map(\.id).filter { id in !stages.contains { $0.covers(id) } }
        if !uncovered.isEmpty {
            let list = uncovered.map { "'\($0)'" }.joined(separator: ", ")
            decoder.warning(
                .criterionNotPlanned,
                RubricMessages.criterionNotPlanned(list, count: uncovered.count), at: node.location,
                hint: RubricMessages.addToCovers(count: uncovered.count))
        }
        for stage in stages {
            let single = stage.criteria.filter { criterion in
                stages.filter { $0.covers(criterion) }.reduce(0) { $0 + $1.interviewers } < 2
            }
            if !single.isEmpty {
                let list = single.map { "'\($0)'" }.joined(separator: ", ")
                decoder.warning(
                    .singleRater,
                    RubricMessages.singleRater(stage.id, criteria: list), at: stage.location,
                    hint: RubricMessages.addSecondRater)
            }
            if let duration = stage.durationMinutes {
                let timing = StageTiming(criteria: criteria.filter { stage.covers($0.id) })
                if timing.totalMinutes > duration {
                    decoder.warning(
                        .stageOverTime,
                        RubricMessages.stageOverTime(
                            stage.id, planned: duration, needed: timing.totalMinutes, breakdown: timing.breakdown),
                        at: stage.location, hint: RubricMessages.shortenStage)
                }
            }
        }
    }
}
