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
