import Foundation
import Panel
import ScoringCore

extension CandidateExport {
    /// The export as JSON (keys sorted).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The export as Markdown, user data escaped.
    public func markdown(language: Language) -> String {
        let de = language == .de
        let e = MarkdownEscaping.escape
        var out =
            "# " + (de ? "Auskunft nach Art. 15 DSGVO: " : "Access request (Art. 15 GDPR): ") + e(document.candidate)
            + "\n\n"
        out += (de ? "Erstellt am " : "Exported on ") + document.exported + ". "
        out +=
            (de
                ? "Aufbewahrung: \(document.retentionMonths) Monate nach der Entscheidung."
                : "Retention: \(document.retentionMonths) months after the decision.") + "\n"
        if document.interviewersPseudonymised {
            out +=
                "\n"
                + (de ? "Die Namen der Interviewenden sind pseudonymisiert." : "Interviewer names are pseudonymised.")
                + "\n"
        }
        out += "\n## " + (de ? "Entscheidungen" : "Decisions") + "\n\n"
        if document.decisions.isEmpty { out += de ? "Noch keine.\n" : "None yet.\n" }
        for decision in document.decisions {
            out +=
                "- \(e(decision.requisition ?? "–")): \(e(decision.outcome)) \(de ? "am" : "on") \(decision.date), "
                + (de ? "Panel-Empfehlung" : "panel recommendation") + " \(e(decision.panelRecommendation)), "
                + (de ? "aufbewahrt bis" : "kept until") + " \(decision.retainUntil)\n"
        }
        if !document.holds.isEmpty {
            out += "\n## " + (de ? "Aufbewahrungssperren" : "Legal holds") + "\n\n"
            for hold in document.holds {
                out += "- \(e(hold.requisition ?? "*")): \(e(hold.reason)) (\(de ? "seit" : "since") \(hold.since))\n"
            }
        }
        out += "\n## " + (de ? "Panel-Ergebnisse" : "Panel results") + "\n\n"
        for panel in document.panels {
            out +=
                "- \(e(panel.requisition ?? "–")): \(e(panel.recommendation))"
                + (panel.score.map { " (\(Format.fixed($0, language: language)))" } ?? "") + "\n"
            for reason in panel.reasons { out += "  - \(e(reason))\n" }
        }
        out += "\n## " + (de ? "Bewertungsbögen" : "Scorecards") + "\n"
        for card in document.scorecards {
            out += "\n### \(e(card.interviewer)) — \(e(card.requisition ?? "–")), \(e(card.rubric))\n\n"
            out +=
                (de ? "Status" : "Status") + ": \(card.status); " + (de ? "Interview" : "interview")
                + ": \(card.interviewDate ?? "–"); "
                + (de ? "aufbewahrt bis" : "kept until") + ": \(card.retainUntil ?? "–")\n\n"
            if let signature = card.signature {
                out +=
                    SignatureMessages.cardHeading.text(in: language) + ": " + e(signature.text.text(in: language))
                    + "\n\n"
            }
            out +=
                "| " + (de ? "Kriterium" : "Criterion") + " | " + (de ? "Bewertung" : "Rating") + " | "
                + (de ? "Beleg" : "Evidence") + " |\n| --- | --- | --- |\n"
            for rating in card.ratings {
                out += "| \(e(rating.title)) | \(e(rating.rating)) | \(e(rating.evidence ?? "")) |\n"
            }
            if !card.observations.isEmpty {
                out +=
                    "\n" + (de ? "Beobachtungen: " : "Observations: ")
                    + card.observations.sorted { $0.key < $1.key }.map { "\(e($0.key)) \(e($0.value))" }.joined(
                        separator: ", ") + "\n"
            }
            if let recommendation = card.recommendation {
                out +=
                    "\n" + (de ? "Empfehlung: " : "Recommendation: ") + e(recommendation)
                    + (card.reason.map { " — " + e($0) } ?? "") + "\n"
            }
        }
        if !document.otherFiles.isEmpty {
            out += "\n## " + (de ? "Weitere Dateien" : "Other files") + "\n"
            for file in document.otherFiles {
                let content =
                    file.text.map { TerminalText.neutralisingControls($0, keepingLineBreaks: true) } ?? file.base64
                    ?? ""
                var fence = "```"
                while content.contains(fence) { fence += "`" }
                out +=
                    "\n### \(e(file.path)) (\(file.size) Bytes\(file.text == nil ? ", Base64" : ""))\n\n\(fence)\n\(content)\n\(fence)\n"
            }
        }
        if !document.incomplete.isEmpty {
            out += "\n## " + (de ? "Nicht vollständig exportiert" : "Not exported in full") + "\n\n"
            for problem in document.incomplete { out += "- \(e(problem.path)): \(e(problem.reason))\n" }
        }
        out += "\n## " + (de ? "Protokoll" : "Audit trail") + "\n\n"
        for event in document.auditEvents {
            out += "- \(event.time) \(e(event.event)) (\(e(event.actor)))\n"
        }
        return out
    }

    /// The export as a self-contained HTML page, user data escaped.
    public func html(language: Language) -> String {
        let h = HTMLEscaping.escape
        let de = language == .de
        var body =
            "<h1>" + (de ? "Auskunft nach Art. 15 DSGVO: " : "Access request (Art. 15 GDPR): ") + h(document.candidate)
            + "</h1>\n"
        body +=
            "<p>" + (de ? "Erstellt am " : "Exported on ") + document.exported + ". "
            + (de
                ? "Aufbewahrung: \(document.retentionMonths) Monate nach der Entscheidung."
                : "Retention: \(document.retentionMonths) months after the decision.")
            + (document.interviewersPseudonymised
                ? (de ? " Die Namen der Interviewenden sind pseudonymisiert." : " Interviewer names are pseudonymised.")
                : "") + "</p>\n"
        body += "<h2>" + (de ? "Entscheidungen" : "Decisions") + "</h2>\n<ul>\n"
        for decision in document.decisions {
            body +=
                "<li>\(h(decision.requisition ?? "–")): \(h(decision.outcome)), \(decision.date), \(h(decision.panelRecommendation)), "
                + (de ? "aufbewahrt bis " : "kept until ") + decision.retainUntil + "</li>\n"
        }
        body += "</ul>\n"
        if !document.holds.isEmpty {
            body += "<h2>" + (de ? "Aufbewahrungssperren" : "Legal holds") + "</h2>\n<ul>\n"
            for hold in document.holds {
                body +=
                    "<li>\(h(hold.requisition ?? "*")): \(h(hold.reason)) (\(de ? "seit" : "since") \(h(hold.since)), \(h(hold.actor)))</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>" + (de ? "Bewertungsbögen" : "Scorecards") + "</h2>\n"
        for card in document.scorecards {
            body += "<h3>\(h(card.interviewer)) — \(h(card.requisition ?? "–")), \(h(card.rubric))</h3>\n"
            if let signature = card.signature {
                body +=
                    "<p>"
                    + h(SignatureMessages.cardHeading.text(in: language) + ": " + signature.text.text(in: language))
                    + "</p>\n"
            }
            body +=
                "<table>\n<tr><th>"
                + (de ? "Kriterium" : "Criterion") + "</th><th>" + (de ? "Bewertung" : "Rating") + "</th><th>"
                + (de ? "Beleg" : "Evidence") + "</th></tr>\n"
            for rating in card.ratings {
                body +=
                    "<tr><td>\(h(rating.title))</td><td>\(h(rating.rating))</td><td>\(h(rating.evidence ?? ""))</td></tr>\n"
            }
            body += "</table>\n"
            if let recommendation = card.recommendation {
                body +=
                    "<p>" + (de ? "Empfehlung: " : "Recommendation: ") + h(recommendation)
                    + (card.reason.map { " — " + h($0) } ?? "") + "</p>\n"
            }
        }
        if !document.otherFiles.isEmpty {
            body += "<h2>" + (de ? "Weitere Dateien" : "Other files") + "</h2>\n"
            for file in document.otherFiles {
                body +=
                    "<h3>\(h(file.path)) (\(file.size) Bytes\(file.text == nil ? ", Base64" : ""))</h3>\n<pre>\(h(file.text ?? file.base64 ?? ""))</pre>\n"
            }
        }
        if !document.incomplete.isEmpty {
            body += "<h2>" + (de ? "Nicht vollständig exportiert" : "Not exported in full") + "</h2>\n<ul>\n"
            for problem in document.incomplete { body += "<li>\(h(problem.path)): \(h(problem.reason))</li>\n" }
            body += "</ul>\n"
        }
        body += "<h2>" + (de ? "Protokoll" : "Audit trail") + "</h2>\n<ul>\n"
        for event in document.auditEvents {
            body += "<li>\(h(event.time)) \(h(event.event)) (\(h(event.actor)))</li>\n"
        }
        body += "</ul>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><title>\(h(document.candidate))</title>
            <style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}@page{size:A4;margin:15mm}</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }
}
