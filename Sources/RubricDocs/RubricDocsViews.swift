import ScoringCore

/// The values a guide or sheet template renders, in one language (rendered by Mirror reflection).
struct GuideView {
    struct RequirementView {
        let id: String
        let text: String
    }

    struct LevelView {
        let level: Int
        let label: String
        let text: String
        /// The anchor's first sentence, for the printed sheet.
        var short: String = ""
    }

    struct QuestionView {
        let kind: String
        let hasKind: Bool
        let text: String
        let followUps: [String]
        let hasFollowUps: Bool
        /// Other wordings of the question, prefixed "or:" (one is asked per candidate; `enter` shows which).
        var alternates: [String] = []
    }

    struct CriterionView {
        let number: String
        let id: String
        let title: String
        let weight: String
        let measures: String
        let evidenceRequired: Bool
        let questions: [QuestionView]
        let anchors: [LevelView]
        let boxes: [LevelView]
        /// The knock-out rules that name this criterion, in words (with a required level where there is one).
        var knockOuts: [String] = []
        var hasKnockOuts: Bool { !knockOuts.isEmpty }
    }

    struct LanguageView {
        let code: String
        let required: String
        /// The language's name in the guide's language.
        let name: String
        /// The required CEFR level in short words, for interviewers who are not trained language assessors.
        let descriptor: String
    }

    struct SectionView {
        let number: Int
        let id: String
        let title: String
        let module: String
        let moduleName: String
        let weightShare: String
        let rule: String
        let settings: [String]
        let hasSettings: Bool
        let criteria: [CriterionView]
        let languages: [LanguageView]
        let hasLanguages: Bool
    }

    let t: DocsLabels
    let notice: String
    let language: String
    let title: String
    let id: String
    let version: Int
    let hash: String
    let file: String
    let description: String
    let roleFamily: String
    let owner: String
    let effectiveFrom: String
    let languages: String
    let requirements: [RequirementView]
    /// The time plan, computed from the rubric's plan and content: one line per stage.
    let timing: [String]
    let scale: [LevelView]
    let sections: [SectionView]
    let strongYes: String
    let yes: String
    let no: String
    let coverage: String
    let cap: String
    let decisionNotes: [String]
    let knockOutRules: [String]
    let sheetFileName: String
    let guideFileName: String
    /// "no decision" in the guide's language, for the sheet's own recommendation.
    var noDecision: String = ""
    /// Texts printed on pages of their own: candidate briefs and role-players' scripts.
    var handouts: [HandoutView] = []

    struct HandoutView {
        let title: String
        let forCandidate: Bool
        let text: String
    }
}

/// The values a module page renders.
struct ModuleView {
    struct ExampleView {
        let title: String
        let ratings: String
        let observations: String
        let score: String
        let knockOuts: String
        let flags: String
    }

    let t: DocsLabels
    let notice: String
    let language: String
    let id: String
    let name: String
    let summary: String
    let rationale: String
    let scoring: String
    let configuration: [String]
    let examples: [ExampleView]
}

/// The values the index renders.
struct IndexView {
    struct Entry {
        let id: String
        let version: Int
        let title: String
        let hash: String
        let languages: String
        let guide: String
        let sheet: String
    }

    struct ModuleEntry {
        let id: String
        let name: String
        let page: String
    }

    let t: DocsLabels
    let notice: String
    let language: String
    let rubrics: [Entry]
    let modules: [ModuleEntry]
}
