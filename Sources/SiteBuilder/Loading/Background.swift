import Dispatch
import Synchronization

/// A value computed on another thread from the moment it is made, so that the caller's serial work (checks,
/// rendering) overlaps it; `value` waits for it.
final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchGroup()

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { [self] in
            let value = work()
            result.withLock { $0 = value }
        }
    }

    /// The value, waiting for the work to finish.
    var value: Value {
        done.wait()
        // The work always stores its value before it leaves the group.
        return result.withLock { $0 }!
    }
}
