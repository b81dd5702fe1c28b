import Dispatch
import Synchronization

/// The open server-sent-event streams of live-reload clients, and the messages pushed to them.
///
/// Writes never block: a client whose socket buffer is full or closed is dropped.
final class ReloadHub: Sendable {
    /// The open streams; nil while the server is stopped, so late arrivals are refused.
    private let streams = Mutex<[Socket]?>(nil)
    private let maxStreams: Int

    /// A hub accepting at most `maxStreams` open streams.
    init(maxStreams: Int) {
        self.maxStreams = maxStreams
    }

    /// How many streams are open.
    var count: Int {
        streams.withLock { $0?.count ?? 0 }
    }

    /// Starts accepting streams (when the server starts).
    func open() {
        streams.withLock { if $0 == nil { $0 = [] } }
    }

    /// Takes over a client socket: sends the stream head and the current version; false if full.
    func adopt(_ socket: Socket, version: Int) -> Bool {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            + "Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\n"
            + "retry: 1000\n\nevent: version\ndata: \(version)\n\n"
        return streams.withLock { list in
            guard let open = list, open.count < maxStreams, socket.send(Array(head.utf8), nonBlocking: true) else { return false }
            list = open + [socket]
            return true
        }
    }

    /// Sends `event: reload` with the new version to every stream.
    func broadcastReload(version: Int) {
        broadcast("event: reload\ndata: \(version)\n\n")
    }

    /// Sends a comment line, which finds and drops clients that went away.
    func heartbeat() {
        broadcast(": keep-alive\n\n")
    }

    /// Closes every stream.
    func closeAll() {
        let closing = streams.withLock { list in
            defer { list = nil }
            return list ?? []
        }
        for socket in closing {
            socket.shutdown()
            socket.close()
        }
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
        for socket in dropped { socket.close() }
    }
}
