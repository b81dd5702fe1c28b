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

    /// Starts a thread for the connection, or answers 503 when too many are open already.
    private func admit(_ client: Socket) {
        client.setSendTimeout(seconds: limits.sendTimeoutSeconds)
        let admitted = state.withLock { state in
            guard state.running, state.connections.count < limits.maxConnections else { return false }
            state.connections[ObjectIdentifier(client)] = client
            return true
        }
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

    /// Reads one request, answers it and closes the connection (or hands it to the reload hub).
    private func serve(_ client: Socket) {
        var handedOff = false
        defer {
            unregister(client)
            if !handedOff { client.close() }
        }
        let reader = RequestHeadReader(maxBytes: limits.maxHeadBytes, timeoutMilliseconds: limits.readTimeoutMilliseconds)
        let response: HTTPResponse
        var isHead = false
        switch reader.read(from: client) {
        case .closed:
            return
        case .timedOut:
            response = .text(408)
        case .tooLarge:
            response = .text(431)
        case .head(let bytes):
            guard let request = HTTPRequest(head: bytes) else {
                response = .text(400)
                break
            }
            // DNS rebinding: a page of another site whose name now points at 127.0.0.1 sends its own Host.
            guard let port, LoopbackHost(port: port, listenAddress: host).allows(request) else {
                response = .text(421, "421 Misdirected Request: the preview answers only to 127.0.0.1, localhost and [::1]\n")
                break
            }
            isHead = request.method == "HEAD"
            if request.method == "GET" && request.path == LiveReloadSnippet.eventsPath {
                unregister(client)
                handedOff = hub.adopt(client, version: version)
                if handedOff { return }
                response = .text(503)
            } else {
                response = respond(to: request)
            }
        }
        client.send(isHead ? response.head() : response.head() + response.body)
        lingeringClose(client)
    }

    private func unregister(_ client: Socket) {
        _ = state.withLock { $0.connections.removeValue(forKey: ObjectIdentifier(client)) }
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
