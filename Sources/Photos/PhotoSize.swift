/// A size the theme asks for, as Hugo's `.Resize` (fit inside, never enlarged) or `.Fill` (cut to exactly that box).
public struct PhotoSize: Sendable, Equatable {
    /// The theme's name for it (`card`, `page`, `zoom`): the template member and part of the file name.
    public var name: String
    /// The box's width in pixels.
    public var width: Int
    /// The box's height in pixels.
    public var height: Int
    /// True to fill the box (cut from the centre), false to fit inside it.
    public var fill: Bool

    /// A size named `name`, `width` × `height`, filled or fitted.
    public init(name: String, width: Int, height: Int, fill: Bool) {
        self.name = name
        self.width = width
        self.height = height
        self.fill = fill
    }

    /// The sizes when the theme names none: catalog card 480 filled, product page 800 and zoom 1600 fitted.
    public static let standard = [PhotoSize(name: "card", width: 480, height: 480, fill: true),
                                  PhotoSize(name: "page", width: 800, height: 800, fill: false),
                                  PhotoSize(name: "zoom", width: 1600, height: 1600, fill: false)]

    /// Whether `name` may name a size: non-empty ASCII letters, digits and `_` (so no `/`, `.` or NUL can reach a file
    /// name made from it).
    public static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: "_")
        }
    }

    /// The pixel size of this box applied to a `width` × `height` source (never larger than the source).
    public func fitted(width sourceWidth: Int, height sourceHeight: Int) -> (width: Int, height: Int) {
        guard sourceWidth > 0, sourceHeight > 0 else { return (0, 0) }
        if fill { return (min(width, sourceWidth), min(height, sourceHeight)) }
        let scale = min(Double(width) / Double(sourceWidth), Double(height) / Double(sourceHeight), 1)
        return (max(1, Int((Double(sourceWidth) * scale).rounded())), max(1, Int((Double(sourceHeight) * scale).rounded())))
    }
}
