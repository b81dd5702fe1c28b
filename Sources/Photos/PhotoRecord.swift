/// A developed photo as the build uses it: its facts and where each derived file lies in the cache (and which inode).
public struct PhotoRecord: Sendable, Equatable {
    /// The facts (format, pixel size, background, the sizes' pixel sizes); renditions carry no bytes here.
    public var photo: DevelopedPhoto
    /// The source file's size in bytes.
    public var byteSize: Int
    /// The cache file of each rendition's WebP, in the theme's order.
    public var webpFiles: [CacheFile]
    /// The cache file of each rendition's JPEG, in the theme's order.
    public var jpegFiles: [CacheFile]

    /// Every derived file: the WebPs, then the JPEGs.
    var files: [CacheFile] { webpFiles + jpegFiles }
}
