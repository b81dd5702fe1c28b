/// The escape sets of the JSON escaper, named after the writers that use them.
extension JSONEscaper {
    /// What a JSON string escapes beyond the minimum (`"`, `\`, control characters as `\u00XX`, U+2028, U+2029).
    /// Each writer keeps its own set so its output stays byte-for-byte what it was:
    /// `scriptSafe` for new writers, `templateFilter` for the `json` filter, `searchIndex` for search-index.json,
    /// `report` for `shopsite report`.
    public struct Options: OptionSet, Sendable {
        /// The set's bits.
        public let rawValue: Int

        /// Options from their bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026`, so the text cannot close a `<script>` or start an entity.
        public static let htmlSafe = Options(rawValue: 1 << 0)
        /// `'` as `\u0027`, so the JSON also fits in a single-quoted HTML attribute.
        public static let apostrophe = Options(rawValue: 1 << 1)
        /// Tab, line feed and carriage return as `\t`, `\n` and `\r` rather than `\u0009`, `\u000a` and `\u000d`.
        public static let shortWhitespace = Options(rawValue: 1 << 2)
        /// Backspace and form feed as `\b` and `\f` rather than `\u0008` and `\u000c`.
        public static let shortBackspaceFormFeed = Options(rawValue: 1 << 3)
        /// DEL (U+007F) as `\u007f`.
        public static let delete = Options(rawValue: 1 << 4)

        /// Correct JSON that is also safe inside an HTML `<script>`, with every short escape: the choice for new writers.
        public static let scriptSafe: Options = [.htmlSafe, .shortWhitespace, .shortBackspaceFormFeed]
        /// The template `json` filter: script-safe and attribute-safe, `\t` `\n` `\r` short, other controls as `\u00XX`.
        public static let templateFilter: Options = [.htmlSafe, .apostrophe, .shortWhitespace]
        /// search-index.json: script-safe, every control character as `\u00XX`.
        public static let searchIndex: Options = [.htmlSafe]
        /// The `report` command's JSON: every short escape and DEL escaped; `<`, `>`, `&` and `'` as written.
        public static let report: Options = [.shortWhitespace, .shortBackspaceFormFeed, .delete]
    }
}
