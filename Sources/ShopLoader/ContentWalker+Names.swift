/// Names and paths of the walk, as bytes where that is safe: joined paths, hidden names, `.md` stems.
extension ContentWalker {
    /// `folder/name`, made in one allocation from the two texts' bytes.
    static func joined(_ folder: String, _ name: String) -> String {
        var folder = folder, name = name
        return folder.withUTF8 { head in
            name.withUTF8 { tail in
                String(unsafeUninitializedCapacity: head.count + 1 + tail.count) { out in
                    guard let base = out.baseAddress else { return 0 }
                    if let start = head.baseAddress { base.update(from: start, count: head.count) }
                    base[head.count] = UInt8(ascii: "/")
                    if let start = tail.baseAddress { (base + head.count + 1).update(from: start, count: tail.count) }
                    return head.count + 1 + tail.count
                }
            }
        }
    }

    /// Whether a name starts with `.` (bytes for an ASCII name, characters otherwise, as `hasPrefix` decides).
    static func isHidden(_ name: String) -> Bool {
        guard name.utf8.first == UInt8(ascii: ".") else { return false }
        return isASCII(name) || name.hasPrefix(".")
    }

    /// The name without `.md` when it ends so (bytes for an ASCII name, characters otherwise), else nil.
    static func markdownStem(_ name: String) -> String? {
        var name = name
        let ascii: String?? = name.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 3, bytes[count - 3] == UInt8(ascii: "."), bytes[count - 2] == UInt8(ascii: "m"),
                  bytes[count - 1] == UInt8(ascii: "d") else { return .some(nil) }
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(count - 3)]), as: UTF8.self))
        }
        if let ascii { return ascii }
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : nil
    }

    static func isASCII(_ name: String) -> Bool { name.utf8.allSatisfy { $0 < 0x80 } }
}
