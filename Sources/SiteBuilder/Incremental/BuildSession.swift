import Synchronization
import TemplateEngine

/// A build kept alive between edits (serve mode): the decoded content files, the last good site's data, templates
/// and pages. After a change it re-reads only the changed files, re-resolves and re-checks the shop, and renders
/// again only the pages that depend on the change, writing them in place; it falls back to a whole atomic build
/// when a change is not one it tracks. After any sequence of edits the output equals a fresh full build.
public final class BuildSession: Sendable {
    /// What is built and where (as for `shopsite build`).
    public let options: BuildOptions
    /// Everything that changes from one build to the next, behind one lock: builds run one at a time.
    private let state: Mutex<SessionState>

    /// A session for the given build options; nothing happens until `build(changed:)`.
    public init(options: BuildOptions) {
        self.options = options
        state = Mutex(SessionState(options: options))
    }

    /// Brings the output up to date after `changed` (paths relative to the shop; empty for the first, whole build;
    /// a bare root such as `content` when anything below it may have changed).
    public func build(changed: Set<String>) -> SessionOutcome {
        state.withLock { $0.build(changed: changed) }
    }

    /// Whether the last incremental build patched the previous load (rather than assembling the whole shop again).
    var lastLoadWasPatched: Bool { state.withLock { $0.lastLoadWasPatched } }

    /// Pages whose template uses one of `names` (directly or through extends, include and import), in either build.
    static func pagesUsing(_ names: Set<String>, old: PreparedSite, new: PreparedSite) -> Set<String> {
        guard !names.isEmpty else { return [] }
        var uses: [String: Bool] = [:]
        func touched(_ template: String) -> Bool {
            if let known = uses[template] { return known }
            let hit = [old.library, new.library].contains { library in
                guard let used = library.dependencies(of: template) else { return true }
                return !used.isDisjoint(with: names)
            }
            uses[template] = hit
            return hit
        }
        return Set(new.pages.filter { touched($0.template) }.map(\.path))
    }
}
