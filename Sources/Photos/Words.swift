/// The space-separated words of one line of `text` (empty words dropped) as index ranges: the first four kept, all
/// counted (no facts line has more than four, so a fifth only makes the line wrong).
struct Words {
    /// The bytes the ranges index.
    let text: UnsafeBufferPointer<UInt8>
    /// How many words the line has.
    private(set) var count = 0
    private var kept: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0)

    /// The words of `text[line]`.
    init(_ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) {
        self.text = text
        var i = line.lowerBound
        while i < line.upperBound {
            guard text[i] != UInt8(ascii: " ") else { i += 1; continue }
            let start = i
            while i < line.upperBound && text[i] != UInt8(ascii: " ") { i += 1 }
            switch count {
            case 0: kept.0 = start..<i
            case 1: kept.1 = start..<i
            case 2: kept.2 = start..<i
            case 3: kept.3 = start..<i
            default: break
            }
            count += 1
        }
    }

    /// The range of word `i` (0 to 3).
    subscript(_ i: Int) -> Range<Int> {
        switch i {
        case 0: kept.0
        case 1: kept.1
        case 2: kept.2
        default: kept.3
        }
    }

    /// Whether word `i` is exactly `word`'s bytes (a literal).
    func `is`(_ i: Int, _ word: StaticString) -> Bool {
        ByteFields.equal(text, self[i], word)
    }

    /// Whether word `i` is exactly `word`'s bytes.
    func `is`(_ i: Int, _ word: String) -> Bool {
        ByteFields.equal(text, self[i], word)
    }

    /// Word `i` as a string.
    func string(_ i: Int) -> String {
        String(decoding: text[self[i]], as: UTF8.self)
    }
}
