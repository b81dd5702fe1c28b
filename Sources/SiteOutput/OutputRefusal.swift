import Diagnostics

/// Why a folder may not be the output (`P-OUT-HOME`: it is the home folder), as a catalogue phrase and its arguments.
struct OutputRefusal: Sendable, Hashable {
    /// The phrase's code.
    var code: MessageCode
    /// The phrase's arguments (`inner`, `parent`, `marker`).
    var arguments: [String: String] = [:]

    /// The error refusing `path` as the output folder for this reason.
    func outputError(_ path: String) -> Diagnostic {
        .error("E-OUTPUT-REFUSED", arguments.merging(["path": path, "why": code.rawValue]) { a, _ in a })
    }

    /// The error refusing to replace `destination` with the new site for this reason.
    func replaceError(_ destination: String) -> Diagnostic {
        .error("E-REPLACE-REFUSED", arguments.merging(["path": destination, "why": code.rawValue]) { a, _ in a })
    }
}
