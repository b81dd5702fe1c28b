#if canImport(Glibc)
import Glibc
#endif

/// Comparing strings by their UTF-8 bytes (what `memcmp` says), the order the photo links are made in: one call per
/// pair on contiguous bytes, not an iterator over `String.UTF8View`.
enum UTF8Order {
    /// Whether `a`'s UTF-8 bytes sort before `b`'s.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                guard n > 0, let p = x.baseAddress, let q = y.baseAddress else { return x.count < y.count }
                let c = memcmp(p, q, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
    }

    /// Whether `strings` are in UTF-8 byte order already (each not after the next).
    static func isSorted(_ strings: [String]) -> Bool {
        zip(strings, strings.dropFirst()).allSatisfy { !precedes($1, $0) }
    }
}
