import Foundation

/// Removes the scorecard lock when the session is interrupted (Ctrl-C, a closed terminal, `kill`).
///
/// Every answer is already on disk when the signal arrives, so the handler only has to remove the
/// lock file and leave; a `kill -9` leaves the lock behind, and the next session takes it over
/// because its process is gone.
enum SignalCleanup {
    nonisolated(unsafe) private static var lockPath: UnsafeMutablePointer<CChar>?

    static func install(lockPath path: String) {
        lockPath = strdup(path)
        for signalNumber in [SIGINT, SIGHUP, SIGTERM] {
            signal(signalNumber) { received in
                if let path = SignalCleanup.lockPath { unlink(path) }
                let message = "\ninterrupted: the draft is saved; run the same command again to continue\n"
                _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
                _exit(128 + received)
            }
        }
    }
}
