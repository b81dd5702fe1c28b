import Testing
import TextEscaping

/// The digit writer gives exactly what `String(n)` gives, the extremes included.
@Suite struct DecimalDigitsTests {
    @Test(arguments: [0, 7, -7, 10, 2025, -1_000_000, 9_223_372_036_854_775_807, Int.min])
    func digitsEqualTheStringForm(n: Int) {
        var out: [UInt8] = Array("x".utf8)
        DecimalDigits.append(n, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x" + String(n))
    }
}
