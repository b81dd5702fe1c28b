/// The open connections of the preview server, and which of them may be dropped to make room for a new one.
///
/// A connection is `waiting` while it sends its request head (and while it is closed after the answer), and
/// `working` while its request is answered. Waiting connections may take at most `capacity − reserve` slots;
/// when a new connection needs a slot, the one that has waited longest is dropped, so slow or silent clients
/// never keep a normal page request out.
struct ConnectionTable: Sendable {
    /// What a connection is doing.
    enum Phase: Sendable, Equatable {
        /// Sending its request head, or being closed: it may be dropped.
        case waiting
        /// Being answered: it keeps its slot.
        case working
    }

    private struct Entry: Sendable {
        let socket: Socket
        let order: Int
        var phase: Phase
    }

    /// How many connections may be open at once.
    let capacity: Int
    /// How many of them may be waiting at once.
    let waitingCapacity: Int
    private var entries: [ObjectIdentifier: Entry] = [:]
    private var nextOrder = 0

    /// A table of at most `capacity` connections, `reserve` of which are kept for requests being answered.
    init(capacity: Int, reserve: Int) {
        self.capacity = max(1, capacity)
        waitingCapacity = max(1, self.capacity - max(0, reserve))
    }

    /// How many connections are open.
    var count: Int { entries.count }

    /// Every open connection's socket.
    var sockets: [Socket] { entries.values.map(\.socket) }

    /// How many connections are in `phase`.
    func count(in phase: Phase) -> Int {
        entries.values.reduce(0) { $0 + ($1.phase == phase ? 1 : 0) }
    }

    /// Registers a new waiting connection, first dropping the longest-waiting one when the table or its
    /// waiting share is full. Returns whether it was admitted (false: every slot is working) and the
    /// connection dropped, which the caller shuts down.
    mutating func admit(_ socket: Socket) -> (admitted: Bool, dropped: Socket?) {
        var dropped: Socket?
        if entries.count >= capacity || count(in: .waiting) >= waitingCapacity,
           let oldest = entries.filter({ $0.value.phase == .waiting }).min(by: { $0.value.order < $1.value.order }) {
            entries.removeValue(forKey: oldest.key)
            dropped = oldest.value.socket
        }
        guard entries.count < capacity else { return (false, dropped) }
        entries[ObjectIdentifier(socket)] = Entry(socket: socket, order: nextOrder, phase: .waiting)
        nextOrder += 1
        return (true, dropped)
    }

    /// Moves a connection to `phase` (a connection becoming waiting again counts as the newest);
    /// false when it is no longer registered because it was dropped.
    mutating func set(_ phase: Phase, for socket: Socket) -> Bool {
        let key = ObjectIdentifier(socket)
        guard let entry = entries[key] else { return false }
        entries[key] = Entry(socket: socket, order: phase == .waiting ? nextOrder : entry.order, phase: phase)
        if phase == .waiting { nextOrder += 1 }
        return true
    }

    /// Forgets a connection (when it is closed or handed to the reload hub).
    mutating func remove(_ socket: Socket) {
        entries.removeValue(forKey: ObjectIdentifier(socket))
    }
}
