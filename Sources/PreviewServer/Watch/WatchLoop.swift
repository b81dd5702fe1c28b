import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The watcher thread's loop: read inotify events, collect changed paths, deliver them debounced.
struct WatchLoop {
    var table: WatchTable
    let roots: [String]
    let quiet: UInt64
    let maxDelay: UInt64
    private var pending = Set<String>()
    private var firstEvent: UInt64 = 0
    private var lastEvent: UInt64 = 0

    init(table: WatchTable, roots: [String], quiet: Int, maxDelay: Int) {
        self.table = table
        self.roots = roots
        self.quiet = UInt64(max(0, quiet)) * 1_000_000
        self.maxDelay = UInt64(max(quiet, maxDelay)) * 1_000_000
    }

    /// Runs until `wake` is signalled.
    mutating func run(inotify: Socket, wake: WakePipe, deliver: (Set<String>) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let ready = pollReadable([inotify.fd, wake.readEnd.fd], milliseconds: timeout())
            if ready[1] { return }
            if ready[0] {
                while true {
                    let count = read(inotify.fd, &buffer, buffer.count)
                    guard count > 0 else { break }
                    record(InotifyEvent.parse(buffer[0..<count]))
                }
            }
            let now = DispatchTime.now().uptimeNanoseconds
            if !pending.isEmpty && (now - lastEvent >= quiet || now - firstEvent >= maxDelay) {
                let batch = pending
                pending = []
                deliver(batch)
            }
        }
    }

    /// How long to wait in poll: forever when nothing is pending, else until the batch is due.
    private func timeout() -> Int32 {
        guard !pending.isEmpty else { return -1 }
        let now = DispatchTime.now().uptimeNanoseconds
        let due = min(lastEvent + quiet, firstEvent + maxDelay)
        return due <= now ? 0 : Int32(clamping: (due - now) / 1_000_000 + 1)
    }

    private mutating func record(_ events: [InotifyEvent]) {
        let wasEmpty = pending.isEmpty
        var relevant = false
        for event in events where apply(event) {
            relevant = true
        }
        guard relevant, !pending.isEmpty else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if wasEmpty { firstEvent = now }
        lastEvent = now
    }

    /// Adds the event's paths to the pending batch; false when the event is not a change to report.
    private mutating func apply(_ event: InotifyEvent) -> Bool {
        if event.has(Int32(IN_Q_OVERFLOW)) {
            pending.formUnion(roots)
            return true
        }
        guard let folder = table.folders[event.wd] else { return false }
        if event.has(Int32(IN_IGNORED)) {
            table.forget(event.wd)
            return false
        }
        if event.has(Int32(IN_DELETE_SELF)) {
            pending.insert(folder)
            return true
        }
        guard !event.name.isEmpty, !EditorTempFiles.isIgnored(event.name) else { return false }
        let path = folder.isEmpty ? event.name : folder + "/" + event.name
        pending.insert(path)
        guard event.has(Int32(IN_ISDIR)) else { return true }
        if event.has(Int32(IN_CREATE) | Int32(IN_MOVED_TO)) {
            pending.formUnion(table.watchTree(path))
        } else if event.has(Int32(IN_MOVED_FROM)) {
            table.unwatchTree(path)
        }
        return true
    }
}
