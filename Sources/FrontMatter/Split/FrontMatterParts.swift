/// Where the parts of a content file lie in its (normalised) bytes: the byte-level result of `FrontMatterSplitter.locate`.
public struct FrontMatterParts: Sendable, Equatable {
    /// The byte range of the YAML between the `---` lines; nil when the file has no front matter.
    public var frontMatter: Range<Int>?
    /// The file line of the first YAML line (2 with front matter, 1 without).
    public var frontMatterLine: Int
    /// The byte range of the body (to the end of the bytes).
    public var body: Range<Int>
    /// The file line where the body starts.
    public var bodyLine: Int

    /// Creates the parts.
    public init(frontMatter: Range<Int>?, frontMatterLine: Int, body: Range<Int>, bodyLine: Int) {
        self.frontMatter = frontMatter
        self.frontMatterLine = frontMatterLine
        self.body = body
        self.bodyLine = bodyLine
    }
}
