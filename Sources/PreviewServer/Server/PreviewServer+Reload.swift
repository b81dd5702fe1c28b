extension PreviewServer {
    /// Bumps the version and tells every open page to reload.
    public func notifyReload() {
        let version = state.withLock { state in
            state.version += 1
            return state.version
        }
        hub.broadcastReload(version: version)
    }

    /// Shows build errors (`path:line: error: …` lines) as an overlay on every HTML page; nil clears it.
    ///
    /// Pages keep their status and the last good files keep being served underneath the overlay.
    /// Call `notifyReload()` afterwards so open pages pick up the change.
    public func showError(_ text: String?) {
        state.withLock { $0.errorText = text }
    }

    /// The build errors currently shown, or nil.
    public var shownError: String? {
        state.withLock { $0.errorText }
    }
}
