/// Fills a placeholder in a UI phrase (`{count}` → `1,280`) byte by byte: the text-level half of `t.count` and
/// `t.fill`, kept here with the other byte-level text code so the site builder needs no pointers for it.
public enum PlaceholderText {
    /// `text` with every `placeholder` (`{count}`) replaced by `value`: the same text as splitting `text` on the
    /// placeholder and joining the parts with `value`, found byte by byte instead of character by character. A byte
    /// match that is not a whole run of characters (a combining mark after `}`) leaves the work to that character split.
    public static func replacing(_ placeholder: String, in text: String, with value: String) -> String {
        var text = text, placeholder = placeholder
        text.makeContiguousUTF8()
        placeholder.makeContiguousUTF8()
        let replaced = text.utf8.withContiguousStorageIfAvailable { bytes in
            placeholder.utf8.withContiguousStorageIfAvailable { byteReplacement(of: $0, in: bytes, text: text, with: value) } ?? nil
        } ?? nil
        return replaced ?? text.split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
    }

    /// The byte-wise replacement, or nil when a match does not fall on character boundaries.
    private static func byteReplacement(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                                        text: String, with value: String) -> String? {
        guard let first = needle.first, bytes.count >= needle.count else { return text }
        var result: [UInt8] = []
        var copied = 0, i = 0
        let last = bytes.count - needle.count
        while i <= last {
            guard bytes[i] == first, UnsafeBufferPointer(rebasing: bytes[i..<i + needle.count]).elementsEqual(needle) else {
                i += 1
                continue
            }
            guard isCharacterBoundary(i, in: text), isCharacterBoundary(i + needle.count, in: text) else { return nil }
            if result.isEmpty { result.reserveCapacity(bytes.count + value.utf8.count) }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
            result.append(contentsOf: value.utf8)
            i += needle.count
            copied = i
        }
        if copied == 0 { return text }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the UTF-8 offset `offset` of `text` lies between two characters (or at either end).
    private static func isCharacterBoundary(_ offset: Int, in text: String) -> Bool {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return index.samePosition(in: text) != nil
    }
}
