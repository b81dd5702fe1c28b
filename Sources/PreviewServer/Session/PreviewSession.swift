import Diagnostics
import Foundation

/// The `serve` loop: build once, serve the output, rebuild on every change and reload the browser.
///
/// A failed rebuild shows its diagnostics as an overlay while the last good files keep being served.
public final class PreviewSession: Sendable {
    /// Builds the site. The set holds the changed paths relative to the watch base; it is empty for
    /// the first (full) build, and holds a watched root itself (`content`) when everything below it
    /// may have changed.
    public typealias Rebuild = @Sendable (Set<String>) -> Result<Void, PreviewBuildError>

    /// The HTTP server for the output folder.
    public let server: PreviewServer
    /// The watcher on the source folders.
    public let watcher: FileWatcher
    private let rebuilder: Rebuilder
    let log: @Sendable (String) -> Void
    /// The language of the progress lines (`Serving at …`, `Stopped.`).
    let language: Language

    /// A session serving `outputRoot`, watching `watchRoots` (relative to `watchBase`) and calling
    /// `rebuild` on changes; `log` receives the lines meant for stderr.
    public init(outputRoot: String, watchBase: String, watchRoots: [String], port: Int = 1313,
                limits: ServerLimits = ServerLimits(), quietMilliseconds: Int = 100, language: Language = .en,
                log: @escaping @Sendable (String) -> Void = PreviewSession.printToStandardError,
                rebuild: @escaping Rebuild) {
        let server = PreviewServer(root: outputRoot, port: port, limits: limits)
        let rebuilder = Rebuilder(rebuild: rebuild, server: server, language: language, log: log)
        self.server = server
        self.rebuilder = rebuilder
        self.log = log
        self.language = language
        self.watcher = FileWatcher(base: watchBase, roots: watchRoots, quietMilliseconds: quietMilliseconds) {
            rebuilder.run(changed: $0)
        }
    }

    /// Builds once, starts the server and the watcher, prints `Serving at http://127.0.0.1:PORT/`
    /// and returns the port. A failed first build still starts serving, with the overlay.
    @discardableResult
    public func start() throws(PreviewServerError) -> Int {
        // Watch before the first build, so edits made while it runs are rebuilt after it rather than lost.
        try watcher.start()
        rebuilder.run(changed: [])
        let port: Int
        do {
            port = try server.start()
        } catch {
            watcher.stop()
            throw error
        }
        log(MessageCatalog.text("H-SERVE-AT", ["url": "http://\(server.host):\(port)/"], in: language))
        return port
    }

    /// Stops watching and serving; safe to call more than once.
    public func stop() {
        watcher.stop()
        server.stop()
    }

    /// Writes a line to standard error.
    public static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
