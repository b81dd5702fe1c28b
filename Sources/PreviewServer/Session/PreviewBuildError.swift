/// Why a preview rebuild failed: the diagnostics as printed, one `path:line: error: text` per line.
public struct PreviewBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The diagnostics text shown in the browser overlay and on stderr.
    public var message: String

    /// A failure with the given diagnostics text.
    public init(_ message: String) {
        self.message = message
    }

    /// The diagnostics text.
    public var description: String { message }
}
