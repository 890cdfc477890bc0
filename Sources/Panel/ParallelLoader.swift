import Dispatch
import Foundation
import ScoringCore

/// Reads many scorecard files, or does any other independent work, on all cores; the results keep
/// the order of the inputs.
public enum ParallelLoader {
    private final class Results: @unchecked Sendable {
        private var storage: [ScorecardLoader.Result?]
        private let lock = NSLock()

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ result: ScorecardLoader.Result) {
            lock.lock()
            storage[index] = result
            lock.unlock()
        }

        var all: [ScorecardLoader.Result] {
            storage.map { $0 ?? ScorecardLoader.Result() }
        }
    }

    static func load(_ files: [String], rubrics: [Rubric]) -> [ScorecardLoader.Result] {
        let results = Results(count: files.count)
        let loader = ScorecardLoader()
        let chunk = max(1, files.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (files.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            let start = part * chunk
            let end = min(files.count, start + chunk)
            for index in start..<end {
                results.set(index, loader.load(path: files[index], rubrics: rubrics))
            }
        }
        return results.all
    }

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
    public static func map<Output>(_ count: Int, _ body: @Sendable (Int) -> Output) -> [Output] {
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
