import Foundation

/// Named steps of the record-changing commands where the crash tests kill the process.
///
/// When `HIRESCORE_CRASH_AT` names a step (`decide.after-event`), the process sends itself `SIGKILL`
/// on reaching it, as a power cut or an OOM kill would. Unset (always, outside tests), this does
/// nothing.
package enum CrashPoint {
    /// The step named by the environment, read once.
    private static let target = ProcessInfo.processInfo.environment["HIRESCORE_CRASH_AT"]

    /// Kills the process when `step` is the step the environment names.
    package static func reach(_ step: String) {
        guard let target, target == step else { return }
        kill(getpid(), SIGKILL)
    }
}
