import FrontMatter

/// Writes text as a YAML scalar for the scaffold's files: plain when YAML reads it back as the same text,
/// double-quoted otherwise (`YAMLScalar`'s `.readable` style, the one writer of front-matter values).
enum YAMLText {
    /// `text` as a YAML value: `HD-T001` stays plain; `""`, `007`, `yes` or `a: b` are quoted; inside a flow
    /// collection (`[a, b]`, `{ k: v }`) a text holding `,[]{}` is quoted too.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        YAMLScalar.write(text, inFlow: inFlow)
    }

    /// A flow list `[a, b]` of texts.
    static func list(_ items: [String]) -> String { YAMLScalar.list(items) }

    /// `text` in double quotes with `\` and `"` and control characters escaped.
    static func quoted(_ text: String) -> String { YAMLScalar.quoted(text) }
}
