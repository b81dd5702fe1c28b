import Diagnostics
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PreviewSession {
    /// Starts the session and blocks until SIGINT or SIGTERM, then stops it cleanly (for the CLI).
    public func runUntilInterrupted() throws(PreviewServerError) {
        let signals = [SIGINT, SIGTERM]
        for number in signals { signal(number, SIG_IGN) }
        defer { for number in signals { signal(number, SIG_DFL) } }
        let interrupted = DispatchSemaphore(value: 0)
        let sources = signals.map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interrupted.signal() }
            source.resume()
            return source
        }
        defer { for source in sources { source.cancel() } }
        try start()
        interrupted.wait()
        stop()
        log(MessageCatalog.text("H-SERVE-STOPPED", in: language))
    }
}
