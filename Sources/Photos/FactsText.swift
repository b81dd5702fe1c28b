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
    static func decode(_ bytes: ArraySlice<UInt8>, lineBreak: UInt8) -> DevelopedPhoto? {
        bytes.withUnsafeBufferPointer { decode($0, 0..<$0.count, lineBreak: lineBreak) }
    }

    /// The facts of `text[range]`, whose lines end with `lineBreak`, or nil when they are not whole. Lines and words
    /// are index ranges into `text` (no slice, no array, no retain); only a rendition's name becomes a string, and
    /// not even that when it is one of `names` (the cache's sizes), which is then shared.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lineBreak: UInt8, names: [String] = []) -> DevelopedPhoto? {
        var photo = DevelopedPhoto(format: .jpeg, width: 0, height: 0, tone: nil, renditions: [])
        var format: PhotoFormat?, first = true, start = range.lowerBound
        while start < range.upperBound {
            let end = ByteFields.end(of: lineBreak, in: text, from: start, to: range.upperBound)
            defer { start = end + 1 }
            let words = Words(text, start..<end)
            guard words.count > 0 else { continue }
            if first {
                guard words.count == 2, words.is(0, "shopsite-photo"), words.is(1, "1") else { return nil }
                first = false
            } else if words.count == 2 && words.is(0, "format") {
                format = [PhotoFormat.jpeg, .png, .webp].first { words.is(1, $0.rawValue) }
            } else if !read(words, names: names, into: &photo) {
                return nil
            }
        }
        guard !first, let format, photo.width > 0, photo.height > 0 else { return nil }
        photo.format = format
        return photo
    }

    /// Reads one `size`, `tone` or `rendition` line's `words` into `photo`: false for any other.
    private static func read(_ words: Words, names: [String], into photo: inout DevelopedPhoto) -> Bool {
        if words.count == 3 && words.is(0, "size") {
            photo.width = number(words.text[words[1]]) ?? 0
            photo.height = number(words.text[words[2]]) ?? 0
        } else if words.count == 3 && words.is(0, "tone") {
            guard let mean = Double(words.string(1)), let spread = Double(words.string(2)) else { return false }
            photo.tone = BackgroundTone(mean: mean, spread: spread)
        } else if words.count == 4 && words.is(0, "rendition") {
            guard let w = number(words.text[words[2]]), let h = number(words.text[words[3]]) else { return false }
            let name = names.first { words.is(1, $0) } ?? words.string(1)
            photo.renditions.append(DevelopedPhoto.Rendition(name: name, width: w, height: h))
        } else {
            return false
        }
        return true
    }

    /// The integer `word` spells: plain digits read directly, anything else as `Int(String)` reads it.
    static func number(_ word: some Collection<UInt8>) -> Int? {
        guard !word.isEmpty, word.count < 19, word.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return Int(String(decoding: word, as: UTF8.self))
        }
        return word.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
