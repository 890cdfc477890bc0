// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "HireScore",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hirescore", targets: ["hirescore"]),
        .library(name: "ScoringCore", targets: ["ScoringCore"]),
        .library(name: "BuiltInModules", targets: ["BuiltInModules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAML", dependencies: ["CLibYAML"]),
        .target(name: "ScoringCore", dependencies: ["YAML"]),
        .target(name: "CustomerOrientation", dependencies: ["ScoringCore", "YAML"]),
        .target(name: "ConversationSkills", dependencies: ["ScoringCore", "YAML"]),
        .target(name: "TechnicalDepth", dependencies: ["ScoringCore", "YAML"]),
        .target(
            name: "BuiltInModules",
            dependencies: ["ScoringCore", "CustomerOrientation", "ConversationSkills", "TechnicalDepth"]
        ),
        .target(name: "Panel", dependencies: ["ScoringCore"]),
        .target(name: "Reporting", dependencies: ["ScoringCore", "Panel"]),
        .target(name: "Interview", dependencies: ["ScoringCore", "Reporting"]),
        .executableTarget(
            name: "hirescore",
            dependencies: [
                "ScoringCore",
                "BuiltInModules",
                "Reporting",
                "Interview",
                "Panel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ScoringCoreTests",
            dependencies: ["ScoringCore", "BuiltInModules", "YAML", "Reporting"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ScoringModulesTests",
            dependencies: ["ScoringCore", "BuiltInModules", "CustomerOrientation", "ConversationSkills", "TechnicalDepth", "YAML"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "HireScoreCLITests",
            dependencies: ["hirescore"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
