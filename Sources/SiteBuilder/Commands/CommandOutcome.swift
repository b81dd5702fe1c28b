/// What a command prints and the exit status it asks for, so commands are testable without a process.
public struct CommandOutcome: Sendable, Equatable {
    /// Text for standard output (the JSON report, a summary).
    public var stdout: String
    /// Text for standard error (`path:line: error: …` lines).
    public var stderr: String
    /// 0 success (warnings allowed), 1 content errors, 2 bad usage.
    public var exitCode: Int32

    /// Success.
    public static let success: Int32 = 0
    /// The content has errors.
    public static let contentErrors: Int32 = 1
    /// The command line was wrong.
    public static let badUsage: Int32 = 2

    /// Creates an outcome.
    public init(stdout: String = "", stderr: String = "", exitCode: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }
}
