/// Writing integers as decimal ASCII digits into a byte buffer, as `"\(n)"` spells them.
enum DecimalDigits {
    /// Writes `value` (a `-` first when negative) at `buffer[start...]`, which has room for 20 bytes: the bytes written.
    static func write(_ value: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        guard value < 0 else { return write(UInt64(value), into: buffer, at: start) }
        buffer[start] = UInt8(ascii: "-")
        return 1 + write(value.magnitude, into: buffer, at: start + 1)
    }

    /// Writes `value` at `buffer[start...]`, which has room for 20 bytes: the bytes written.
    static func write(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var digits = 1, rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        var value = value, i = start + digits
        repeat {
            i -= 1
            buffer[i] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        } while value > 0
        return digits
    }
}
