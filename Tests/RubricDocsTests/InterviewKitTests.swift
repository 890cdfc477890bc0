import BuiltInModules
import Foundation
import ScoringCore
import Testing

@testable import RubricDocs

/// Interviewer kits per stage and the printable sheet (issue 18).
@Suite("Interview kits")
struct InterviewKitTests {
    static func staged() throws -> Rubric {
        let rubrics = DocsFixtures.load([DocsFixtures.folder.appendingPathComponent("stages/staged-claims.yaml").path])
        return try #require(rubrics.first)
    }

    @Test("a rubric with a plan gets a guide and a sheet per stage, each with only the stage's criteria and time")
    func kitsPerStage() throws {
        let files = try DocsFixtures.generate([try Self.staged()], format: .markdown)
        for stage in ["phone-screen", "role-play", "technical"] {
            for language in ["de", "en"] {
                #expect(files["staged-claims/\(stage)/guide.\(language).md"] != nil, "\(stage) \(language)")
                #expect(files["staged-claims/\(stage)/sheet.\(language).md"] != nil, "\(stage) \(language)")
            }
        }
        let phone = try #require(files["staged-claims/phone-screen/guide.en.md"])
        #expect(phone.contains("# Mini claims handler — Phone screen — Interviewer guide"), "\(phone.prefix(400))")
        #expect(
            phone.contains(
                "1. Phone screen (20 minutes, Recruiting): Ownership of the claim. The content needs about 10 minutes (5 opening and close, 1 questions × 4, 1 follow-ups × 1)."
            ), "\(phone)")
        #expect(phone.contains("Ownership of the claim"))
        #expect(!phone.contains("Insurance law"))
        #expect(!phone.contains("60 to 75"))
        // The kit says how to enter this stage's ratings.
        #expect(
            phone.contains(
                "1. Enter your ratings with `hirescore enter --stage phone-screen`; every answer is saved at once."),
            "\(phone)")
        let play = try #require(files["staged-claims/role-play/guide.en.md"])
        #expect(play.contains("  - or: How do you tell a customer that her loss is not covered?"), "\(play)")
        let technical = try #require(files["staged-claims/technical/sheet.de.md"])
        #expect(technical.contains("Versicherungsrecht"))
        #expect(technical.contains("Verantwortung übernehmen"))
        #expect(!technical.contains("Entscheidungen erklären"))

        // The whole-rubric guide lists every stage with its time.
        let guide = try #require(files["staged-claims/guide.de.md"])
        #expect(
            guide.contains(
                "1. Erfassen Sie Ihre Bewertungen mit `hirescore enter --stage ID`, der Kennung Ihrer Stufe (`phone-screen`, `role-play`, `technical`), oder mit `--all-stages`, wenn ein Panel alle Stufen gemeinsam führt; jede Antwort wird sofort gespeichert."
            ), "\(guide)")
        #expect(
            guide.contains(
                "1. Rollenspiel (15 Minuten, Teamleitung Schaden): Entscheidungen erklären. Der Inhalt braucht etwa 9 Minuten (5 Begrüßung und Abschluss, 1 Fragen × 4, 0 Nachfragen × 1)."
            ), "\(guide)")
    }

    @Test(
        "the sheet carries short anchors per level, follow-ups, knock-out markers, n/a, no decision and room for evidence"
    )
    func sheetOnPaper() throws {
        let files = try DocsFixtures.generate([try Self.staged()], format: .html)
        let sheet = try #require(files["staged-claims/sheet.en.html"])
        #expect(sheet.contains("<table class=\"fields\">"))
        #expect(sheet.contains("<tr><td class=\"box\">☐ 1</td><td>Blames someone else.</td></tr>"), "\(sheet)")
        #expect(sheet.contains("<li>What exactly did you do?</li>"))
        #expect(sheet.contains("<p class=\"knockout\">⚠ Knock-outs: "))
        #expect(sheet.contains("<tr><td class=\"box\">☐ n/a</td>"))
        #expect(sheet.contains("<span>☐ no decision</span>"))
        #expect(sheet.components(separatedBy: "<div class=\"write\"></div>").count - 1 >= 5 * 3 + 3)
    }

    @Test("the short form of an anchor is its first sentence, not cut at an abbreviation, at most 150 characters")
    func shortAnchors() {
        #expect(RubricDocsGenerator.shortForm("Follows up once. Then waits.") == "Follows up once.")
        #expect(
            RubricDocsGenerator.shortForm("Informiert die Kundin bzw. den Kunden. Danach nichts.")
                == "Informiert die Kundin bzw. den Kunden.")
        let long = String(repeating: "word ", count: 60)
        let short = RubricDocsGenerator.shortForm(long)
        #expect(short.hasSuffix(" …"))
        #expect(short.count <= 152)
    }

    @Test("a role-play's candidate brief and role-player script are printed on pages of their own")
    func briefAndScript() throws {
        let path = DocsFixtures.folder.appendingPathComponent("stages/staged-claims.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rolePlay = """
                  role-play:
                    weight: 0.5
                    criteria: [explaining]
                    candidate-brief: {de: Sie rufen Herrn Keller zurück., en: You call Mr Keller back.}
                    script: {de: Die 6.200 € sind schon eingegangen; sagen Sie es nur auf Nachfrage., en: The 6200 euros have arrived; say so only when asked.}
                criteria:
                  - id: explaining
            """
        let changed = text.replacingOccurrences(of: "    criteria:\n      - id: explaining\n", with: rolePlay + "\n")
        #expect(changed != text)
        let result = RubricLoader(registry: BuiltInModules.registry).load(text: changed, path: "role-play.yaml")
        let rubric = try #require(result.rubrics.first, "\(result.diagnostics)")
        let files = try DocsFixtures.generate([rubric], format: .html)
        let guide = try #require(files["staged-claims/role-play/guide.en.html"])
        #expect(
            guide.contains(
                "<section class=\"handout\" style=\"break-before: page; page-break-before: always;\">\n<h2>Role-play: the candidate&#39;s brief</h2>\n<p>You call Mr Keller back.</p>"
            ), "\(guide.suffix(1200))")
        #expect(
            guide.contains(
                "<h2>Role-play: the role-player&#39;s script (not for the candidate)</h2>\n<p>The 6200 euros have arrived; say so only when asked.</p>"
            ))
        let sheet = try #require(files["staged-claims/role-play/sheet.en.html"])
        #expect(!sheet.contains("The 6200 euros"), "the sheet is not the place for the script")
    }
}
