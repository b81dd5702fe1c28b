import Diagnostics

/// What an import plans for one record's file: nothing (already as exported), a change, or a problem with the file.
enum PlannedFile: Sendable {
    /// The file already holds exactly this.
    case unchanged
    /// The file to write.
    case change(FileChange)
    /// The file could not be read or edited.
    case problem(Diagnostic)
}
