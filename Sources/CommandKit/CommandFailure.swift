/// A failure already explained to the user, with the exit code to leave with.
package struct CommandFailure: Error {
    /// A message to print on standard error (may be empty when diagnostics were printed already).
    package var message: String
    /// The process exit code.
    package var exitCode: Int32

    /// A failure with `message`, leaving with `exitCode`.
    package init(message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }
}
