import Diagnostics
import Foundation
import Synchronization

/// Runs the injected rebuild and turns its outcome into what the browser sees.
final class Rebuilder: Sendable {
    let rebuild: PreviewSession.Rebuild
    let server: PreviewServer
    let log: @Sendable (String) -> Void
    /// The language of the progress lines.
    let language: Language
    /// One rebuild at a time: a change reported while the first build runs waits for it instead of racing it.
    private let gate = Mutex(())

    init(rebuild: @escaping PreviewSession.Rebuild, server: PreviewServer, language: Language = .en,
         log: @escaping @Sendable (String) -> Void) {
        self.rebuild = rebuild
        self.language = language
        self.server = server
        self.log = log
    }

    /// Rebuilds; on success clears the overlay, on failure shows it (the old files stay served);
    /// either way open pages are told to reload.
    func run(changed: Set<String>) {
        gate.withLock { _ in runAlone(changed: changed) }
    }

    private func runAlone(changed: Set<String>) {
        let clock = ContinuousClock()
        let started = clock.now
        let result = rebuild(changed)
        let elapsed = started.duration(to: clock.now)
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        switch result {
        case .success:
            server.showError(nil)
            let ms = "\(milliseconds)"
            log(changed.isEmpty ? MessageCatalog.text("H-SERVE-BUILT", ["ms": ms], in: language)
                : MessageCatalog.text("H-SERVE-REBUILT", ["ms": ms, "changes": summary(changed)], in: language))
        case .failure(let error):
            server.showError(error.message)
            log(error.message + "\n" + MessageCatalog.text("H-SERVE-FAILED", in: language))
        }
        server.notifyReload()
    }

    /// `content/a.md` or `3 paths changed`.
    func summary(_ changed: Set<String>) -> String {
        changed.count == 1 ? changed.sorted()[0] : MessageCatalog.text("H-SERVE-PATHS-CHANGED", ["count": "\(changed.count)"], in: language)
    }
}
