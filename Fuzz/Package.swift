// swift-tools-version: 6.1
// libFuzzer targets for HireScore's readers of untrusted files: rubrics, scorecards, answers and the audit log.
// Kept in its own package so that the main package builds without sanitizers. Build and run them
// with scripts/fuzz.sh (see docs/fuzzing.md); by hand:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
//   SWIFT_BACKTRACE=enable=no .build/release/fuzz-rubric-loader corpus/rubric-loader
import PackageDescription

let package = Package(
    name: "HireScoreFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "HireScore", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`, which each target's own `main` calls: SwiftPM's
        // linker flags replace libFuzzer's `main`, so a target without one silently does nothing.
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "ScoringCore", package: "HireScore"),
                .product(name: "BuiltInModules", package: "HireScore"),
                .product(name: "Interview", package: "HireScore"),
            ]
        ),
        .executableTarget(name: "fuzz-rubric-loader", dependencies: ["FuzzSupport"], path: "Sources/FuzzRubricLoader"),
        .executableTarget(name: "fuzz-scorecard-loader", dependencies: ["FuzzSupport"], path: "Sources/FuzzScorecardLoader"),
        .executableTarget(name: "fuzz-answers-reader", dependencies: ["FuzzSupport"], path: "Sources/FuzzAnswersReader"),
        .executableTarget(
            name: "fuzz-audit-log",
            dependencies: ["FuzzSupport", .product(name: "Compliance", package: "HireScore")],
            path: "Sources/FuzzAuditLog"
        ),
    ],
    swiftLanguageModes: [.v6]
)
