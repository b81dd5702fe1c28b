/// What developing a set of photos gave: a record or an error per path, and how many were decoded (not in the cache).
public struct PhotoBatch: Sendable {
    /// Per source path (relative to content/), the developed photo.
    public var records: [String: PhotoRecord] = [:]
    /// Per source path, why it could not be used.
    public var errors: [String: PhotoError] = [:]
    /// How many sources were decoded in this run (0 on a rebuild with unchanged photos).
    public var decoded = 0

    /// An empty batch.
    public init() {}
}
