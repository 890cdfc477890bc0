// swift-tools-version: 6.1
// HireScore version 0.1.0
// (the one release number: `hirescore --version` prints HireScoreVersion.number from Sources/CommandKit/HireScoreVersion.swift,
// and a test fails when the two differ; a release changes both and is tagged v0.1.0)
import PackageDescription

let package = Package(
    name: "HireScore",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hirescore", targets: ["hirescore"]),
        .library(name: "ScoringCore", targets: ["ScoringCore"]),
        .library(name: "BuiltInModules", targets: ["BuiltInModules"]),
        .library(name: "Interview", targets: ["Interview"]),
        .library(name: "Compliance", targets: ["Compliance"]),
        .plugin(name: "GenerateRubricDocs", targets: ["GenerateRubricDocs"]),
        .plugin(name: "RubricLint", targets: ["RubricLint"]),
    ],
    traits: [
        .trait(
            name: "Jemalloc",
            description:
                "Link jemalloc (Debian: libjemalloc-dev) as the process's memory allocator: merges of large stores "
                + "run faster and grow linearly with the store (BENCHMARKS.md). Off by default."
        )
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Logic-less templates for the generated rubric docs: the guides live as template files in
        // the package rather than as code strings (no dependencies of its own, a few seconds of build).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // SHA-256 for content hashes, seals and the audit chain, and Ed25519 signatures: well-kept, audited
        // cryptography instead of our own (about +1 to 1.5 min on a clean 2-core build).
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // The shared store (issue 21): PostgreSQL's wire protocol over SwiftNIO, with TLS. Only the
        // PostgresStore target and the CLI use it; the file store and the libraries do not.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAML", dependencies: ["CLibYAML"]),
        // Only with the Jemalloc trait: jemalloc replaces the C library's allocator for the whole program. A
        // campaign's merge spends a fifth of its time in glibc's malloc, and more the larger the store (issue 20).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"]), .brew(["jemalloc"])]
        ),
        .target(name: "ScoringCore", dependencies: ["YAML", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "CustomerOrientation", dependencies: ["ScoringCore", "YAML"]),
        .target(name: "ConversationSkills", dependencies: ["ScoringCore", "YAML"]),
        .target(name: "TechnicalDepth", dependencies: ["ScoringCore", "YAML"]),
        .target(name: "WorkSample", dependencies: ["ScoringCore", "YAML"]),
        .target(
            name: "BuiltInModules",
            dependencies: ["ScoringCore", "CustomerOrientation", "ConversationSkills", "TechnicalDepth", "WorkSample"]
        ),
        .target(name: "Panel", dependencies: ["ScoringCore"]),
        .target(name: "Reporting", dependencies: ["ScoringCore", "Panel"]),
        .target(
            name: "Compliance",
            dependencies: ["ScoringCore", "Panel", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Interview", dependencies: ["ScoringCore", "Reporting"]),
        // What only developers need: the synthetic stores of the benchmarks and tests, signed with throwaway keys.
        .target(
            name: "DeveloperTools",
            dependencies: ["ScoringCore", "Panel", "Compliance"]
        ),
        // The shared PostgreSQL store: connection settings, schema migrations, roles and row-level security,
        // copying between stores, and the store-reading protocol on the database.
        .target(
            name: "PostgresStore",
            dependencies: [
                "ScoringCore", "Compliance", .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "RubricDocs",
            dependencies: ["ScoringCore", .product(name: "Mustache", package: "swift-mustache")],
            // The .mustache files are the editable source; the binary carries them as EmbeddedTemplates.swift
            // (scripts/embed-templates.swift), so an installed hirescore needs no resource bundle.
            exclude: ["Templates"]
        ),
        // What every command-line tool of HireScore shares (options, terminal output, exit codes, messages), and the
        // two rubric commands the plugins run: docs and lint-build.
        .target(
            name: "CommandKit",
            dependencies: [
                "ScoringCore", "BuiltInModules", "RubricDocs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The plugins' tool: docs and lint-build without the stores, reports and the database client, so that a
        // package using the plugins builds neither SwiftNIO nor the PostgreSQL client (and CI builds them once).
        .executableTarget(name: "hirescore-rubric-tool", dependencies: ["CommandKit"]),
        .executableTarget(
            name: "hirescore",
            dependencies: [
                "CommandKit",
                "ScoringCore",
                "BuiltInModules",
                "Reporting",
                "Interview",
                "Panel",
                "RubricDocs",
                "Compliance",
                "DeveloperTools",
                "PostgresStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .target(name: "CJemalloc", condition: .when(traits: ["Jemalloc"])),
            ]
        ),
        .plugin(
            name: "GenerateRubricDocs",
            capability: .command(
                intent: .custom(
                    verb: "generate-rubric-docs",
                    description: "Generate interviewer guides and interview sheets from rubrics"),
                permissions: [
                    .writeToPackageDirectory(reason: "Writes the generated rubric docs (default: docs/rubrics)")
                ]
            ),
            dependencies: ["hirescore-rubric-tool"]
        ),
        .plugin(name: "RubricLint", capability: .buildTool(), dependencies: ["hirescore-rubric-tool"]),
        // What several test targets share: golden-file comparison and a CSV reader for round trips.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ScoringCoreTests",
            dependencies: ["ScoringCore", "BuiltInModules", "YAML", "Reporting"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ScoringModulesTests",
            dependencies: [
                "ScoringCore", "BuiltInModules", "CustomerOrientation", "ConversationSkills", "TechnicalDepth",
                "WorkSample",
                "YAML",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "HireScoreCLITests",
            dependencies: [
                "hirescore", "BuiltInModules", "PostgresStore", "CommandKit", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // The store's connection settings (no server), and with a server (HIRESCORE_TEST_POSTGRES, see
        // scripts/with-postgres.sh): migrations, roles and row-level security, copying.
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "ScoringCore", "Compliance"]),
        // The compliance transactions (decide, hold, purge, verify) tested as library calls, without the binary.
        .testTarget(name: "ComplianceTests", dependencies: ["Compliance", "ScoringCore", "BuiltInModules", "Panel"]),
        .testTarget(
            name: "InterviewTests", dependencies: ["Interview", "ScoringCore", "BuiltInModules"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "PanelTests", dependencies: ["Panel", "ScoringCore", "BuiltInModules", "DeveloperTools"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["Reporting", "Panel", "ScoringCore", "BuiltInModules", "TestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "RubricDocsTests", dependencies: ["RubricDocs", "ScoringCore", "BuiltInModules", "TestSupport"],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
