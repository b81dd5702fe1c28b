/// One photo read and made into the theme's sizes: what the checks need (format, pixel size, background) and the files.
public struct DevelopedPhoto: Sendable, Equatable {
    /// One size of the photo, encoded twice.
    public struct Rendition: Sendable, Equatable {
        /// The theme's name of the size.
        public var name: String
        /// Width in pixels.
        public var width: Int
        /// Height in pixels.
        public var height: Int
        /// The WebP file (empty when read back from the cache's facts only).
        public var webp: [UInt8] = []
        /// The JPEG file (empty when read back from the cache's facts only).
        public var jpeg: [UInt8] = []
    }

    /// The source's format.
    public var format: PhotoFormat
    /// The source's width in pixels.
    public var width: Int
    /// The source's height in pixels.
    public var height: Int
    /// The border's tone, measured on main photos only.
    public var tone: BackgroundTone?
    /// The derived sizes, in the theme's order.
    public var renditions: [Rendition]
}
