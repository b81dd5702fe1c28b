/// The elements of an array lent to the workers for the duration of one `parallelForEach` (read only, Sendable elements).
///
/// `@unchecked Sendable` is safe here: the buffer is only read, its elements are `Sendable`, and `parallelForEach`
/// does not return (so the array it points into stays alive and unchanged) until every worker has ended.
@usableFromInline
struct Lent<Element>: @unchecked Sendable {
    @usableFromInline let buffer: UnsafeBufferPointer<Element>

    @inlinable init(buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }
}
