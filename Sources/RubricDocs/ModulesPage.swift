import ScoringCore

/// The values the modules page (docs/modules.md) renders: one row per module of the registry, in its order.
struct ModulesPageView {
    struct Row {
        let id: String
        let name: String
        let summary: String
        let observations: String
        let outputs: String
    }

    let modules: [Row]
}

extension RubricDocsGenerator {
    /// docs/modules.md: the module author's guide with a table of the registry's modules, each with its summary,
    /// what it asks the interviewer to record (for the section of its first worked example that validates) and the
    /// outputs its worked examples produce; English, like the other pages of docs/.
    package func modulesPage() -> String {
        let language = "en"
        let rows = registry.modules.map { module -> ModulesPageView.Row in
            let documentation = module.documentation
            let requests =
                documentation.examples.lazy.compactMap { try? $0.context(for: module).0.observations }.first ?? []
            let asked = requests.map { request in
                let kind = ModulesPageMessages.kind(request.kind).text(in: language)
                let need = (request.isRequired ? ModulesPageMessages.required : ModulesPageMessages.optional)
                return "\(request.label.text(in: language)) (\(kind), \(need.text(in: language)))"
            }
            var outputs: [String] = []
            for example in documentation.examples {
                for output in (try? example.run(with: module))?.outputs ?? [] {
                    let shown = "\(output.label.text(in: language)) (\(output.id))"
                    if !outputs.contains(shown) { outputs.append(shown) }
                }
            }
            return ModulesPageView.Row(
                id: module.id, name: module.name.text(in: language),
                summary: documentation.summary.text(in: language),
                observations: asked.isEmpty
                    ? ModulesPageMessages.none.text(in: language) : asked.joined(separator: "; "),
                outputs: outputs.isEmpty ? ModulesPageMessages.none.text(in: language) : outputs.joined(separator: "; ")
            )
        }
        return render(ModulesPageView(modules: rows), template: "modules-page.md")
    }
}
