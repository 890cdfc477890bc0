import ArgumentParser
import Testing

@testable import hirescore

/// Every command names itself: without `commandName`, the argument parser derives each name from the type's name
/// through `String(describing:)`, and the runtime's protocol-conformance scans behind that cost about 55 million
/// instructions at every start of `hirescore` (BENCHMARKS.md, "One candidate, fourth measurement").
@Suite struct CommandNameTests {
    /// The commands below `command` that do not set `commandName`, by their type names.
    static func unnamed(_ command: any ParsableCommand.Type) -> [String] {
        let own = command.configuration.commandName == nil ? ["\(command)"] : []
        return own + command.configuration.subcommands.flatMap { unnamed($0) }
    }

    @Test("every command sets its name in its configuration")
    func everyCommandIsNamed() {
        #expect(Self.unnamed(HireScoreCommand.self) == [])
    }
}
