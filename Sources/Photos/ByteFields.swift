/// Splitting ASCII text held as bytes, for `stamps.tsv` and the facts: a plain loop over one concrete type, since the
/// standard `split` calls its separator test through a closure for every byte.
enum ByteFields {
    /// The parts of `bytes` between `separator`s, at most `limit` + 1 of them (the last one keeps the rest), empty
    /// parts included.
    static func split(_ bytes: ArraySlice<UInt8>, _ separator: UInt8, limit: Int = .max) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = [], start = bytes.startIndex, i = bytes.startIndex
        while i < bytes.endIndex && parts.count < limit {
            if bytes[i] == separator {
                parts.append(bytes[start..<i])
                start = i + 1
            }
            i += 1
        }
        parts.append(bytes[start...])
        return parts
    }
}
