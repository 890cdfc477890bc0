extension HireScoreCommand {
    /// The version `hirescore --version` prints. It must equal the `// HireScore version X` line of Package.swift
    /// (the test `InstallTests.versionMatchesTheManifest` compares them); a release changes both and is tagged `vX`.
    static let version = "0.1.0"
}
