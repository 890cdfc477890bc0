import YAML

extension Scorecard {
    /// The scorecard as a YAML tree in the documented key order (docs/scorecard-format.md).
    ///
    /// - Parameter includingSeal: whether to write the `seal` and `retain-until` keys
    ///   (left out when computing the seal).
    public func yamlNode(includingSeal: Bool = true) -> YAMLNode {
        var pairs: [(String, YAMLNode)] = [("format", .string("hirescore/scorecard@1"))]
        var rubricPairs: [(String, YAMLNode)] = [("id", .string(rubricID)), ("version", .plain(String(rubricVersion)))]
        if let rubricHash { rubricPairs.append(("hash", .string(rubricHash))) }
        pairs.append(("rubric", .mapping(rubricPairs)))
        pairs.append(("candidate", .string(candidate)))
        if let requisition { pairs.append(("requisition", .string(requisition))) }
        pairs.append(("interviewer", .string(interviewer)))
        if let interviewerID { pairs.append(("interviewer-id", .string(interviewerID))) }
        if let stage { pairs.append(("stage", .string(stage))) }
        if let interviewDate { pairs.append(("interview-date", .plain(interviewDate.description))) }
        pairs.append(("status", .string(status.rawValue)))
        pairs.append(("ratings", ratingsNode()))
        pairs += observationPairs()
        if let recommendation {
            var recommendationPairs: [(String, YAMLNode)] = [("value", .string(recommendation.value.rawValue))]
            if let reason = recommendation.reason { recommendationPairs.append(("reason", .string(reason))) }
            pairs.append(("recommendation", .mapping(recommendationPairs)))
        }
        if !order.isEmpty { pairs.append(("order", .sequence(order.map { .string($0) }))) }
        if !questionVariants.isEmpty {
            pairs.append(
                (
                    "question-variants",
                    .mapping(questionVariants.sorted { $0.key < $1.key }.map { ($0.key, .plain(String($0.value))) })
                ))
        }
        if includingSeal, let seal { pairs.append(("seal", .string(seal))) }
        if includingSeal, let signature { pairs.append(("signature", .string(signature))) }
        if includingSeal, let retainUntil { pairs.append(("retain-until", .plain(retainUntil.description))) }
        return .mapping(pairs)
    }

    /// `ratings:`, each rating once in the card's order, then the ones the order does not name, sorted.
    private func ratingsNode() -> YAMLNode {
        let orderedIDs = order + entries.keys.filter { !order.contains($0) }.sorted()
        var ratingPairs: [(String, YAMLNode)] = []
        // Each rating once, even when 'order' names a criterion twice (a hand-edited file): a duplicate key would
        // make the written file unreadable.
        var written: Set<String> = []
        for id in orderedIDs where written.insert(id).inserted {
            guard let entry = entries[id] else { continue }
            var entryPairs: [(String, YAMLNode)] = [
                ("level", entry.rating.level.map { .plain(String($0)) } ?? .string("n/a"))
            ]
            if let evidence = entry.evidence { entryPairs.append(("evidence", .string(evidence))) }
            if let ratedAt = entry.ratedAt { entryPairs.append(("at", .string(ratedAt))) }
            ratingPairs.append((id, .mapping(entryPairs)))
        }
        return .mapping(ratingPairs)
    }

    /// The recorded observations: a module's own key (cards written before module-keyed observations) where it
    /// keeps one, in its place of old; every other section's observations under 'observations', by section id.
    private func observationPairs() -> [(String, YAMLNode)] {
        var pairs: [(String, YAMLNode)] = []
        var sectioned: [(String, YAMLNode)] = []
        for (sectionID, values) in observations.sorted(by: { $0.key < $1.key }) where !values.isEmpty {
            let node = YAMLNode.mapping(
                values.sorted { $0.key < $1.key }.map { pair in
                    if case .number(let number) = pair.value { return (pair.key, .plain(String(number))) }
                    return (pair.key, .string(pair.value.text))
                })
            if let key = observationKeys[sectionID] {
                pairs.append((key, node))
            } else {
                sectioned.append((sectionID, node))
            }
        }
        if !sectioned.isEmpty { pairs.append(("observations", .mapping(sectioned))) }
        return pairs
    }

    /// The scorecard as YAML text.
    public func yamlText() throws(YAMLError) -> String {
        try YAMLWriter().write(yamlNode())
    }

    /// The seal of the scorecard's content: SHA-256 of the canonical form of everything but the seal.
    public func computeSeal() -> String {
        CanonicalForm.hash(of: yamlNode(includingSeal: false))
    }

    /// Whether the scorecard is submitted and its seal matches its content.
    public var hasValidSeal: Bool {
        status == .submitted && seal == computeSeal()
    }
}

extension YAMLNode {
    /// A plain scalar (for numbers and dates that must read back typed).
    static func plain(_ text: String) -> YAMLNode {
        YAMLNode(.scalar(YAMLScalar(text, style: .plain)))
    }
}
