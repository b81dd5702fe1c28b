import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Watches folders (recursively, with inotify) and reports the changed paths after a quiet spell.
///
/// Paths are relative to `base` (`content/products/hd-t001.md`); a created or moved-in folder is
/// reported with every file in it, and after a kernel queue overflow each root itself is reported,
/// meaning "anything below may have changed". Editor scratch files are ignored. `onChange` runs on
/// the watcher's own thread, one batch at a time.
public final class FileWatcher: Sendable {
    /// The folder that the roots and the reported paths are relative to.
    public let base: String
    /// The folders watched, relative to `base` (`content`, `templates`); missing ones are skipped.
    public let roots: [String]
    /// How long no event must arrive before a batch is reported, in milliseconds.
    public let quietMilliseconds: Int
    /// The longest a batch is held back while events keep arriving, in milliseconds.
    public let maxDelayMilliseconds: Int
    let onChange: @Sendable (Set<String>) -> Void

    private struct State {
        var wake: WakePipe?
        var thread: pthread_t?
    }

    private let state = Mutex(State())
    private let finished = DispatchGroup()

    /// A watcher reporting to `onChange`; nothing is watched until `start()`.
    public init(base: String, roots: [String], quietMilliseconds: Int = 100, maxDelayMilliseconds: Int = 1000,
                onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.base = base
        self.roots = roots
        self.quietMilliseconds = quietMilliseconds
        self.maxDelayMilliseconds = maxDelayMilliseconds
        self.onChange = onChange
    }

    deinit {
        stop()
    }

    /// Puts the watches in place (before returning) and starts the watching thread.
    public func start() throws(PreviewServerError) {
        if state.withLock({ $0.wake != nil }) { throw .alreadyRunning }
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw .system("inotify_init1", errno) }
        let inotify = Socket(descriptor: fd)
        let wake = try WakePipe()
        var table = WatchTable(inotify: fd, base: base)
        for root in roots {
            table.watchTree(root)
        }
        try state.withLock { (state) throws(PreviewServerError) in
            if state.wake != nil { throw .alreadyRunning }
            state.wake = wake
        }
        finished.enter()
        Thread { [self, table] in
            state.withLock { $0.thread = pthread_self() }
            var loop = WatchLoop(table: table, roots: roots, quiet: quietMilliseconds, maxDelay: maxDelayMilliseconds)
            loop.run(inotify: inotify, wake: wake, deliver: onChange)
            inotify.close()
            finished.leave()
        }.start()
    }

    /// Closes the inotify descriptor and ends the thread (waiting for a running `onChange` briefly).
    public func stop() {
        let (wake, thread) = state.withLock { state in
            defer { state.wake = nil; state.thread = nil }
            return (state.wake, state.thread)
        }
        guard let wake else { return }
        wake.wake()
        if let thread, pthread_equal(thread, pthread_self()) != 0 { return }
        _ = finished.wait(timeout: .now() + 5)
    }
}
