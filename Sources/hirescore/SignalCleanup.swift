import Foundation
import Interview
import ScoringCore

/// Removes the scorecard lock when the session is interrupted (Ctrl-C, a closed terminal, `kill`).
///
/// Every answer is already on disk when the signal arrives, so the handler only has to remove the
/// lock file, say so in the session's language and leave; a `kill -9` leaves the lock behind, and the
/// next session takes it over because its process is gone. The handler may only call async-signal-safe
/// functions, so the message is chosen and copied to C memory at install time, never built in the handler.
enum SignalCleanup {
    nonisolated(unsafe) private static var lockPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?

    static func install(lockPath path: String, language: Language) {
        lockPath = strdup(path)
        message = strdup(EntryMessages.interrupted.text(in: language))
        for signalNumber in [SIGINT, SIGHUP, SIGTERM] {
            signal(signalNumber) { received in
                if let path = SignalCleanup.lockPath { unlink(path) }
                if let message = SignalCleanup.message { _ = write(STDERR_FILENO, message, strlen(message)) }
                _exit(128 + received)
            }
        }
    }
}
