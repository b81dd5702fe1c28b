/// The text form of a developed photo's facts in the cache: one `key values` line each, the renditions last. Read
/// byte by byte (ASCII only), since a rebuild reads every photo's facts from `stamps.tsv`.
enum FactsText {
    /// `photo`'s facts as text.
    static func encode(_ photo: DevelopedPhoto) -> String {
        var text = "shopsite-photo 1\nformat \(photo.format.rawValue)\nsize \(photo.width) \(photo.height)\n"
        if let tone = photo.tone { text += "tone \(tone.mean) \(tone.spread)\n" }
        for r in photo.renditions { text += "rendition \(r.name) \(r.width) \(r.height)\n" }
        return text
    }

    /// The facts of `text`, or nil when it is not a whole facts file of this version.
    static func decode(_ text: String) -> DevelopedPhoto? {
        decode(ArraySlice(text.utf8), lineBreak: UInt8(ascii: "\n"))
    }

    /// The facts of `bytes`, whose lines end with `lineBreak` (`;` in `stamps.tsv`), or nil when they are not whole.
    /// Each line's words stay byte slices in one reused array; only the short keywords and the names become strings.
    static func decode(_ bytes: ArraySlice<UInt8>, lineBreak: UInt8) -> DevelopedPhoto? {
        var photo = DevelopedPhoto(format: .jpeg, width: 0, height: 0, tone: nil, renditions: [])
        var format: PhotoFormat?, first = true, words: [ArraySlice<UInt8>] = [], start = bytes.startIndex
        words.reserveCapacity(4)
        for i in bytes.indices where bytes[i] == lineBreak || i == bytes.endIndex - 1 {
            let line = bytes[start..<(bytes[i] == lineBreak ? i : i + 1)]
            start = i + 1
            guard !line.isEmpty else { continue }
            words.removeAll(keepingCapacity: true)
            var wordStart = line.startIndex
            for k in line.indices where line[k] == UInt8(ascii: " ") || k == line.endIndex - 1 {
                let end = line[k] == UInt8(ascii: " ") ? k : k + 1
                if end > wordStart { words.append(line[wordStart..<end]) }
                wordStart = k + 1
            }
            guard let key = words.first.map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
            if first {
                guard key == "shopsite-photo", words.count == 2, words[1].elementsEqual("1".utf8) else { return nil }
                first = false
            } else if key == "format" && words.count == 2 {
                format = PhotoFormat(rawValue: String(decoding: words[1], as: UTF8.self))
            } else if !read(key, words, into: &photo) {
                return nil
            }
        }
        guard !first, let format, photo.width > 0, photo.height > 0 else { return nil }
        photo.format = format
        return photo
    }

    /// Reads one `size`, `tone` or `rendition` line's `words` (the first is `key`) into `photo`: false for any other.
    private static func read(_ key: String, _ words: [ArraySlice<UInt8>], into photo: inout DevelopedPhoto) -> Bool {
        switch (key, words.count) {
        case ("size", 3): photo.width = number(words[1]) ?? 0; photo.height = number(words[2]) ?? 0
        case ("tone", 3):
            guard let mean = Double(String(decoding: words[1], as: UTF8.self)),
                  let spread = Double(String(decoding: words[2], as: UTF8.self)) else { return false }
            photo.tone = BackgroundTone(mean: mean, spread: spread)
        case ("rendition", 4):
            guard let w = number(words[2]), let h = number(words[3]) else { return false }
            photo.renditions.append(DevelopedPhoto.Rendition(name: String(decoding: words[1], as: UTF8.self), width: w, height: h))
        default: return false
        }
        return true
    }

    /// The integer `word` spells: plain digits read directly, anything else as `Int(String)` reads it.
    static func number(_ word: ArraySlice<UInt8>) -> Int? {
        guard !word.isEmpty, word.count < 19, word.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return Int(String(decoding: word, as: UTF8.self))
        }
        return word.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
