import TextEscaping

/// The shared HTML escaper writing straight into a render's output, and the renderer's digit writer into it.
extension HTMLEscaper {
    /// Appends `text` escaped to a render's output.
    static func append(_ text: String, to out: OutputBytes) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes in escape(bytes) { out.append($0, count: $1) } }) != nil { return }
        var text = text
        text.withUTF8 { bytes in escape(bytes) { out.append($0, count: $1) } }
    }

    /// Appends the decimal digits of `n` to a render's output.
    static func append(_ n: Int, to out: OutputBytes) {
        var magnitude = n.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if n < 0 { start -= 1; digits[start] = UInt8(ascii: "-") }
            if let base = digits.baseAddress { out.append(base + start, count: digits.count - start) }
        }
    }
}
