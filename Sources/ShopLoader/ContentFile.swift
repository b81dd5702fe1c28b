/// One Markdown file of an entity folder, found by the walk.
struct ContentFile: Sendable {
    /// The path relative to the shop (`content/products/HD-T001.md`), as messages print it.
    var path: String
    /// Where to read it (a link inside the shop is read through its target).
    var absolutePath: String
    /// The folder kind it belongs to.
    var kind: ContentKind
    /// The file name without `.md`: the default id.
    var stem: String
}
