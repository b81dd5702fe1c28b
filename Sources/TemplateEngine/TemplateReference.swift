/// A template file another one names by a literal: its `extends` parent, an `include`, or an `import`/`from` source.
struct TemplateReference: Sendable {
    /// How a template names another.
    enum Kind: String, Sendable {
        case extends, include, `import`
    }

    /// The normalized name of the template referred to.
    let name: String
    /// The tag that refers to it.
    let kind: Kind
    /// Where the name is written.
    let position: SourcePosition
}
