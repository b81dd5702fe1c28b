/// What the build measured of one product image, for the guide's photo checks (the model reads no files itself).
public struct ImageFacts: Sendable, Equatable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// The file's size in bytes.
    public var byteSize: Int
    /// The border's mean (darkest channel, 0–255) and spread, when measured.
    public var border: (mean: Double, spread: Double)?
    /// Whether the border reads as a white background (nil when not measured).
    public var whiteBackground: Bool?

    /// Facts of a `width` × `height` image of `byteSize` bytes, with its border when measured.
    public init(width: Int, height: Int, byteSize: Int, border: (mean: Double, spread: Double)? = nil, whiteBackground: Bool? = nil) {
        self.width = width
        self.height = height
        self.byteSize = byteSize
        self.border = border
        self.whiteBackground = whiteBackground
    }

    /// Equal when every fact is.
    public static func == (a: ImageFacts, b: ImageFacts) -> Bool {
        a.width == b.width && a.height == b.height && a.byteSize == b.byteSize && a.border?.mean == b.border?.mean
            && a.border?.spread == b.border?.spread && a.whiteBackground == b.whiteBackground
    }
}
