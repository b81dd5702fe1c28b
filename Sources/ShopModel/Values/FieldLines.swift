import Diagnostics

/// Where an entity was written: its file, and the line of each front-matter key, for `path:line` messages.
public struct FieldLines: Hashable, Sendable {
    /// The file, at line 1.
    public var file: Location
    /// Line of each top-level front-matter key.
    public var lines: [String: Int]

    /// Creates the map for a file.
    public init(file: Location, lines: [String: Int] = [:]) {
        self.file = file
        self.lines = lines
    }

    /// The location of a key, or of the file's first line when the key is absent.
    public func location(of key: String) -> Location {
        file.at(line: lines[key] ?? max(1, file.line))
    }

    /// The location of an explicit line in the same file.
    public func location(line: Int) -> Location { file.at(line: line) }
}
