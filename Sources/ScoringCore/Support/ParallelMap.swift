import Dispatch
import Foundation

/// Independent work on all cores, with the results in the order of the inputs.
///
/// Loading rubrics, reading scorecards, merging candidates and rendering their reports are each
/// many independent pieces of work; this spreads them over the cores in chunks (eight per core,
/// so that a slow piece does not leave a core idle) and returns the results exactly as a loop
/// would have.
///
/// ```swift
/// let lengths = ParallelMap.map(files.count) { index in files[index].count }
/// ```
package enum ParallelMap {
    /// Results written by the workers, each index once.
    private final class Outputs<Output>: @unchecked Sendable {
        private var storage: [Output?]
        private let lock = NSLock()

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ start: Int, _ outputs: [Output]) {
            lock.lock()
            for (offset, output) in outputs.enumerated() { storage[start + offset] = output }
            lock.unlock()
        }

        var all: [Output] { storage.map { $0! } }
    }

    /// `body` applied to `0..<count` on all cores, in chunks; the results keep the order of the indices.
    package static func map<Output>(_ count: Int, _ body: @Sendable (Int) -> Output) -> [Output] {
        guard count > 1 else { return (0..<count).map(body) }
        let outputs = Outputs<Output>(count: count)
        let chunk = max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            let start = part * chunk
            outputs.set(start, (start..<min(count, start + chunk)).map(body))
        }
        return outputs.all
    }
}
