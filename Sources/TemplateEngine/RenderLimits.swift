/// How much one page render may write and do before it stops with an error at the template line it reached:
/// a template that doubles its text or recurses exponentially fails fast instead of exhausting memory or time.
public struct RenderLimits: Sendable {
    /// The most bytes a page, a captured macro or block, or a text value built by `~`, `+` or a filter may hold
    /// (128 MiB: the page of a 50 MB product description, about 84 MB, still builds).
    public var maximumBytes: Int
    /// The most units of work one page may take: one per tag, output, loop pass and filter, 16 per macro call, include
    /// or `super()`, plus one per 64 bytes of text and per list item written, read by a filter or built by an operator
    /// (5 million; the built-in theme's pages take a few thousand, the page of a 50 MB description about 1.3 million).
    public var maximumSteps: Int

    /// The limits of a build: 128 MiB and 5 million steps, unless given.
    public init(maximumBytes: Int = 128 << 20, maximumSteps: Int = 5_000_000) {
        self.maximumBytes = maximumBytes
        self.maximumSteps = maximumSteps
    }

    /// `128 MB`, or the exact number of bytes for a limit that is not a whole number of MiB.
    var bytesText: String {
        maximumBytes % (1 << 20) == 0 ? "\(maximumBytes >> 20) MB" : "\(maximumBytes) bytes"
    }
}
