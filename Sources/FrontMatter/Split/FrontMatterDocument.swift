/// A content file cut into its YAML front matter and its Markdown body, with the file lines where each starts.
public struct FrontMatterDocument: Sendable {
    /// The YAML between the `---` lines; nil when the file has no front matter.
    public var frontMatter: String?
    /// The file line of the first YAML line (2 with front matter, 1 without).
    public var frontMatterLine: Int
    /// The rest of the file, with LF line ends.
    public var body: String
    /// The file line where the body starts.
    public var bodyLine: Int

    /// Creates a document.
    public init(frontMatter: String?, frontMatterLine: Int, body: String, bodyLine: Int) {
        self.frontMatter = frontMatter
        self.frontMatterLine = frontMatterLine
        self.body = body
        self.bodyLine = bodyLine
    }
}
