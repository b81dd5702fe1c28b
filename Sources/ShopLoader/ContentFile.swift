/// One Markdown file of an entity folder, found by the walk.
public struct ContentFile: Sendable {
    /// The path relative to the shop (`content/products/HD-T001.md`), as messages print it.
    public var path: String
    /// Where to read it (a link inside the shop is read through its target).
    public var absolutePath: String
    /// The folder kind it belongs to.
    public var kind: ContentKind
    /// The file name without `.md`: the default id.
    public var stem: String
}
