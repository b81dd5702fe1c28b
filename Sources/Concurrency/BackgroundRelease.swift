import Dispatch

/// Frees a large value (tens of thousands of strings and arrays) on another thread, so the caller's serial
/// work goes on while the second core does the deallocation.
enum BackgroundRelease {
    /// Takes `value` and lets its last reference go on a background queue.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }

    /// Holds the value until `drop`.
    private final class Box<Held: Sendable>: @unchecked Sendable {
        private var held: Held?
        init(_ held: consuming Held) { self.held = held }
        func drop() { held = nil }
    }
}
