// Result slots shared by the workers of one parallel loop, so that no worker takes a lock to hand over its result.

/// One slot per task (or element) of a `concurrentPerform`, each written by one task only and taken once it is done.
///
/// `@unchecked Sendable` is safe because the class is internal to this module, whose loops keep to one rule: each
/// slot is written by one task only, and taken only after that task has ended (`concurrentPerform` returned, or the
/// task signalled its chunk's semaphore).
@usableFromInline
final class ConcurrentResults<Element>: @unchecked Sendable {
    @usableFromInline let slots: UnsafeMutableBufferPointer<Element?>

    /// `count` empty slots.
    @inlinable
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the result of task `index` (each index from one task only).
    @inlinable
    func set(_ index: Int, _ value: consuming Element) { slots[index] = value }

    /// Moves the result of task `index` out, once that task has ended (the slot is left empty).
    @inlinable
    func take(_ index: Int) -> Element? { slots[index].take() }
}
