import YAML

extension RubricDecoding {
    /// Reads `decision:`: the thresholds, the minimum coverage, the consensus method, the rationale and the
    /// knock-out cap, then checks that the thresholds increase and are explained. Nil when anything is in error.
    func decodeDecision(_ node: YAMLNode, scale: RatingScale, decoder: inout NodeDecoder) -> DecisionRules? {
        var reader = MappingReader(node, context: RubricMessages.decisionContext, decoder: &decoder)
        guard reader.isMapping else { return nil }
        let thresholds = readThresholds(&reader, scale: scale, decoder: &decoder)
        let coverage = readCoverage(&reader, decoder: &decoder)
        let consensus = readConsensus(&reader, decoder: &decoder)
        let rationale = reader.optional("rationale").flatMap { decoder.readLocalizedText($0, key: "rationale") }
        let cap = readKnockOutCap(&reader, decoder: &decoder)
        reader.finish(&decoder)
        guard let no = thresholds["no"], let yes = thresholds["yes"], let strongYes = thresholds["strong-yes"] else {
            return nil
        }
        var ordered = true
        if no.0 >= yes.0 {
            thresholdOrder("no", no.0, "yes", yes.0, at: yes.1, decoder: &decoder)
            ordered = false
        }
        if yes.0 >= strongYes.0 {
            thresholdOrder("yes", yes.0, "strong-yes", strongYes.0, at: strongYes.1, decoder: &decoder)
            ordered = false
        }
        guard ordered, let coverage else { return nil }
        checkExplained(yes: yes, rationale: rationale, scale: scale, node: node, decoder: &decoder)
        return DecisionRules(
            noFrom: no.0, yesFrom: yes.0, strongYesFrom: strongYes.0, minimumCoverage: coverage, knockOutCap: cap,
            consensus: consensus, rationale: rationale)
    }

    /// The thresholds `no`, `yes` and `strong-yes` that lie on the scale, each with where it is written.
    private func readThresholds(
        _ reader: inout MappingReader, scale: RatingScale, decoder: inout NodeDecoder
    ) -> [String: (Double, SourceLocation)] {
        var thresholds: [String: (Double, SourceLocation)] = [:]
        guard
            let thresholdsNode = reader.required(
                "thresholds", decoder: &decoder, example: "{no: 2.5, yes: 3.3, strong-yes: 4.2}")
        else { return thresholds }
        var inner = MappingReader(thresholdsNode, context: RubricMessages.thresholdsContext, decoder: &decoder)
        for key in ["no", "yes", "strong-yes"] {
            if let valueNode = inner.required(key, decoder: &decoder, example: "3"),
                let value = decoder.readDecimal(valueNode, key: key)
            {
                if value < Double(scale.lowest) || value > Double(scale.highest) {
                    decoder.error(
                        .thresholdOffScale,
                        RubricMessages.thresholdOffScale(
                            key, value: valueNode.scalar?.text ?? "", scale: scale.rangeDescription),
                        at: valueNode.location)
                } else {
                    thresholds[key] = (value, valueNode.location)
                }
            }
        }
        inner.finish(&decoder)
        return thresholds
    }

    /// `minimum-coverage:`, a share from 0 to 1; nil when missing or invalid.
    private func readCoverage(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> Double? {
        let coverageNode = reader.required("minimum-coverage", decoder: &decoder, example: "0.75")
        let coverage = coverageNode.flatMap { decoder.readDecimal($0, key: "minimum-coverage") }
        if let value = coverage, let coverageNode, !(0...1).contains(value) {
            decoder.error(
                .invalidCoverage,
                RubricMessages.invalidCoverage(coverageNode.scalar?.text ?? ""), at: coverageNode.location,
                hint: RubricMessages.coverageExample)
            return nil
        }
        return coverage
    }

    /// `consensus:`, the method that combines the interviewers' ratings (the median when left out or unknown).
    private func readConsensus(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> ConsensusMethod {
        guard let consensusNode = reader.optional("consensus"),
            let text = decoder.readText(consensusNode, key: "consensus")
        else { return .median }
        if let method = ConsensusMethod(rawValue: text) { return method }
        let known = ConsensusMethod.allCases.map(\.rawValue)
        decoder.error(
            .unknownConsensus,
            RubricMessages.unknownConsensus(text.shortened, known: known), at: consensusNode.location,
            hint: Identifier.closest(to: text, among: known).map(CommonMessages.didYouMean)
                ?? RubricMessages.medianIsUsual)
        return .median
    }

    /// `knock-out-cap:`, the best recommendation a knock-out allows: `no` (when left out or invalid) or `strong-no`.
    private func readKnockOutCap(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> Recommendation {
        guard let capNode = reader.optional("knock-out-cap"), let text = decoder.readText(capNode, key: "knock-out-cap")
        else { return .no }
        guard text == "no" || text == "strong-no" else {
            decoder.error(.invalidKnockOutCap, RubricMessages.invalidKnockOutCap(text.shortened), at: capNode.location)
            return .no
        }
        return Recommendation(rawValue: text) ?? .no
    }

    /// Warns on thresholds without a written rationale, and on a `yes` threshold above the level that says
    /// "meets the requirements" without one.
    private func checkExplained(
        yes: (Double, SourceLocation), rationale: LocalizedText?, scale: RatingScale, node: YAMLNode,
        decoder: inout NodeDecoder
    ) {
        if rationale == nil {
            decoder.warning(
                .thresholdsWithoutRationale,
                RubricMessages.thresholdsWithoutRationale, at: node.location,
                hint: RubricMessages.addThresholdsRationale)
        }
        if let meets = scale.meetsRequirementsLevel, yes.0 > Double(meets), rationale == nil {
            decoder.warning(
                .meetsIsNotYes,
                RubricMessages.meetsIsNotYes(yes: yes.0, meets: meets, label: scale.label(of: meets)), at: yes.1,
                hint: RubricMessages.lowerYes(meets: meets))
        }
    }

    private func thresholdOrder(
        _ lower: String, _ lowerValue: Double, _ upper: String, _ upperValue: Double,
        at location: SourceLocation, decoder: inout NodeDecoder
    ) {
        decoder.error(
            .thresholdsOutOfOrder,
            RubricMessages.thresholdsOutOfOrder(lower: lower, lowerValue, upper: upper, upperValue), at: location,
            hint: RubricMessages.thresholdsMustIncrease)
    }
}
