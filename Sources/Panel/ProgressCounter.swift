import Foundation

/// Counts pieces of work finished on many cores and tells an observer the count after each one.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (_ done: Int, _ total: Int) -> Void) {
        self.total = total
        self.report = report
    }

    /// One more piece is done.
    func step() {
        let count = lock.withLock {
            done += 1
            return done
        }
        report(count, total)
    }
}
