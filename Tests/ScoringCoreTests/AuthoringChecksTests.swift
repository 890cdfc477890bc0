import Foundation
import ScoringCore
import Testing

/// What the validator checks for rubric authors (issue 18): criteria per section in the documented range,
/// script-only facts of a role-play kept out of the candidate brief, and anchors that need a past example on
/// questions that can elicit one.
@Suite("Authoring checks")
struct AuthoringChecksTests {
    /// The fixture without a plan, its customer-orientation section holding `count` criteria (ownership and copies).
    static func section(withCriteria count: Int) throws -> String {
        let text = try InterviewPlanTests.withPlan("")
        let start = try #require(text.range(of: "      - id: ownership\n"))
        let end = try #require(text.range(of: "\n  - id: conversation-skills\n"))
        let ownership = String(text[start.lowerBound..<end.lowerBound])
        let copies = (1..<max(1, count)).map {
            ownership.replacingOccurrences(of: "id: ownership", with: "id: ownership-\($0 + 1)")
        }
        return String(text[..<start.lowerBound]) + ([ownership] + copies).joined(separator: "\n")
            + String(text[end.lowerBound...])
    }

    @Test(
        "criteria per section outside 3 to 6 are warned on, with a hint for too few and for too many",
        arguments: [(1, true), (2, true), (3, false), (6, false), (7, true)])
    func criteriaPerSection(count: Int, warned: Bool) throws {
        let loaded = RubricFixtures.load(text: try Self.section(withCriteria: count), path: "count.yaml")
        let warnings = loaded.result.diagnostics.filter {
            $0.code == .criteriaPerSection && $0.message.text(in: "en").hasPrefix("section 'customer-orientation'")
        }
        #expect(warnings.count == (warned ? 1 : 0), "\(loaded.rendered())")
        #expect(loaded.result.rubrics.count == 1)
    }

    @Test("the criteria-per-section warning: exact text, place and hint in English and German")
    func criteriaPerSectionText() throws {
        let few = RubricFixtures.load(text: try Self.section(withCriteria: 1), path: "few.yaml")
        let warning = try #require(few.result.diagnostics.first { $0.code == .criteriaPerSection })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 28)
        #expect(warning.location?.column == 5)
        #expect(warning.message.text(in: "en") == "section 'customer-orientation' has 1 criterion; 3 to 6 are usual")
        #expect(
            warning.message.text(in: "de") == "Abschnitt 'customer-orientation' hat 1 Kriterium; üblich sind 3 bis 6")
        #expect(
            warning.hint?.text(in: "en")
                == "with fewer than 3, the section's score rests on one rating: add criteria that observe the competency in other situations"
        )
        #expect(
            warning.hint?.text(in: "de")
                == "mit weniger als 3 beruht der Wert des Abschnitts auf einer Bewertung: ergänzen Sie Kriterien, die die Kompetenz in anderen Situationen beobachten"
        )

        let many = RubricFixtures.load(text: try Self.section(withCriteria: 7), path: "many.yaml")
        let tooMany = try #require(many.result.diagnostics.first { $0.code == .criteriaPerSection })
        #expect(tooMany.message.text(in: "en") == "section 'customer-orientation' has 7 criteria; 3 to 6 are usual")
        #expect(
            tooMany.message.text(in: "de") == "Abschnitt 'customer-orientation' hat 7 Kriterien; üblich sind 3 bis 6")
        #expect(
            tooMany.hint?.text(in: "en")
                == "with more than 6, each criterion gets a few minutes of the interview: merge criteria that overlap")
        #expect(
            tooMany.hint?.text(in: "de")
                == "mit mehr als 6 bleiben jedem Kriterium nur wenige Minuten des Interviews: fassen Sie Kriterien zusammen, die sich überschneiden"
        )
    }

    // MARK: Script-only facts

    static let rolePlayAnchor =
        "          mandatory: true, rationale: {de: Begründung der Testvorlage., en: Fixture rationale.}}\n"

    /// The fixture without a plan, with a role-play on `explaining` whose `lines` (brief, script, facts) follow
    /// `criteria:` at line 73.
    static func rolePlay(_ lines: [String]) throws -> String {
        let text = try InterviewPlanTests.withPlan("")
        #expect(text.contains(rolePlayAnchor))
        let block =
            "      role-play:\n        weight: 0.4\n        criteria: [explaining]\n"
            + lines.map { "        " + $0 + "\n" }.joined()
        return text.replacingOccurrences(of: rolePlayAnchor, with: rolePlayAnchor + block)
    }

    static let brief =
        "candidate-brief: {de: Ein Kunde ruft wegen der Mahnung an., en: A customer calls about the dunning letter.}"
    static let leakyBrief =
        "candidate-brief: {de: Der Kunde hat 6.200 € überwiesen., en: \"The customer has paid €6,200.\"}"
    static let script =
        "script: {de: Die Zahlung über 6.200 € ist eingegangen., en: \"The payment of €6,200 has arrived.\"}"
    static let scriptWithoutFact = "script: {de: Sie sind verärgert., en: You are annoyed.}"
    static let facts = "facts: [{de: 6.200 €, en: \"€6,200\"}]"

    static let factCodes: Set<String> = ["fact-in-brief", "fact-not-in-script", "script-without-facts"]

    @Test(
        "script-only facts: in the script and not in the brief, or a warning",
        arguments: [
            ([brief, script, facts], [String]()),
            ([leakyBrief, script, facts], ["fact-in-brief"]),
            ([brief, scriptWithoutFact, facts], ["fact-not-in-script"]),
            ([brief, facts], ["fact-not-in-script"]),
            ([leakyBrief, facts], ["fact-in-brief", "fact-not-in-script"]),
            ([brief, script], ["script-without-facts"]),
            ([brief], []),
        ])
    func scriptOnlyFacts(lines: [String], codes: [String]) throws {
        let loaded = RubricFixtures.load(text: try Self.rolePlay(lines), path: "facts.yaml")
        #expect(loaded.codes.filter(Self.factCodes.contains) == codes, "\(loaded.rendered())")
        #expect(loaded.result.rubrics.count == 1)
        if codes.isEmpty, lines.contains(Self.facts) {
            #expect(loaded.result.rubrics.first?.sections.count == 3)
        }
    }

    @Test("the script-only fact warnings: exact text, place and hint in English and German")
    func scriptOnlyFactTexts() throws {
        let leaked = RubricFixtures.load(
            text: try Self.rolePlay([Self.leakyBrief, Self.scriptWithoutFact, Self.facts]), path: "facts.yaml")
        let inBrief = try #require(leaked.diagnostics.first { $0.code == .factInBrief })
        #expect(inBrief.severity == .warning)
        #expect(inBrief.location?.line == 76)
        #expect(inBrief.location?.column == 17)
        #expect(
            inBrief.message.text(in: "en")
                == "the script-only fact '6.200 €' is in the candidate brief ('de', 'en'): the candidate would be told what they should find out"
        )
        #expect(
            inBrief.message.text(in: "de")
                == "die Tatsache '6.200 €', die nur im Skript stehen soll, steht in der Information für die Bewerberin bzw. den Bewerber ('de', 'en'): sie bzw. er erführe, was erfragt werden soll"
        )
        #expect(
            inBrief.hint?.text(in: "en")
                == "remove it from 'candidate-brief', or from 'facts' if the candidate may know it")
        let notInScript = try #require(leaked.diagnostics.first { $0.code == .factNotInScript })
        #expect(notInScript.location?.line == 76)
        #expect(
            notInScript.message.text(in: "en")
                == "the script-only fact '6.200 €' is not in the role-player's script ('de', 'en'): the role-player cannot reveal it"
        )
        #expect(
            notInScript.message.text(in: "de")
                == "die Tatsache '6.200 €', die nur im Skript stehen soll, fehlt im Skript der Rollenspielerin bzw. des Rollenspielers ('de', 'en'): sie bzw. er kann sie nicht preisgeben"
        )
        #expect(
            notInScript.hint?.text(in: "de")
                == "schreiben Sie sie wörtlich in 'script' oder korrigieren Sie die Tatsache")

        let undeclared = RubricFixtures.load(text: try Self.rolePlay([Self.brief, Self.script]), path: "facts.yaml")
        let noFacts = try #require(undeclared.diagnostics.first { $0.code == .scriptWithoutFacts })
        #expect(noFacts.location?.line == 75)
        #expect(
            noFacts.message.text(in: "en")
                == "the role-play has a script but no 'facts': nothing says which of its facts the candidate must find out, so nothing checks that the candidate brief keeps them back"
        )
        #expect(
            noFacts.hint?.text(in: "en")
                == "list under 'facts' each script-only fact as words that appear in the script, e.g. [\"6,200\"]")
    }

    // MARK: Anchors that need a past example

    static let claimsLawAnchors = "          5: {de: Kennt die Rechtsprechung., en: Knows the case law.}\n"
    static let behavioural = """
              - kind: behavioural
                text:
                  de: Erzählen Sie von einem strittigen Fall.
                  en: Tell me about a disputed claim.

        """

    /// The fixture without a plan; claims-law (one situational question) with `needs-past-example` and, when
    /// `withBehavioural`, a behavioural question too.
    static func pastExample(_ value: String, withBehavioural: Bool) throws -> String {
        var text = try InterviewPlanTests.withPlan("")
        #expect(text.contains(claimsLawAnchors))
        text = text.replacingOccurrences(
            of: claimsLawAnchors, with: claimsLawAnchors + "        needs-past-example: \(value)\n")
        if withBehavioural {
            let question =
                "        questions:\n          - kind: situational\n            text:\n              de: Ein Fenster"
            #expect(text.contains(question))
            text = text.replacingOccurrences(
                of: question,
                with: "        questions:\n"
                    + behavioural.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
                    + "\n          - kind: situational\n            text:\n              de: Ein Fenster")
        }
        return text
    }

    static let pastExampleCodes: Set<String> = ["past-example-on-situational", "past-example-without-anchor"]

    @Test(
        "an anchor that needs a past example on a criterion asked only situationally is warned on",
        arguments: [
            ("[5]", false, ["past-example-on-situational"]),
            ("[4, 5]", false, ["past-example-on-situational"]),
            ("5", false, ["past-example-on-situational"]),
            ("[5]", true, []),
            ("[6]", false, ["past-example-without-anchor"]),
        ])
    func pastExampleOnSituational(value: String, withBehavioural: Bool, codes: [String]) throws {
        let loaded = RubricFixtures.load(
            text: try Self.pastExample(value, withBehavioural: withBehavioural), path: "past.yaml")
        #expect(loaded.codes.filter(Self.pastExampleCodes.contains) == codes, "\(loaded.rendered())")
        if codes.isEmpty {
            #expect(loaded.result.rubrics.first?.criterion("claims-law")?.pastExampleLevels == [5])
        }
    }

    @Test("the past-example warning and error: exact text, place and hint in English and German")
    func pastExampleTexts() throws {
        let loaded = RubricFixtures.load(
            text: try Self.pastExample("[4, 5]", withBehavioural: false), path: "past.yaml")
        let warning = try #require(loaded.diagnostics.first { $0.code == .pastExampleOnSituational })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 118)
        #expect(warning.location?.column == 29)
        #expect(
            warning.message.text(in: "en")
                == "the anchors at level 4, 5 of criterion 'claims-law' need a past example, but every question of the criterion is situational: a hypothetical question cannot elicit what the candidate has done"
        )
        #expect(
            warning.message.text(in: "de")
                == "die Anker auf Stufe 4, 5 von Kriterium 'claims-law' verlangen ein früheres Beispiel, aber alle Fragen des Kriteriums sind situativ: eine hypothetische Frage kann nicht erfragen, was die Person getan hat"
        )
        #expect(
            warning.hint?.text(in: "en")
                == "add a behavioural question (\"Tell me about a time …\"), or word the anchor as what a strong answer to the situation describes"
        )
        #expect(
            warning.hint?.text(in: "de")
                == "ergänzen Sie eine verhaltensbezogene Frage („Erzählen Sie von einer Situation …“) oder formulieren Sie den Anker als das, was eine starke Antwort auf die Situation beschreibt"
        )

        let off = RubricFixtures.load(text: try Self.pastExample("[6]", withBehavioural: false), path: "past.yaml")
        let error = try #require(off.diagnostics.first { $0.code == .pastExampleWithoutAnchor })
        #expect(error.severity == .error)
        #expect(error.location?.line == 118)
        #expect(
            error.message.text(in: "en")
                == "'needs-past-example' names level 6, which has no anchor in criterion 'claims-law'")
        #expect(
            error.message.text(in: "de")
                == "'needs-past-example' nennt Stufe 6, für die Kriterium 'claims-law' keinen Anker hat")
        #expect(off.result.rubrics.isEmpty)
    }
}
