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
        let lines = ByteFields.split(bytes, lineBreak).filter { !$0.isEmpty }
            .map { ByteFields.split($0, UInt8(ascii: " ")).filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) } }
        guard lines.first == ["shopsite-photo", "1"] else { return nil }
        var format: PhotoFormat?, width = 0, height = 0, tone: BackgroundTone?, renditions: [DevelopedPhoto.Rendition] = []
        for line in lines.dropFirst() {
            switch (line.first, line.count) {
            case ("format", 2): format = PhotoFormat(rawValue: line[1])
            case ("size", 3): width = Int(line[1]) ?? 0; height = Int(line[2]) ?? 0
            case ("tone", 3):
                guard let mean = Double(line[1]), let spread = Double(line[2]) else { return nil }
                tone = BackgroundTone(mean: mean, spread: spread)
            case ("rendition", 4):
                guard let w = Int(line[2]), let h = Int(line[3]) else { return nil }
                renditions.append(DevelopedPhoto.Rendition(name: line[1], width: w, height: h))
            default: return nil
            }
        }
        guard let format, width > 0, height > 0 else { return nil }
        return DevelopedPhoto(format: format, width: width, height: height, tone: tone, renditions: renditions)
    }
}
