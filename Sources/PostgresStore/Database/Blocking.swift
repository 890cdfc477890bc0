import Dispatch

/// Runs asynchronous database work from the synchronous commands, waiting for its result.
///
/// The commands are synchronous (`ParsableCommand`); the database client is asynchronous (SwiftNIO).
/// The work runs as a detached task on the cooperative pool while the calling thread waits, so
/// the wait never blocks a thread the work needs.
package enum Blocking {
    /// The result of `body`, or the error it threw.
    package static func run<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) throws -> Value {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.store(.success(try await body()))
            } catch {
                box.store(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try box.take()
    }
}

/// A result handed from the task to the waiting thread; the semaphore orders the write before the read.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error> = .failure(CancellationError())

    func store(_ value: Result<Value, any Error>) { result = value }

    func take() throws -> Value { try result.get() }
}
