/// Decodes `%XX` escapes in one path segment; nil when an escape is malformed or the result is not UTF-8.
func percentDecoded(_ segment: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = Array(segment.utf8).makeIterator()
    while let byte = iterator.next() {
        guard byte == UInt8(ascii: "%") else {
            bytes.append(byte)
            continue
        }
        guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
            return nil
        }
        bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
}

/// Percent-encodes one path segment for a Location header (unreserved characters stay as they are).
func percentEncoded(_ segment: String) -> String {
    var text = ""
    for byte in segment.utf8 {
        let scalar = Unicode.Scalar(byte)
        if scalar.isASCII, Character(scalar).isLetter || Character(scalar).isNumber || "-._~".unicodeScalars.contains(scalar) {
            text.unicodeScalars.append(scalar)
        } else {
            text += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
    }
    return text
}

private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
