/// The bytes of one render, written through a pointer: an append is a bounds test and a copy, without the uniqueness
/// and capacity bookkeeping `Array.append(contentsOf:)` does on every call (a page makes hundreds of small appends).
final class OutputBytes {
    private(set) var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// The most bytes it will hold; appends past it are dropped and `overflowed` is set, for the renderer to report.
    private let limit: Int
    /// Whether an append was dropped because it would have passed `limit`.
    private(set) var overflowed = false

    /// An empty buffer with room for `capacity` bytes before it grows, and never more than `limit` bytes.
    init(capacity: Int, limit: Int = .max) {
        self.limit = limit
        self.capacity = max(min(capacity, limit), 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Records that a capture made into another buffer for this one went past the limit.
    func markOverflowed() { overflowed = true }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// The bytes written so far as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether `n` more bytes fit under the limit and nothing was dropped so far.
    @inline(__always)
    func fits(_ n: Int) -> Bool { !overflowed && n <= limit - count }

    /// Appends `n` bytes from `source`.
    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count n: Int) {
        if n > capacity - count {
            guard n <= limit - count else { overflowed = true; return }
            grow(to: count + n)
        }
        let end = start + count
        if n <= 16 {
            for k in 0..<n { end[k] = source[k] }
        } else {
            end.update(from: source, count: n)
        }
        count += n
    }

    /// Appends the bytes of an array.
    @inline(__always)
    func append(_ source: [UInt8]) {
        source.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { append(base, count: buffer.count) }
        }
    }

    /// Appends the UTF-8 of `text` as it is.
    func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ (buffer) -> Void in
            if let base = buffer.baseAddress { append(base, count: buffer.count) }
        }) != nil { return }
        var text = text
        text.withUTF8 { buffer in
            if let base = buffer.baseAddress { append(base, count: buffer.count) }
        }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        newCapacity = min(newCapacity, max(limit, needed))
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }
}
