/// A failure of an operation on values (type mismatch, overflow), positioned later by the renderer.
struct ValueError: Error {
    /// What went wrong, starting lower-case.
    let message: String
    init(_ message: String) { self.message = message }
}
