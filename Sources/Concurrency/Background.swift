// Task parallelism for a build's few big steps: a value made on a thread of its own while the caller goes on.
import Dispatch
import Foundation
import Synchronization

/// A value computed on a thread of its own from the moment it is made, so that the caller's serial work (checks,
/// rendering) overlaps it; `value` waits for it. A dedicated thread, not a pooled one: work that itself waits for
/// another `Background` (the site data for its figures) can never starve the pool the others need.
public final class Background<Value: Sendable>: Sendable {
    @usableFromInline let result = Mutex<Value?>(nil)
    @usableFromInline let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread.
    @inlinable
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
        thread.start()
    }

    /// The value, waiting for the work to finish (later calls return at once).
    @inlinable
    public var value: Value {
        if let value = result.withLock({ $0 }) { return value }
        done.wait()
        done.signal()  // for any later call
        // The thread stores its value before it signals.
        return result.withLock { $0 }!
    }
}
