#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// With `SHOPSITE_IMPORT_PHASES=1`, `import` prints to stderr how long each phase took (wall, and this process's
/// user and system CPU); otherwise it does nothing. For measuring an import, not for the merchant.
struct ImportPhases {
    /// Whether the phases are printed.
    let enabled = MessageLanguage.systemVariable("SHOPSITE_IMPORT_PHASES") == "1"
    private var last = ImportPhases.now()

    /// Prints the time since the last mark under `name`.
    mutating func mark(_ name: String) {
        guard enabled else { return }
        let now = Self.now()
        let line = "import phase \(name): wall \(Self.ms(now.wall - last.wall)) ms, user \(Self.ms(now.user - last.user)) ms, sys \(Self.ms(now.system - last.system)) ms\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
        last = now
    }

    private static func ms(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }

    private static func now() -> (wall: Double, user: Double, system: Double) {
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let seconds = { (t: timeval) in Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return (Double(clock.tv_sec) + Double(clock.tv_nsec) / 1_000_000_000, seconds(usage.ru_utime), seconds(usage.ru_stime))
    }
}
