// Data parallelism over an array: `parallelMap` (a `map` on every core, results in input order) and
// `parallelForEach` (per-worker scratch state, results handed over in input order while the others still work).
// Both are `@inlinable` so that every caller gets a copy specialised to its element and result types.
import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` run on every core in contiguous chunks; results keep the input order. Arrays of at most `serialUpTo`
    /// elements (or a machine with one core) are mapped on the calling thread.
    @inlinable
    public func parallelMap<Result: Sendable>(serialUpTo: Int = 64, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let cores = Cores.online()
        guard count > serialUpTo, cores > 1 else { return map(transform) }
        let slots = ConcurrentResults<Result>(count: count)
        let chunks = Swift.min(count, cores * 8)
        let items = self
        withoutActuallyEscaping(transform) { work in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = items.count * chunk / chunks, end = items.count * (chunk + 1) / chunks
                for index in start..<end { slots.set(index, work(items[index])) }
            }
        }
        // Moved out, not copied: each slot is left nil for the deinit.
        return (0..<items.count).compactMap { slots.take($0) }
    }
}

extension Array where Element: Sendable {
    /// Runs `transform` on every core, chunks of about `chunkSize` elements taken in turn from a shared counter,
    /// each worker with its own scratch `State` from `makeState` (a read buffer); every result is handed to
    /// `consume` in input order, moved out of its slot rather than copied. The first worker also consumes: after
    /// each of its chunks it takes every finished chunk in order, so gathering overlaps the work of the others
    /// instead of following it. Elements are lent, not copied.
    @inlinable
    public func parallelForEach<State, Result: Sendable>(chunkSize: Int = 256, state makeState: @Sendable () -> State,
                                                         _ transform: @Sendable (inout State, borrowing Element) -> Result,
                                                         consume: (consuming Result) -> Void) {
        let cores = Cores.online()
        guard count > 64, cores > 1 else {
            var state = makeState()
            for item in self { consume(transform(&state, item)) }
            return
        }
        let slots = ConcurrentResults<Result>(count: count)
        let chunks = Swift.max(cores, (count + chunkSize - 1) / chunkSize)
        let finished = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        let next = Atomic<Int>(0)
        let total = count
        @Sendable func range(_ chunk: Int) -> Range<Int> { total * chunk / chunks..<total * (chunk + 1) / chunks }
        withUnsafeBufferPointer { buffer in
            let items = Lent(buffer: buffer)
            withoutActuallyEscaping(consume) { consume in
                // Called by worker 0 only, while the caller waits in `concurrentPerform`: never two at once.
                let consumer = UncheckedConsumer(consume: consume)
                DispatchQueue.concurrentPerform(iterations: cores) { worker in
                    var state = makeState()
                    var consumed = 0
                    func consumeReady(waiting: Bool) {
                        while consumed < chunks {
                            if waiting { finished[consumed].wait() } else if finished[consumed].wait(timeout: .now()) != .success { return }
                            for index in range(consumed) {
                                if let result = slots.take(index) { consumer.consume(result) }
                            }
                            consumed += 1
                        }
                    }
                    while true {
                        let chunk = next.add(1, ordering: .relaxed).oldValue
                        if chunk >= chunks { break }
                        for index in range(chunk) { slots.set(index, transform(&state, items.buffer[index])) }
                        finished[chunk].signal()
                        if worker == 0 { consumeReady(waiting: false) }
                    }
                    // Every chunk is taken: those not finished yet belong to other workers, which are running now.
                    if worker == 0 { consumeReady(waiting: true) }
                }
            }
        }
    }
}
