/// One slot per task (or element) of a `concurrentPerform`, each written by one task only and taken once it is done.
final class ConcurrentResults<Element>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Element?>

    /// `count` empty slots.
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the result of task `index` (each index from one task only).
    func set(_ index: Int, _ value: consuming Element) { slots[index] = value }

    /// Moves the result of task `index` out, once that task has ended (the slot is left empty).
    func take(_ index: Int) -> Element? { slots[index].take() }
}
