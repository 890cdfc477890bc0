/// HireScore's one release number.
package enum HireScoreVersion {
    /// The version `hirescore --version` (and the plugin tool's) prints. It must equal the `// HireScore version X`
    /// line of Package.swift (the test `InstallTests.versionMatchesTheManifest` compares them); a release changes
    /// both and is tagged `vX`.
    package static let number = "0.1.0"
}
