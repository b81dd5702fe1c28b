import Synchronization

extension ContentCache {
    private static let generations = Atomic<Int>(0)

    /// A new number for a successful load, never given before in this process.
    static func nextGeneration() -> Int {
        generations.add(1, ordering: .relaxed).newValue
    }
}
