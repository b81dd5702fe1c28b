extension StringProtocol {
    /// The index of the last `/`, found by a plain backwards loop over the contiguous UTF-8 bytes (not the generic
    /// `UTF8View.lastIndex(of:)` walk, which costs a thousand instructions on a 40-byte path), or nil when there is none.
    public var lastSlash: Index? {
        let offset = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var i = bytes.count
            while i > 0 {
                i -= 1
                if bytes[i] == UInt8(ascii: "/") { return i }
            }
            return nil
        }
        guard let offset else {  // no contiguous bytes: the slow walk
            var found: Index?
            var i = utf8.startIndex
            while i != utf8.endIndex {
                if utf8[i] == UInt8(ascii: "/") { found = i }
                i = utf8.index(after: i)
            }
            return found
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
