// The one place that decides how many workers the parallel helpers start.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine's processors, as the parallel helpers count them.
@usableFromInline
enum Cores {
    /// The number of processors online (at least 1).
    @usableFromInline
    static func online() -> Int { Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
