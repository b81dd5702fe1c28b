/// Why a photo could not be used: the file could not be read, is not a JPEG, PNG or WebP image, is damaged or too large.
public struct PhotoError: Error, Sendable, Equatable {
    /// What went wrong, in English, for the diagnostic's `{reason}`.
    public var reason: String

    /// An error saying `reason`.
    public init(_ reason: String) {
        self.reason = reason
    }
}
