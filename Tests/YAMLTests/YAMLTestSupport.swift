import Foundation
import Testing

@testable import YAML

/// A 1-based location in the YAML text, spelled briefly (`Testing` has its own `SourceLocation`).
func at(_ line: Int, _ column: Int) -> YAML.SourceLocation {
    YAML.SourceLocation(line: line, column: column)
}

/// Reads `text` with default limits.
func read(_ text: String) throws(YAMLError) -> YAMLNode {
    try YAMLReader().read(text)
}

/// Reads `bytes` expecting a `YAMLError`, and returns it (nil and a recorded issue when none was thrown).
func readError(
    _ bytes: [UInt8], limits: YAMLReader.Limits = .init(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> YAMLError? {
    do {
        let node = try YAMLReader(limits: limits).read(bytes)
        Issue.record("expected an error, read \(node.kindName) instead", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Reads `text` expecting a `YAMLError`, and returns it.
func readError(
    _ text: String, limits: YAMLReader.Limits = .init(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> YAMLError? {
    readError(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

/// The bytes of a file in `Tests/YAMLTests/Fixtures`.
func fixture(_ name: String, _ ext: String) throws -> [UInt8] {
    let url = try #require(
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"),
        "missing fixture \(name).\(ext)")
    return Array(try Data(contentsOf: url))
}

/// A scalar node as the reader would produce for plain text, for resolution tests.
func plain(_ text: String) -> YAMLNode {
    YAMLNode(.scalar(YAMLScalar(text, style: .plain)), at: at(3, 7))
}

/// The first value of a one-key mapping read from `text` (for example `v: "3"`).
func value(_ text: String) throws -> YAMLNode {
    let root = try read(text)
    let pairs = try #require(root.mapping)
    try #require(pairs.count == 1)
    return pairs[0].value
}
