import YAML

extension NodeDecoder {
    /// Reads the `rationale` that every knock-out rule must have, with an error at `location` when it is missing.
    ///
    /// A knock-out rejects a candidate whatever else they showed; under the AGG the employer must be able to
    /// say why the job needs it, so the rubric writes the reason beside the rule and the guides and reports show it.
    public mutating func readKnockOutRationale(
        _ reader: inout MappingReader, rule: LocalizedText,
        at location: SourceLocation
    ) -> LocalizedText? {
        guard let node = reader.optional("rationale") else {
            error(
                .knockOutWithoutRationale,
                DecodingMessages.knockOutWithoutRationale(rule), at: location, hint: DecodingMessages.addRationale)
            return nil
        }
        return readLocalizedText(node, key: "rationale")
    }
}
