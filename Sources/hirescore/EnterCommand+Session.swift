import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Interview
import ScoringCore

extension HireScoreCommand.Enter {
    /// Where the answers come from (an answers file, piped input or the terminal), whether the session is
    /// scripted, and the screen to wrap to on a terminal.
    func entryConsole(language: Language) throws -> (console: EntryConsole, scripted: Bool, screen: EntryScreen?) {
        let scripted = answers != nil || isatty(STDIN_FILENO) != 1
        let console: EntryConsole
        if let answers {
            // A bounded read: a huge file, /dev/zero or a FIFO is refused, never read into memory or waited on.
            let limit = YAMLReader.Limits().maximumBytes
            let problem: LocalizedText
            switch BoundedFile.read(answers, limit: limit) {
            case .success(let bytes):
                return (
                    ScriptedOutputConsole(script: String(decoding: bytes, as: UTF8.self)), scripted,
                    Self.screen()
                )
            case .failure(.tooLarge): problem = EnterCommandMessages.answersTooLarge(answers, limit: limit)
            case .failure(.notRegular): problem = EnterCommandMessages.answersNotRegular(answers)
            case .failure(.unreadable): problem = EnterCommandMessages.answersUnreadable(answers)
            }
            throw CommandFailure(problem, language: language)
        }
        console = StandardConsole(skipsComments: scripted)
        return (console, scripted, Self.screen())
    }

    /// On a terminal the screen is wrapped to its width; into a file or pipe the text stays as it always was.
    static func screen() -> EntryScreen? {
        isatty(STDOUT_FILENO) == 1
            ? EntryScreen(
                width: Terminal.standardOutput.columns, height: Terminal.standardOutput.rows,
                bold: Terminal.standardOutput.supportsColor) : nil
    }

    /// The session that writes each answer to `path` at once (or hands its text to `persist`), never larger than
    /// the loaders accept.
    func entrySession(
        rubric: ScoringCore.Rubric, draft: Scorecard, path: String, language: Language,
        persist: ((String) throws -> Void)? = nil
    ) throws -> EntrySession {
        let (console, scripted, screen) = try entryConsole(language: language)
        return EntrySession(
            rubric: rubric, registry: HireScoreModules.registry, scorecard: draft, console: console,
            language: language, shuffle: shuffle, scripted: scripted, screen: screen,
            currentWidth: { Terminal.standardOutput.columns }
        ) { scorecard in
            // Never write a scorecard the loaders would refuse as too large: it could not be verified, merged or exported.
            let text = try scorecard.yamlText()
            let limit = YAMLReader.Limits().maximumBytes
            guard text.utf8.count <= limit else {
                throw ScorecardTooLarge(size: text.utf8.count, limit: limit, language: language)
            }
            if let persist { try persist(text) } else { try AtomicFile.write(text, to: path) }
        }
    }

    /// Tells how a session that did not submit ended; throws for the endings that are failures.
    static func finishUnsubmitted(_ outcome: EntrySession.Outcome, path: String, language: Language) throws {
        switch outcome {
        case .submitted:
            break
        case .savedAndQuit:
            Terminal.standardOutput.write(EnterCommandMessages.draftSaved(path).text(in: language))
        case .endOfInput:
            Terminal.standardError.write(EnterCommandMessages.endOfInput(path).text(in: language))
        case .invalidAnswer(let message):
            throw CommandFailure(
                .joined([LocalizedText(message), EnterCommandMessages.answersBeforeSaved(path)]), language: language,
                blankLineBefore: true)
        case .submissionRefused(let missing):
            throw CommandFailure(
                .joined([
                    EnterCommandMessages.cannotSubmitYet,
                    LocalizedText(missing.map { "  - \($0)" }.joined(separator: "\n")),
                    EnterCommandMessages.draftStaysSaved(path),
                ]), language: language, blankLineBefore: true)
        case .saveFailed(let reason):
            throw CommandFailure(
                .joined([EnterCommandMessages.savingFailed, LocalizedText(reason)]), language: language,
                blankLineBefore: true)
        }
    }
}
