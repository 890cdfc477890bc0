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

/// The words of the modules page, each with its German and English text.
enum ModulesPageText {
    /// Nothing asked or added.
    static let none = LocalizedText(en: "–", de: "–")
    /// Beside a required observation.
    static let required = LocalizedText(en: "required", de: "verpflichtend")
    /// Beside an optional observation.
    static let optional = LocalizedText(en: "optional", de: "optional")

    /// An observation's kind in words: "level on the CEFR scale", "minutes 1–480", "one of a, b", "count 0–10".
    static func kind(_ kind: ObservationKind) -> LocalizedText {
        switch kind {
        case .level(let scale):
            return .init(
                en: "level on the \(scale.name.text(in: "en")) scale",
                de: "Stufe der Skala \(scale.name.text(in: "de"))")
        case .count(let bounds):
            return .init(
                en: "count \(bounds.lowerBound)–\(bounds.upperBound)",
                de: "Anzahl \(bounds.lowerBound)–\(bounds.upperBound)")
        case .minutes(let bounds):
            return .init(
                en: "minutes \(bounds.lowerBound)–\(bounds.upperBound)",
                de: "Minuten \(bounds.lowerBound)–\(bounds.upperBound)")
        case .choice(let choices):
            let ids = choices.map(\.id).joined(separator: ", ")
            return .init(en: "one of \(ids)", de: "eine von \(ids)")
        }
    }
}

extension RubricDocsGenerator {
    /// docs/modules.md: the module author's guide with a table of the registry's modules, each with its summary,
    /// what it asks the interviewer to record (for the section of its first worked example that validates) and the
    /// outputs its worked examples produce; English, like the other pages of docs/.
    public func modulesPage() -> String {
        let language = "en"
        let rows = registry.modules.map { module -> ModulesPageView.Row in
            let documentation = module.documentation
            let requests =
                documentation.examples.lazy.compactMap { try? $0.context(for: module).0.observations }.first ?? []
            let asked = requests.map { request in
                "\(request.label.text(in: language)) (\(ModulesPageText.kind(request.kind).text(in: language)), "
                    + "\((request.isRequired ? ModulesPageText.required : ModulesPageText.optional).text(in: language)))"
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
                observations: asked.isEmpty ? ModulesPageText.none.text(in: language) : asked.joined(separator: "; "),
                outputs: outputs.isEmpty ? ModulesPageText.none.text(in: language) : outputs.joined(separator: "; "))
        }
        return render(ModulesPageView(modules: rows), template: "modules-page.md")
    }
}
