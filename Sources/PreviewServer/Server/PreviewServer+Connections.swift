import Foundation

extension PreviewServer {
    /// Accepts connections until woken, handing each one to its own thread; closes the listener on exit.
    ///
    /// Every 15 s it also sends a heartbeat on the reload streams, which drops clients that went away.
    func acceptLoop(listener: Socket, wake: WakePipe) {
        defer { listener.close() }
        let heartbeatNanoseconds: UInt64 = 15_000_000_000
        var lastHeartbeat = DispatchTime.now().uptimeNanoseconds
        while true {
            let ready = pollReadable([listener.fd, wake.readEnd.fd], milliseconds: 15_000)
            if ready[1] { return }
            let now = DispatchTime.now().uptimeNanoseconds
            if now - lastHeartbeat >= heartbeatNanoseconds {
                hub.heartbeat()
                lastHeartbeat = now
            }
            if ready[0], let client = listener.acceptConnection() {
                admit(client)
            }
        }
    }

    /// Registers the connection and starts its thread: the client that has waited longest for its own request
    /// head is dropped when there is no room, and 503 is the answer only when every slot is answering a request.
    private func admit(_ client: Socket) {
        client.setSendTimeout(seconds: limits.sendTimeoutSeconds)
        let (admitted, dropped) = state.withLock { state -> (Bool, Socket?) in
            guard state.running else { return (false, nil) }
            return state.connections.admit(client)
        }
        dropped?.shutdown()
        guard admitted else {
            client.send(HTTPResponse.text(503).head() + HTTPResponse.text(503).body, nonBlocking: true)
            client.close()
            return
        }
        workers.enter()
        Thread { [self] in
            serve(client)
            workers.leave()
        }.start()
    }

    /// Reads one request, answers it and closes the connection (or hands it to the reload hub); stops
    /// quietly when the connection was dropped to make room for another.
    private func serve(_ client: Socket) {
        var handedOff = false
        defer {
            unregister(client)
            if !handedOff { client.close() }
        }
        let reader = RequestHeadReader(maxBytes: limits.maxHeadBytes, timeoutMilliseconds: limits.readTimeoutMilliseconds)
        let outcome = reader.read(from: client)
        guard outcome != .closed, setPhase(.working, of: client) else { return }
        let response: HTTPResponse
        var headOnly = false
        switch outcome {
        case .closed, .timedOut:
            response = .text(408)
        case .tooLarge:
            response = .text(431)
        case .head(let bytes):
            guard let answer = answer(head: bytes, on: client) else {
                handedOff = true
                return
            }
            (response, headOnly) = answer
        }
        client.send(headOnly ? response.head() : response.head() + response.body)
        _ = setPhase(.waiting, of: client)
        lingeringClose(client)
    }

    /// The response to a request head and whether to leave out its body; nil when the connection was
    /// handed to the reload hub. Requests naming another host (DNS rebinding) get 421.
    private func answer(head bytes: [UInt8], on client: Socket) -> (HTTPResponse, headOnly: Bool)? {
        guard let request = HTTPRequest(head: bytes) else { return (.text(400), false) }
        guard let port, LoopbackHost(port: port, listenAddress: host).allows(request) else {
            return (.text(421, "421 Misdirected Request: the preview answers only to 127.0.0.1, localhost and [::1]\n"), false)
        }
        guard request.method == "GET" && request.path == LiveReloadSnippet.eventsPath else {
            return (respond(to: request), request.method == "HEAD")
        }
        unregister(client)
        return hub.adopt(client, version: version) ? nil : (.text(503), false)
    }

    private func setPhase(_ phase: ConnectionTable.Phase, of client: Socket) -> Bool {
        state.withLock { $0.connections.set(phase, for: client) }
    }

    private func unregister(_ client: Socket) {
        state.withLock { $0.connections.remove(client) }
    }

    /// Ends our side, then briefly reads what the client still sends so closing does not reset the
    /// connection before the client has read the response.
    private func lingeringClose(_ client: Socket) {
        _ = Glibc.shutdown(client.fd, Int32(SHUT_WR))
        var scratch = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<16 {
            guard client.waitReadable(milliseconds: 200), client.receive(into: &scratch) > 0 else { return }
        }
    }
}
