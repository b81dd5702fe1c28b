/// Escapes content text for SVG/XML text and attribute values (the charts' titles, labels and tooltips).
public enum XMLEscaper {
    /// Escapes `& < > " '` as HTML does, turns tabs and line breaks into spaces and drops the characters XML 1.0
    /// forbids (the other control characters, U+FFFE, U+FFFF): `bell\u{7}tab\tend` → `belltab end`.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnfit) else { return HTMLEscaper.escaped(text) }
        var clean = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                clean.append(" ")
            } else if !isUnfit(scalar) {
                clean.append(scalar)
            }
        }
        return HTMLEscaper.escaped(String(clean))
    }

    private static func isUnfit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
