import Foundation
import Synchronization

/// Where a command spends its time: with `HIRESCORE_TIMINGS=1` in the environment, each ``mark(_:)``
/// prints the phase just finished and its wall time to standard error.
///
/// For profiling at campaign scale (see BENCHMARKS.md); without the variable a mark costs one
/// comparison and prints nothing, so the marks stay in the code.
package enum PhaseTimer {
    /// Whether timings are printed (`HIRESCORE_TIMINGS=1`).
    package static let isEnabled = ProcessInfo.processInfo.environment["HIRESCORE_TIMINGS"] == "1"

    /// The time of the previous mark, or of the first use.
    private static let last = Mutex(DispatchTime.now().uptimeNanoseconds)

    /// Starts the clock for the first phase, printing nothing.
    package static func begin() {
        guard isEnabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        last.withLock { $0 = now }
    }

    /// Prints `phase` with the milliseconds since the previous mark.
    package static func mark(_ phase: String) {
        guard isEnabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = last.withLock { previous in
            defer { previous = now }
            // The clock starts at the first use of `last`, which a first mark without `begin()` makes after `now`.
            return now >= previous ? now - previous : 0
        }
        FileHandle.standardError.write(
            Data("timing: \(phase): \(Format.fixed(Double(elapsed) / 1e6, digits: 1)) ms\n".utf8))
    }
}
