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
        let t = { (text: LocalizedText) in text.text(in: language) }
        let e = MarkdownEscaping.escape
        var out = "# " + t(ExportMessages.title) + e(document.candidate) + "\n\n"
        out += t(ExportMessages.exportedOn(document.exported)) + " "
        out += t(ExportMessages.retention(months: document.retentionMonths)) + "\n"
        if document.interviewersPseudonymised {
            out += "\n" + t(ExportMessages.pseudonymised) + "\n"
        }
        out += "\n## " + t(ExportMessages.decisions) + "\n\n"
        if document.decisions.isEmpty { out += t(ExportMessages.noneYet) + "\n" }
        for decision in document.decisions {
            let line = ExportMessages.decision(
                requisition: e(decision.requisition ?? "–"), outcome: e(decision.outcome), date: decision.date,
                recommendation: e(decision.panelRecommendation), retainUntil: decision.retainUntil)
            out += "- " + t(line) + "\n"
        }
        if !document.holds.isEmpty {
            out += "\n## " + t(ExportMessages.legalHolds) + "\n\n"
            for hold in document.holds {
                out += "- \(e(hold.requisition ?? "*")): \(e(hold.reason)) (\(t(ExportMessages.since)) \(hold.since))\n"
            }
        }
        out += "\n## " + t(ExportMessages.panelResults) + "\n\n"
        for panel in document.panels {
            out +=
                "- \(e(panel.requisition ?? "–")): \(e(panel.recommendation))"
                + (panel.score.map { " (\(Format.fixed($0, language: language)))" } ?? "") + "\n"
            for reason in panel.reasons { out += "  - \(e(reason))\n" }
        }
        out += "\n## " + t(ExportMessages.scorecards) + "\n"
        for card in document.scorecards {
            out += CandidateExport.markdown(card, language: language)
        }
        if !document.otherFiles.isEmpty {
            out += "\n## " + t(ExportMessages.otherFiles) + "\n"
            for file in document.otherFiles {
                out += CandidateExport.markdown(file, language: language)
            }
        }
        if !document.incomplete.isEmpty {
            out += "\n## " + t(ExportMessages.notExportedInFull) + "\n\n"
            for problem in document.incomplete { out += "- \(e(problem.path)): \(e(problem.reason))\n" }
        }
        out += "\n## " + t(ExportMessages.auditTrail) + "\n\n"
        for event in document.auditEvents {
            out += "- \(event.time) \(e(event.event)) (\(e(event.actor)))\n"
        }
        return out
    }

    /// One scorecard in the Markdown export: heading, dates, signature, ratings, observations, recommendation.
    static func markdown(_ card: ScorecardEntry, language: Language) -> String {
        let t = { (text: LocalizedText) in text.text(in: language) }
        let e = MarkdownEscaping.escape
        var out = "\n### \(e(card.interviewer)) — \(e(card.requisition ?? "–")), \(e(card.rubric))\n\n"
        let interviewDate = card.interviewDate ?? "–"
        let retainUntil = card.retainUntil ?? "–"
        out +=
            t(ExportMessages.status) + ": \(card.status); " + t(ExportMessages.interview) + ": \(interviewDate); "
            + t(ExportMessages.keptUntil) + ": \(retainUntil)\n\n"
        if let signature = card.signature {
            out +=
                SignatureMessages.cardHeading.text(in: language) + ": " + e(signature.text.text(in: language)) + "\n\n"
        }
        out +=
            "| " + t(ExportMessages.criterion) + " | " + t(ExportMessages.rating) + " | "
            + t(ExportMessages.evidence) + " |\n| --- | --- | --- |\n"
        for rating in card.ratings {
            out += "| \(e(rating.title)) | \(e(rating.rating)) | \(e(rating.evidence ?? "")) |\n"
        }
        if !card.observations.isEmpty {
            let observations = card.observations.sorted { $0.key < $1.key }.map { "\(e($0.key)) \(e($0.value))" }
            out += "\n" + t(ExportMessages.observations) + observations.joined(separator: ", ") + "\n"
        }
        if let recommendation = card.recommendation {
            out +=
                "\n" + t(ExportMessages.recommendation) + e(recommendation)
                + (card.reason.map { " — " + e($0) } ?? "") + "\n"
        }
        return out
    }

    /// One other file in the Markdown export: its path and size, and its content fenced (text with control
    /// characters neutralised, or base64), the fence longer than any run of backticks in it.
    static func markdown(_ file: OtherFile, language: Language) -> String {
        let content =
            file.text.map { TerminalText.neutralisingControls($0, keepingLineBreaks: true) } ?? file.base64 ?? ""
        var fence = "```"
        while content.contains(fence) { fence += "`" }
        let size = ExportMessages.fileSize(file.size, base64: file.text == nil).text(in: language)
        return "\n### \(MarkdownEscaping.escape(file.path)) \(size)\n\n" + "\(fence)\n\(content)\n\(fence)\n"
    }

    /// The export as a self-contained HTML page, user data escaped.
    public func html(language: Language) -> String {
        let h = HTMLEscaping.escape
        let t = { (text: LocalizedText) in text.text(in: language) }
        var body = "<h1>" + t(ExportMessages.title) + h(document.candidate) + "</h1>\n"
        body +=
            "<p>" + t(ExportMessages.exportedOn(document.exported)) + " "
            + t(ExportMessages.retention(months: document.retentionMonths))
            + (document.interviewersPseudonymised ? " " + t(ExportMessages.pseudonymised) : "") + "</p>\n"
        body += "<h2>" + t(ExportMessages.decisions) + "</h2>\n<ul>\n"
        for decision in document.decisions {
            let requisition = h(decision.requisition ?? "–")
            body +=
                "<li>\(requisition): \(h(decision.outcome)), \(decision.date), \(h(decision.panelRecommendation)), "
                + t(ExportMessages.keptUntil) + " " + decision.retainUntil + "</li>\n"
        }
        body += "</ul>\n"
        if !document.holds.isEmpty {
            body += "<h2>" + t(ExportMessages.legalHolds) + "</h2>\n<ul>\n"
            for hold in document.holds {
                let since = "\(t(ExportMessages.since)) \(h(hold.since)), \(h(hold.actor))"
                body += "<li>\(h(hold.requisition ?? "*")): \(h(hold.reason)) (\(since))</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>" + t(ExportMessages.scorecards) + "</h2>\n"
        for card in document.scorecards {
            body += CandidateExport.html(card, language: language)
        }
        if !document.otherFiles.isEmpty {
            body += "<h2>" + t(ExportMessages.otherFiles) + "</h2>\n"
            for file in document.otherFiles {
                body +=
                    "<h3>\(h(file.path)) \(t(ExportMessages.fileSize(file.size, base64: file.text == nil)))</h3>\n"
                    + "<pre>\(h(file.text ?? file.base64 ?? ""))</pre>\n"
            }
        }
        if !document.incomplete.isEmpty {
            body += "<h2>" + t(ExportMessages.notExportedInFull) + "</h2>\n<ul>\n"
            for problem in document.incomplete { body += "<li>\(h(problem.path)): \(h(problem.reason))</li>\n" }
            body += "</ul>\n"
        }
        body += "<h2>" + t(ExportMessages.auditTrail) + "</h2>\n<ul>\n"
        for event in document.auditEvents {
            body += "<li>\(h(event.time)) \(h(event.event)) (\(h(event.actor)))</li>\n"
        }
        body += "</ul>\n"
        return CandidateExport.page(candidate: document.candidate, body: body, language: language)
    }

    /// One scorecard in the HTML export: heading, signature, ratings and recommendation.
    static func html(_ card: ScorecardEntry, language: Language) -> String {
        let h = HTMLEscaping.escape
        let t = { (text: LocalizedText) in text.text(in: language) }
        var body = "<h3>\(h(card.interviewer)) — \(h(card.requisition ?? "–")), \(h(card.rubric))</h3>\n"
        if let signature = card.signature {
            body +=
                "<p>"
                + h(SignatureMessages.cardHeading.text(in: language) + ": " + signature.text.text(in: language))
                + "</p>\n"
        }
        body +=
            "<table>\n<tr><th>"
            + t(ExportMessages.criterion) + "</th><th>" + t(ExportMessages.rating) + "</th><th>"
            + t(ExportMessages.evidence) + "</th></tr>\n"
        for rating in card.ratings {
            body +=
                "<tr><td>\(h(rating.title))</td><td>\(h(rating.rating))</td>"
                + "<td>\(h(rating.evidence ?? ""))</td></tr>\n"
        }
        body += "</table>\n"
        if let recommendation = card.recommendation {
            body +=
                "<p>" + t(ExportMessages.recommendation) + h(recommendation)
                + (card.reason.map { " — " + h($0) } ?? "") + "</p>\n"
        }
        return body
    }

    /// The self-contained HTML page around the export's body.
    private static func page(candidate: String, body: String, language: Language) -> String {
        let h = HTMLEscaping.escape
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><title>\(h(candidate))</title>
            <style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}@page{size:A4;margin:15mm}</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }
}
