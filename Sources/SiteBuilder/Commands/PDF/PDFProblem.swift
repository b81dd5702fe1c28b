import Diagnostics

/// Why a quote sheet could not be printed, as the diagnostic the `pdf` command prints.
struct PDFProblem: Error {
    /// The quote being printed.
    let id: String
    /// What went wrong.
    let failure: BrowserPipe.Failure

    /// Whether the browser could not even be started (a usage problem: install it).
    var isBrowserMissing: Bool {
        if case .noBrowser = failure { return true }
        return false
    }

    /// The message.
    var diagnostic: Diagnostic {
        switch failure {
        case .noBrowser: return .error("E-PDF-NO-BROWSER")
        case .failed(let reason): return .error("E-PDF-BROWSER", ["id": id, "reason": reason])
        case .unwritable(let path): return .error("E-PDF-WRITE", ["path": path])
        case .exited(let how): return .error("E-PDF-BROWSER-EXITED", ["id": id, "how": how])
        case .timedOut(let seconds): return .error("E-PDF-BROWSER-TIMEOUT", ["id": id, "seconds": "\(seconds)"])
        }
    }
}
