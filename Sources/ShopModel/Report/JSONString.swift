/// The JSON string escaper of the report, for other JSON output (`check --format json`) until a shared one exists.
public enum JSONString {
    /// `text` as a JSON string literal, quotes included.
    public static func literal(_ text: String) -> String { JSONValue.escaped(text) }
}
