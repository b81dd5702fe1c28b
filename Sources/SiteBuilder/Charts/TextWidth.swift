/// Estimates how wide a label renders, to shorten labels that would overflow their column.
enum TextWidth {
    /// The approximate width of `text` in em: CJK and full-width characters 1, others about 0.6.
    static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ems(of: $1) }
    }

    /// Returns `text` unchanged if it fits `maxEms`, else cut with a trailing "…".
    static func truncated(_ text: String, maxEms: Double) -> String {
        guard ems(text) > maxEms else { return text }
        var result = ""
        var width = 1.0
        for character in text {
            let characterWidth = ems(String(character))
            if width + characterWidth > maxEms { break }
            width += characterWidth
            result.append(character)
        }
        return result + "…"
    }

    private static func ems(of scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1
        case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x49, 0x69, 0x6C, 0x7C, 0x27: return 0.3
        default: return 0.6
        }
    }
}
