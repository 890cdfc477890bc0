/// A target that only holds rubrics, for HireScore's generate-rubric-docs command plugin to find by convention.
public enum GuideRubrics {
    /// The folder of the rubric files, relative to the target.
    public static let folder = "rubrics"
}
