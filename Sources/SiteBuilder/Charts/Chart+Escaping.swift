import TextEscaping

extension Chart {
    /// Escapes content text for use inside SVG or HTML text and attributes (`<` → `&lt;`, `&` → `&amp;`).
    public static func escape(_ text: String) -> String {
        XMLEscaper.escape(text)
    }
}
