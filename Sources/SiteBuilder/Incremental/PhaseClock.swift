/// Times the steps of a rebuild, for the serve log (`SHOPSITE_TIMING=1`).
struct PhaseClock {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    /// `name N ms` per finished step.
    private(set) var phases: [String] = []

    init() { last = clock.now }

    /// Ends the current step under `name`.
    mutating func lap(_ name: String) {
        let now = clock.now
        let elapsed = last.duration(to: now)
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        phases.append("\(name) \(ms) ms")
        last = now
    }
}
