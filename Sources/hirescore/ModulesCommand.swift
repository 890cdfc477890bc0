import ArgumentParser
import CommandKit
import ScoringCore

extension HireScoreCommand {
    /// `hirescore modules`: the scoring modules this tool knows.
    struct Modules: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "modules",
                abstract: ModulesCommandHelp.modulesAbstract.helpText,
                discussion: ModulesCommandHelp.modulesDiscussion.helpText
            )
        }

        @Option(name: .long, help: ArgumentHelp(ModulesCommandHelp.lang, valueName: "lang"))
        var lang: Language?

        func run() throws {
            let language = lang ?? Language.fromEnvironment()
            var output = ""
            for module in HireScoreModules.registry.modules {
                output += "\(module.id) — \(module.name.text(in: language))\n"
                output += "  \(module.documentation.summary.text(in: language))\n"
                output +=
                    "  \(ModulesCommandMessages.rule.text(in: language)): \(module.documentation.scoring.text(in: language))\n"
                for setting in module.documentation.configuration {
                    output += "  - \(setting.text(in: language))\n"
                }
                output += "\n"
            }
            Terminal.standardOutput.write(output)
        }
    }
}
