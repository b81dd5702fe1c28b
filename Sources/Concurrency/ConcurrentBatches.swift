// Work shared out in batches from one counter, for loops whose workers each keep state of their own (a render
// buffer reused from one item to the next, counts and errors merged at the end).
import Dispatch
import Synchronization

/// Calls `body` once for every index in `0..<count`, on every core: each worker takes `batch` consecutive indices at
/// a time from a shared counter and carries its own `State` (from `makeState`) from one index to the next; returns
/// the workers' final states, in worker order, for the caller to merge.
@inlinable
public func concurrentBatches<State>(count: Int, batch: Int, state makeState: @Sendable () -> State,
                                     _ body: @Sendable (inout State, Int) -> Void) -> [State] {
    let batch = Swift.max(1, batch)
    let workers = Swift.max(1, Swift.min(Cores.online(), (count + batch - 1) / batch))
    let states = ConcurrentResults<State>(count: workers)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var state = makeState()
        while true {
            let start = next.add(batch, ordering: .relaxed).oldValue
            if start >= count { break }
            for index in start..<Swift.min(start + batch, count) { body(&state, index) }
        }
        states.set(worker, state)
    }
    return (0..<workers).compactMap { states.take($0) }
}
