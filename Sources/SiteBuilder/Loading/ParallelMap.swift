import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Storage that each worker writes at its own indices only, so no two threads touch the same slot.
private final class Slots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element?>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }
    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}

/// The elements of an array lent to the workers for the duration of one `parallelForEach` (read only, Sendable elements).
private struct Lent<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}

extension Array where Element: Sendable {
    /// `map` run on every core in contiguous chunks; results keep the input order.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let cores = Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        guard count > 64, cores > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        let chunks = Swift.min(count, cores * 8)
        let items = self
        withoutActuallyEscaping(transform) { work in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = items.count * chunk / chunks, end = items.count * (chunk + 1) / chunks
                for index in start..<end { slots.buffer[index] = work(items[index]) }
            }
        }
        // Moved out, not copied: each slot is left nil for the deinit.
        return slots.buffer.indices.compactMap { slots.buffer[$0].take() }
    }
}

extension Array where Element: Sendable {
    /// Runs `transform` on every core in contiguous chunks of about `chunkSize` elements, each chunk with its
    /// own scratch `State` from `makeState` (a read buffer); then hands every result to `consume` on the calling
    /// thread, in input order, moved out of its slot rather than copied. Elements are lent, not copied.
    func parallelForEach<State, Result: Sendable>(chunkSize: Int = 256, state makeState: @Sendable () -> State,
                                                  _ transform: @Sendable (inout State, borrowing Element) -> Result,
                                                  consume: (consuming Result) -> Void) {
        let cores = Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        guard count > 64, cores > 1 else {
            var state = makeState()
            for item in self { consume(transform(&state, item)) }
            return
        }
        let slots = Slots<Result>(count: count)
        let chunks = Swift.max(cores, (count + chunkSize - 1) / chunkSize)
        withUnsafeBufferPointer { buffer in
            let items = Lent(buffer: buffer)
            withoutActuallyEscaping(transform) { work in
                withoutActuallyEscaping(makeState) { makeState in
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        let start = items.buffer.count * chunk / chunks, end = items.buffer.count * (chunk + 1) / chunks
                        var state = makeState()
                        for index in start..<end { slots.buffer[index] = work(&state, items.buffer[index]) }
                    }
                }
            }
        }
        for index in slots.buffer.indices {
            if let result = slots.buffer[index].take() { consume(result) }
        }
    }
}
