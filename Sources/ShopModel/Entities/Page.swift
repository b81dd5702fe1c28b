/// A free page (about us, shipping policy), from `content/pages/*.md`; front matter is optional.
public struct Page: Hashable, Sendable {
    /// The id (file name), its URL segment.
    public var id: ID<Page>
    /// The title: `title:` or the id.
    public var title: String
    /// Whether `draft: true` was written.
    public var draft: Bool = false
    /// Unknown front-matter keys.
    public var params: [ParamEntry] = []
    /// The Markdown body.
    public var body: String = ""
    /// Where it was written.
    public var source: FieldLines

    /// Creates a page.
    public init(id: ID<Page>, title: String, source: FieldLines) {
        self.id = id
        self.title = title
        self.source = source
    }
}
