// Deallocation off the critical path: the caller hands over its last reference and goes on at once.
import Dispatch
import Synchronization

/// Frees a large value (tens of thousands of strings and arrays) on another thread, so the caller's serial
/// work goes on while the second core does the deallocation.
public enum BackgroundRelease {
    /// Takes `value` and lets its last reference go on a background queue.
    @inlinable
    public static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }

    /// Holds the value until `drop`.
    @usableFromInline
    final class Box<Held: Sendable>: Sendable {
        @usableFromInline let held: Mutex<Held?>
        @inlinable init(_ held: consuming Held) { self.held = Mutex(held) }
        @inlinable func drop() { held.withLock { $0 = nil } }
    }
}
