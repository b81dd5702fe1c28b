/// Why a photo could not be used: the file could not be read, is not a JPEG, PNG or WebP image, is damaged or too large.
public struct PhotoError: Error, Sendable, Equatable {
    /// The message catalogue's phrase for the reason (`P-PHOTO-…`), printed in the reader's language.
    public var phrase: String
    /// The phrase's placeholders (`width`, `height`, `size`, `folder`), when it has any.
    public var arguments: [String: String]

    /// The reason `phrase` with `arguments`.
    init(_ phrase: String, _ arguments: [String: String] = [:]) {
        self.phrase = phrase
        self.arguments = arguments
    }
}

extension PhotoError {
    /// The file has no bytes.
    static let empty = PhotoError("P-PHOTO-EMPTY")
    /// The file could not be opened or read.
    static let unreadable = PhotoError("P-PHOTO-UNREADABLE")
    /// libvips recognises no image format in the bytes.
    static let notAnImage = PhotoError("P-PHOTO-NOT-AN-IMAGE")
    /// An image, but not one of the three formats the catalog publishes.
    static let unsupportedFormat = PhotoError("P-PHOTO-FORMAT")
    /// A JPEG cut short: no end-of-image marker.
    static let truncatedJPEG = PhotoError("P-PHOTO-TRUNCATED")
    /// The header is there but libvips cannot read it.
    static let unreadableHeader = PhotoError("P-PHOTO-HEADER")
    /// The pixels cannot be decoded: the file is damaged past its header.
    static let undecodable = PhotoError("P-PHOTO-UNDECODABLE")
    /// The pixels cannot be turned into sRGB.
    static let notConvertible = PhotoError("P-PHOTO-SRGB")
    /// The edge pixels the white-background check reads cannot be measured.
    static let borderUnmeasurable = PhotoError("P-PHOTO-BORDER")
    /// libvips did not start.
    static let libraryUnavailable = PhotoError("P-PHOTO-VIPS")
    /// libvips (`libvips.so.42`) could not be loaded: it is not installed.
    static let libraryMissing = PhotoError("P-PHOTO-VIPS-MISSING")

    /// A header declaring more pixels than a photo may have.
    static func tooManyPixels(width: Int, height: Int) -> PhotoError {
        PhotoError("P-PHOTO-PIXELS", ["width": "\(width)", "height": "\(height)"])
    }

    /// One of the theme's sizes could not be cut from the photo.
    static func sizeFailed(_ size: String) -> PhotoError { PhotoError("P-PHOTO-SIZE", ["size": size]) }

    /// The encoder of `format` (WebP or JPEG) failed.
    static func encodingFailed(_ format: String) -> PhotoError { PhotoError("P-PHOTO-ENCODE", ["format": format]) }

    /// The photo cache folder cannot be written.
    static func cacheUnwritable(_ folder: String) -> PhotoError { PhotoError("P-PHOTO-CACHE", ["folder": folder]) }
}
