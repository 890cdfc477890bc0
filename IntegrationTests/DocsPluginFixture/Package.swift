// swift-tools-version: 6.0
// A package outside HireScore that runs only the generate-rubric-docs command plugin on rubrics of its own (found by
// convention in the target's rubrics/ folder). CI runs the plugin here, not in PluginFixture: in a package whose
// targets also use the RubricLint build plugin, SwiftPM 6.3 builds the plugins' tool twice on every
// `swift package generate-rubric-docs` (once for the build plugin, once for the command), and each build invalidates
// the other, so every run rebuilds it from scratch. Here the tool is built once and a second run reuses it.
// (The rubric files are copies of PluginFixture's: SwiftPM keeps a target's files inside its package.)
import PackageDescription

let package = Package(
    name: "DocsPluginFixture",
    dependencies: [
        .package(name: "HireScore", path: "../.."),
    ],
    targets: [
        .target(name: "GuideRubrics", resources: [.copy("rubrics")]),
    ],
    swiftLanguageModes: [.v6]
)
