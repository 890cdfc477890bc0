/// The rubrics this package ships, validated at build time by HireScore's RubricLint plugin.
public enum FixtureRubrics {
    /// The ids and versions of the rubrics that passed validation, from the generated file.
    public static var validated: [String] { ValidatedRubrics.hashes.keys.sorted() }
}
