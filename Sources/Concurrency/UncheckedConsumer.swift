/// Hands a non-Sendable `consume` to the one worker that gathers results, while its owner waits for the workers.
///
/// `@unchecked Sendable` is safe here: `parallelForEach` calls the closure from worker 0 only, never from two threads
/// at once, and only while the caller that owns it is blocked in `concurrentPerform`.
@usableFromInline
struct UncheckedConsumer<Result>: @unchecked Sendable {
    @usableFromInline let consume: (consuming Result) -> Void

    @inlinable init(consume: @escaping (consuming Result) -> Void) { self.consume = consume }
}
