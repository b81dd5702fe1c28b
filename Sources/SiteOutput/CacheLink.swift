/// One file a build puts into the site as a hard link of a cache file (a derived photo): the cache file, the inode it
/// was when its record was made, and where it is published.
public struct CacheLink: Sendable {
    /// The cache file's absolute path.
    public var source: String
    /// The cache file's device number.
    public var device: UInt64
    /// The cache file's inode number.
    public var inode: UInt64
    /// Where it goes, relative to the site root (`photos/a-jpg-card.webp`).
    public var relativePath: String
    /// Whether the caller composed `relativePath` from parts it checked (a content path `ContentPath.isSafe` passed and
    /// names of plain ASCII letters, digits and `_`), so that it needs no second `StagingFolder.isSafe` walk.
    public var pathChecked: Bool

    /// A link of `source` (device and inode as recorded) at `relativePath`.
    public init(source: String, device: UInt64, inode: UInt64, relativePath: String, pathChecked: Bool) {
        self.source = source
        self.device = device
        self.inode = inode
        self.relativePath = relativePath
        self.pathChecked = pathChecked
    }
}
