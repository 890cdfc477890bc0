// swift-tools-version: 6.0
// A package outside HireScore that keeps rubrics of its own and uses both of HireScore's plugins:
// RubricLint validates them when the target builds, generate-rubric-docs writes their guides.
import PackageDescription

let package = Package(
    name: "PluginFixture",
    dependencies: [
        .package(name: "HireScore", path: "../.."),
    ],
    targets: [
        .target(
            name: "FixtureRubrics",
            resources: [.copy("rubrics")],
            plugins: [.plugin(name: "RubricLint", package: "HireScore")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
