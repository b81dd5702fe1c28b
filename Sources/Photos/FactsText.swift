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
    /// Each line's words stay byte slices; only the short keywords and the names become strings.
    static func decode(_ bytes: ArraySlice<UInt8>, lineBreak: UInt8) -> DevelopedPhoto? {
        var format: PhotoFormat?, width = 0, height = 0, tone: BackgroundTone?, renditions: [DevelopedPhoto.Rendition] = []
        var first = true
        for line in ByteFields.split(bytes, lineBreak) where !line.isEmpty {
            let words = ByteFields.split(line, UInt8(ascii: " ")).filter { !$0.isEmpty }
            guard let key = words.first.map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
            if first {
                guard key == "shopsite-photo", words.count == 2, words[1].elementsEqual("1".utf8) else { return nil }
                first = false
                continue
            }
            switch (key, words.count) {
            case ("format", 2): format = PhotoFormat(rawValue: String(decoding: words[1], as: UTF8.self))
            case ("size", 3): width = number(words[1]) ?? 0; height = number(words[2]) ?? 0
            case ("tone", 3):
                guard let mean = Double(String(decoding: words[1], as: UTF8.self)),
                      let spread = Double(String(decoding: words[2], as: UTF8.self)) else { return nil }
                tone = BackgroundTone(mean: mean, spread: spread)
            case ("rendition", 4):
                guard let w = number(words[2]), let h = number(words[3]) else { return nil }
                renditions.append(DevelopedPhoto.Rendition(name: String(decoding: words[1], as: UTF8.self), width: w, height: h))
            default: return nil
            }
        }
        guard !first, let format, width > 0, height > 0 else { return nil }
        return DevelopedPhoto(format: format, width: width, height: height, tone: tone, renditions: renditions)
    }

    /// The integer `word` spells: plain digits read directly, anything else as `Int(String)` reads it.
    static func number(_ word: ArraySlice<UInt8>) -> Int? {
        guard !word.isEmpty, word.count < 19, word.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return Int(String(decoding: word, as: UTF8.self))
        }
        return word.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
