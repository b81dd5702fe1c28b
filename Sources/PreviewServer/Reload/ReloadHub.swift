import Dispatch
import Foundation
import Synchronization

/// The open server-sent-event streams of live-reload clients, and the messages pushed to them.
///
/// Writes never block: a client whose socket buffer is full or closed is dropped. A thread watches the
/// streams, so a client that goes away frees its slot at once rather than at the next heartbeat.
/// The hub only shuts streams down; a socket is closed when its last reference goes away, so a
/// descriptor being watched is never reused underneath the watcher.
final class ReloadHub: Sendable {
    /// The open streams; nil while the server is stopped, so late arrivals are refused.
    let streams = Mutex<[Socket]?>(nil)
    /// Wakes the watching thread when the streams change; nil while stopped.
    let changes = Mutex<WakePipe?>(nil)
    let watching = DispatchGroup()
    private let maxStreams: Int

    /// A hub accepting at most `maxStreams` open streams.
    init(maxStreams: Int) {
        self.maxStreams = maxStreams
    }

    /// How many streams are open.
    var count: Int {
        streams.withLock { $0?.count ?? 0 }
    }

    /// Starts accepting streams and watching them for clients that go away (when the server starts).
    func open(wake: WakePipe) {
        let opened = streams.withLock { list in
            guard list == nil else { return false }
            list = []
            return true
        }
        guard opened else { return }
        changes.withLock { $0 = wake }
        watching.enter()
        Thread { [self] in
            watchForClosedStreams(wake: wake)
            watching.leave()
        }.start()
    }

    /// Takes over a client socket: sends the stream head and the current version; false if full.
    func adopt(_ socket: Socket, version: Int) -> Bool {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            + "Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\n"
            + "retry: 1000\n\nevent: version\ndata: \(version)\n\n"
        let adopted = streams.withLock { list in
            guard let open = list, open.count < maxStreams, socket.send(Array(head.utf8), nonBlocking: true) else { return false }
            list = open + [socket]
            return true
        }
        if adopted { changes.withLock { $0 }?.wake() }
        return adopted
    }

    /// Sends `event: reload` with the new version to every stream.
    func broadcastReload(version: Int) {
        broadcast("event: reload\ndata: \(version)\n\n")
    }

    /// Sends a comment line, which finds and drops clients that went away without closing.
    func heartbeat() {
        broadcast(": keep-alive\n\n")
    }

    /// Ends every stream and stops watching; waits briefly for the watching thread.
    func closeAll() {
        let closing = streams.withLock { list in
            defer { list = nil }
            return list ?? []
        }
        for socket in closing { socket.shutdown() }
        let wake = changes.withLock { pipe in
            defer { pipe = nil }
            return pipe
        }
        wake?.wake()
        _ = watching.wait(timeout: .now() + 2)
    }

    private func broadcast(_ message: String) {
        let bytes = Array(message.utf8)
        let dropped = streams.withLock { list in
            var kept: [Socket] = []
            var dropped: [Socket] = []
            for socket in list ?? [] {
                if socket.send(bytes, nonBlocking: true) { kept.append(socket) } else { dropped.append(socket) }
            }
            if list != nil { list = kept }
            return dropped
        }
        for socket in dropped { socket.shutdown() }
    }
}
