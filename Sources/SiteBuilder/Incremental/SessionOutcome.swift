/// The result of one serve-mode build: the build outcome and how it was done.
public struct SessionOutcome: Sendable {
    /// How the site was brought up to date.
    public enum Mode: Sendable, Equatable {
        /// A whole build swapped in atomically, with the reason.
        case full(FullRebuild)
        /// Only the listed pages were rendered and written in place.
        case incremental
    }

    /// Diagnostics, counts and exit status, as for `shopsite build`.
    public var outcome: BuildOutcome
    /// Whole or incremental.
    public var mode: Mode
    /// Content files read again (the rest were reused from the last load).
    public var filesRead: Int
    /// Output paths written (pages and their CSV files, the search index) or removed.
    public var written: [String]
    /// Output paths removed (pages of deleted entities).
    public var removed: [String]
    /// How long each step of an incremental rebuild took (`load 12 ms`), in order.
    public var phases: [String] = []
}
