import Concurrency
import Dispatch
import Synchronization
import Testing

/// The parallel helpers give what their serial equivalents give: every element once, results in input order.
@Suite struct ConcurrencyTests {
    @Test func parallelMapKeepsTheInputOrder() {
        let numbers = Array(0..<5000)
        #expect(numbers.parallelMap { $0 * 3 } == numbers.map { $0 * 3 })
        #expect([String]().parallelMap { $0 + "!" } == [])
    }

    @Test func parallelMapSpreadsEvenShortArraysWhenAsked() {
        let words = ["a", "b", "c", "d", "e"]
        #expect(words.parallelMap(serialUpTo: 1) { $0.uppercased() } == ["A", "B", "C", "D", "E"])
        #expect(["only"].parallelMap(serialUpTo: 1) { $0.count } == [4])
    }

    @Test func parallelForEachConsumesEveryResultOnceInInputOrder() {
        let numbers = Array(0..<3000)
        var consumed: [Int] = []
        numbers.parallelForEach(chunkSize: 7, state: { 0 }, { calls, number in
            calls += 1
            return number * number
        }, consume: { consumed.append($0) })
        #expect(consumed == numbers.map { $0 * $0 })
    }

    @Test func concurrentBatchesVisitsEveryIndexOnceAndReturnsEachWorkersState() {
        let states = concurrentBatches(count: 1001, batch: 8, state: { [Int]() }) { seen, index in seen.append(index) }
        #expect(!states.isEmpty)
        #expect(states.flatMap { $0 }.sorted() == Array(0..<1001))
        for seen in states { #expect(seen == seen.sorted(), "a worker takes its batches in counter order") }
    }

    @Test func concurrentBatchesWithNothingToDoReturnsOneUntouchedState() {
        let states = concurrentBatches(count: 0, batch: 8, state: { 7 }) { value, _ in value += 1 }
        #expect(states == [7])
    }

    @Test func backgroundGivesItsValueToEveryCaller() {
        let answer = Background { (1...100).reduce(0, +) }
        #expect(answer.value == 5050)
        #expect(answer.value == 5050)
    }

    @Test func backgroundReleaseFreesTheValue() {
        let freed = DispatchSemaphore(value: 0)
        BackgroundRelease.release(Tracked(freed))
        // A guard against a hang, not a timing: the value is freed long before.
        #expect(freed.wait(timeout: .now() + 60) == .success)
    }
}

/// Signals its semaphore when it is freed.
private final class Tracked: Sendable {
    let freed: DispatchSemaphore
    init(_ freed: DispatchSemaphore) { self.freed = freed }
    deinit { freed.signal() }
}
