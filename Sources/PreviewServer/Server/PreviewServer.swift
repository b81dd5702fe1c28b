import Dispatch
import Foundation
import Synchronization

/// A small HTTP server previewing a built site on 127.0.0.1, with live reload and an error overlay.
///
/// Answers GET and HEAD for files under `root` only; each connection runs on its own thread so a
/// slow client never holds up the others. Always call `stop()` when done.
public final class PreviewServer: Sendable {
    /// The folder served (the build's output).
    public let root: String
    /// The loopback address listened on.
    public let host: String
    /// The port asked for; 0 lets the system choose.
    public let requestedPort: Int
    /// The limits on request size, time and concurrency.
    public let limits: ServerLimits

    struct State {
        var running = false
        var port: Int?
        var wake: WakePipe?
        var connections: ConnectionTable
        var version = 1
        var errorText: String?
    }

    let state: Mutex<State>
    let hub: ReloadHub
    let workers = DispatchGroup()

    /// A server for the files under `root`; nothing listens until `start()`.
    public init(root: String, host: String = "127.0.0.1", port: Int = 1313, limits: ServerLimits = ServerLimits()) {
        self.root = root
        self.host = host
        self.requestedPort = port
        self.limits = limits
        self.hub = ReloadHub(maxStreams: limits.maxReloadStreams)
        self.state = Mutex(State(connections: ConnectionTable(capacity: limits.maxConnections, reserve: limits.reservedConnections)))
    }

    deinit {
        stop()
    }

    /// The port being listened on, or nil when stopped.
    public var port: Int? {
        state.withLock { $0.port }
    }

    /// How many requests are being handled right now (live-reload streams not counted).
    var activeConnections: Int {
        state.withLock { $0.connections.count }
    }

    /// The live-reload version; bumped by every `notifyReload()`.
    public var version: Int {
        state.withLock { $0.version }
    }

    /// Starts listening and returns the bound port; when the requested port is taken, the next ones are tried.
    @discardableResult
    public func start() throws(PreviewServerError) -> Int {
        if state.withLock({ $0.running }) { throw .alreadyRunning }
        let (listener, port) = try bindListener()
        let wake = try WakePipe()
        let hubWake = try WakePipe()
        _ = fcntl(listener.fd, F_SETFL, fcntl(listener.fd, F_GETFL) | O_NONBLOCK)
        try state.withLock { (state) throws(PreviewServerError) in
            if state.running { throw .alreadyRunning }
            state.running = true
            state.port = port
            state.wake = wake
        }
        hub.open(wake: hubWake)
        workers.enter()
        Thread { [self] in
            acceptLoop(listener: listener, wake: wake)
            workers.leave()
        }.start()
        return port
    }

    /// Closes the listener, every connection and every live-reload stream, and waits briefly for
    /// the connection threads to finish. Safe to call more than once.
    public func stop() {
        let taken = state.withLock { state -> (WakePipe?, [Socket])? in
            guard state.running else { return nil }
            state.running = false
            state.port = nil
            defer { state.wake = nil }
            return (state.wake, state.connections.sockets)
        }
        guard let (wake, connections) = taken else { return }
        wake?.wake()
        for connection in connections { connection.shutdown() }
        hub.closeAll()
        _ = workers.wait(timeout: .now() + 2)
    }

    private func bindListener() throws(PreviewServerError) -> (Socket, Int) {
        let attempts = requestedPort == 0 ? 0 : max(0, limits.extraPorts)
        for offset in 0...attempts where requestedPort + offset <= 65_535 {
            do {
                return try Socket.listen(host: host, port: requestedPort + offset)
            } catch PreviewServerError.portInUse {
                continue
            }
        }
        throw .portInUse(requestedPort)
    }
}
