import Dispatch

/// Reads a request head from a socket within a size limit and a time limit.
struct RequestHeadReader: Sendable {
    /// What reading produced.
    enum Outcome: Equatable {
        /// The bytes before the blank line that ends the head.
        case head([UInt8])
        /// The head grew past the limit without ending (answer 431).
        case tooLarge
        /// The client did not finish the head in time (answer 408).
        case timedOut
        /// The client closed the connection or it failed.
        case closed
    }

    /// The largest accepted head, in bytes.
    var maxBytes: Int
    /// How long the whole head may take to arrive, in milliseconds.
    var timeoutMilliseconds: Int

    /// Reads until the blank line, the limit, the deadline or the end of the stream.
    func read(from socket: Socket) -> Outcome {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeoutMilliseconds) * 1_000_000
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return .timedOut }
            let remaining = Int32(clamping: (deadline - now) / 1_000_000 + 1)
            guard socket.waitReadable(milliseconds: remaining) else { return .timedOut }
            let count = socket.receive(into: &chunk)
            guard count > 0 else { return .closed }
            let searchStart = max(0, received.count - 3)
            received.append(contentsOf: chunk[0..<count])
            if let end = Self.endOfHead(in: received, from: searchStart) {
                return end <= maxBytes ? .head(Array(received[0..<end])) : .tooLarge
            }
            if received.count > maxBytes { return .tooLarge }
        }
    }

    /// The index where the head ends (start of `\r\n\r\n` or `\n\n`), searching from `start`.
    static func endOfHead(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 10 {
                if bytes[index + 1] == 10 { return index }
                if index + 2 < bytes.count, bytes[index + 1] == 13, bytes[index + 2] == 10 { return index }
            }
            index += 1
        }
        return nil
    }
}
