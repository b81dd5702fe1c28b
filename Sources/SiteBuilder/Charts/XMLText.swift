/// Escapes content text for SVG/XML text and attribute values.
enum XMLText {
    /// Replaces `& < > " '` with entities and drops characters XML 1.0 forbids (control characters).
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Chart {
    /// Escapes content text for use inside SVG or HTML text and attributes (`<` → `&lt;`, `&` → `&amp;`).
    public static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}
