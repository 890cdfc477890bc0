import CommandKit
import Foundation

/// Ending a command that has written everything it had to say.
enum ProcessExit {
    /// Ends the process with `code` at once, without freeing what the command built.
    ///
    /// A merge of 50,000 scorecards holds hundreds of thousands of small objects; releasing them
    /// one by one on the way out of `run()` costs a tenth of a second or more, and the system takes
    /// the memory back at exit anyway. Everything HireScore prints goes straight to the file
    /// descriptors (``Terminal``) and reports to files are written atomically before this is called,
    /// so nothing is lost.
    static func now(_ code: Int32) -> Never {
        exit(code)
    }
}
