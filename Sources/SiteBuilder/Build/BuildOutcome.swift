import Diagnostics

/// The result of one build: every diagnostic, what was written, and the exit status it asks for.
public struct BuildOutcome: Sendable {
    /// Every error, warning and note, in the order found (print `.sorted`).
    public var diagnostics: DiagnosticList
    /// HTML pages rendered (0 when the build failed).
    public var pages: Int
    /// Files written in all: pages, CSV, JSON and assets (0 when the build failed).
    public var files: Int
    /// The output folder (absolute once validated).
    public var outputPath: String
    /// 0 success (warnings allowed), 1 content or template errors, 2 an output folder that may not be used.
    public var exitCode: Int32

    /// Whether the new site was swapped in.
    public var succeeded: Bool { exitCode == 0 }

    /// Creates an outcome.
    public init(diagnostics: DiagnosticList, pages: Int = 0, files: Int = 0, outputPath: String, exitCode: Int32) {
        self.diagnostics = diagnostics
        self.pages = pages
        self.files = files
        self.outputPath = outputPath
        self.exitCode = exitCode
    }
}
