// swift-tools-version: 6.0
// A package outside HireScore that keeps rubrics of its own and uses both of HireScore's plugins, written as the
// README shows: RubricLint validates them when the target builds, generate-rubric-docs writes their guides
// (finding them by convention in the target's rubrics/ folder). settings.yml is YAML that is no rubric.
// `name: "HireScore"` lets `package: "HireScore"` below work whatever the folder is called: without it the package
// is known by its folder's name (here that of the checkout, ../..) and "product 'RubricLint' … not found".
import PackageDescription

let package = Package(
    name: "PluginFixture",
    dependencies: [
        .package(name: "HireScore", path: "../.."),
    ],
    targets: [
        .target(
            name: "FixtureRubrics",
            resources: [.copy("rubrics"), .copy("settings.yml")],
            plugins: [.plugin(name: "RubricLint", package: "HireScore")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
