import Diagnostics

/// Why a template cannot be used: no file of that name, or a file with a syntax error.
enum TemplateLookupError: Error {
    /// No such file; the error names the places searched.
    case missing(Diagnostic)
    /// The file exists but did not parse; its own diagnostic.
    case broken(Diagnostic)

    /// The error as a diagnostic: a missing name positioned where it was asked for, a broken file as it is.
    func diagnostic(at location: Location?) -> Diagnostic {
        switch self {
        case .missing(var missing):
            missing.location = location
            return missing
        case .broken(let diagnostic): return diagnostic
        }
    }
}
