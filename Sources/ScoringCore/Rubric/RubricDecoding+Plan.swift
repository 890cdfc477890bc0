import YAML

extension RubricDecoding {
    /// Reads `plan:`, the interview's stages, and checks it against the sections: every id a stage covers
    /// exists, every criterion is in some stage and has at least two planned raters, each stage fits its time.
    func decodePlan(_ node: YAMLNode, sections: [RubricSection], decoder: inout NodeDecoder) -> [InterviewStage] {
        guard let items = decoder.readSequence(node, key: "plan") else { return [] }
        if items.isEmpty {
            decoder.error(
                .emptyPlan,
                .init(en: "'plan' must list at least one stage", de: "'plan' muss mindestens eine Stufe enthalten"),
                at: node.location,
                hint: .init(
                    en: "remove 'plan' to interview in one stage with every criterion, or list the stages",
                    de:
                        "entfernen Sie 'plan', um in einer Stufe mit allen Kriterien zu interviewen, oder nennen Sie die Stufen"
                ))
            return []
        }
        let criterionIDs = sections.flatMap(\.criteria).map(\.id)
        let sectionIDs = sections.map(\.id)
        var stages: [InterviewStage] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let label = item["id"]?.scalar?.text.shortened
            var reader = MappingReader(
                item,
                context: label.map { .init(en: "stage '\($0)'", de: "Stufe '\($0)'") }
                    ?? .init(en: "a stage", de: "einer Stufe"), decoder: &decoder)
            guard reader.isMapping else { continue }
            let idNode = reader.required("id", decoder: &decoder, example: "structured-interview")
            let id = idNode.flatMap { decoder.readIdentifier($0, key: "id") }
            let title = reader.required(
                "title", decoder: &decoder, example: "{de: Strukturiertes Interview, en: Structured interview}"
            )
            .flatMap { decoder.readLocalizedText($0, key: "title") }
            var duration: Int?
            if let durationNode = reader.required("duration", decoder: &decoder, example: "45"),
                let minutes = decoder.readInteger(durationNode, key: "duration")
            {
                if minutes < 1 || minutes > 480 {
                    decoder.error(
                        .invalidDuration,
                        .init(
                            en: "'duration' is the stage's length in minutes, 1 to 480, found \(minutes)",
                            de: "'duration' ist die Dauer der Stufe in Minuten, 1 bis 480, gefunden: \(minutes)"),
                        at: durationNode.location)
                } else {
                    duration = minutes
                }
            }
            let role = reader.optional("interviewer").flatMap { decoder.readLocalizedText($0, key: "interviewer") }
            var interviewers = 1
            if let countNode = reader.optional("interviewers"),
                let count = decoder.readInteger(countNode, key: "interviewers")
            {
                if count < 1 || count > 20 {
                    decoder.error(
                        .invalidInterviewers,
                        .init(
                            en:
                                "'interviewers' is how many people rate this stage independently, 1 to 20, found \(count)",
                            de:
                                "'interviewers' ist die Zahl der Personen, die diese Stufe unabhängig bewerten, 1 bis 20, gefunden: \(count)"
                        ),
                        at: countNode.location)
                } else {
                    interviewers = count
                }
            }
            var covered: Set<String> = []
            if let coversNode = reader.required(
                "covers", decoder: &decoder, example: "[customer-orientation, fraud-indicators]")
            {
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
                            .init(
                                en:
                                    "stage covers '\(text.shortened)', which is neither a section nor a criterion of the rubric",
                                de:
                                    "die Stufe umfasst '\(text.shortened)', das weder Abschnitt noch Kriterium der Bewertungsvorlage ist"
                            ),
                            at: element.location,
                            hint: Identifier.closest(to: text, among: sectionIDs + criterionIDs)
                                .map { .init(en: "did you mean '\($0)'?", de: "meinten Sie '\($0)'?") }
                                ?? .init(
                                    en: "sections: \(sectionIDs.joined(separator: ", "))",
                                    de: "Abschnitte: \(sectionIDs.joined(separator: ", "))"))
                    }
                }
                if elements.isEmpty {
                    decoder.error(
                        .emptyStage,
                        .init(
                            en: "'covers' must name at least one section or criterion",
                            de: "'covers' muss mindestens einen Abschnitt oder ein Kriterium nennen"),
                        at: coversNode.location)
                }
            }
            reader.finish(&decoder)
            guard let idNode, let id else { continue }
            if let first = seen[id] {
                decoder.error(
                    .duplicateID,
                    .init(
                        en: "duplicate stage id '\(id)'; it is first defined at line \(first.line)",
                        de: "doppelte Stufenkennung '\(id)'; sie ist bereits in Zeile \(first.line) definiert"),
                    at: idNode.location, hint: .init(en: "rename one of them", de: "benennen Sie eine um"))
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
                .init(
                    en: "no stage of the plan covers \(list): nobody will rate \(uncovered.count == 1 ? "it" : "them")",
                    de:
                        "keine Stufe des Plans umfasst \(list): niemand wird \(uncovered.count == 1 ? "es" : "sie") bewerten"
                ),
                at: node.location,
                hint: .init(
                    en: "add \(uncovered.count == 1 ? "it" : "them") to the 'covers' of a stage",
                    de: "ergänzen Sie \(uncovered.count == 1 ? "es" : "sie") unter 'covers' einer Stufe"))
        }
        for stage in stages {
            let single = stage.criteria.filter { criterion in
                stages.filter { $0.covers(criterion) }.reduce(0) { $0 + $1.interviewers } < 2
            }
            if !single.isEmpty {
                let list = single.map { "'\($0)'" }.joined(separator: ", ")
                decoder.warning(
                    .singleRater,
                    .init(
                        en:
                            "stage '\(stage.id)' is the only rating of \(list) and has one interviewer: a single rater's interview ratings agree with another rater's only about .44, the mean of three about .70 (Spearman–Brown)",
                        de:
                            "Stufe '\(stage.id)' ist die einzige Bewertung von \(list) und hat eine Interviewerin bzw. einen Interviewer: die Bewertung einer Person stimmt mit der einer anderen nur etwa zu .44 überein, das Mittel von dreien etwa zu .70 (Spearman-Brown)"
                    ),
                    at: stage.location,
                    hint: .init(
                        en: "set 'interviewers: 2' on the stage, or cover these criteria in a second stage",
                        de:
                            "setzen Sie 'interviewers: 2' für die Stufe oder nehmen Sie diese Kriterien in eine zweite Stufe auf"
                    ))
            }
            if let duration = stage.durationMinutes {
                let timing = StageTiming(criteria: criteria.filter { stage.covers($0.id) })
                if timing.totalMinutes > duration {
                    decoder.warning(
                        .stageOverTime,
                        .init(
                            en:
                                "stage '\(stage.id)' is planned for \(duration) minutes, but its content needs about \(timing.totalMinutes) (\(timing.breakdown.text(in: "en")))",
                            de:
                                "Stufe '\(stage.id)' ist mit \(duration) Minuten geplant, ihr Inhalt braucht aber etwa \(timing.totalMinutes) (\(timing.breakdown.text(in: "de")))"
                        ),
                        at: stage.location,
                        hint: .init(
                            en: "raise 'duration', move criteria to another stage, or drop follow-ups",
                            de:
                                "erhöhen Sie 'duration', verschieben Sie Kriterien in eine andere Stufe oder streichen Sie Nachfragen"
                        ))
                }
            }
        }
    }
}
