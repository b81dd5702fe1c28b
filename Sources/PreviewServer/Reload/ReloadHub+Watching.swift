extension ReloadHub {
    /// Until the hub closes, waits for a stream to become readable and drops the ones whose client closed
    /// (what a live-reload client sends is read and ignored); woken by `changes` when streams come or go.
    func watchForClosedStreams(wake: WakePipe) {
        while let open = streams.withLock({ $0 }) {
            let ready = pollReadable([wake.readEnd.fd] + open.map(\.fd), milliseconds: -1)
            if ready[0] { wake.drain() }
            let gone = zip(open, ready.dropFirst()).filter { $0.1 && $0.0.discardPendingInput() }.map(\.0)
            if !gone.isEmpty { drop(gone) }
        }
    }

    /// Removes streams from the open ones and shuts them down.
    private func drop(_ gone: [Socket]) {
        let identities = Set(gone.map(ObjectIdentifier.init))
        streams.withLock { list in
            list?.removeAll { identities.contains(ObjectIdentifier($0)) }
        }
        for socket in gone { socket.shutdown() }
    }
}
