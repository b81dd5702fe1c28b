/// Reads `xl/sharedStrings.xml`: each `<si>`'s text, rich-text runs joined, phonetic runs (`<rPh>`) left out.
final class XLSXSharedStringsHandler: XMLEventHandler {
    /// The strings in order.
    private(set) var strings: [String] = []
    /// Set when one string is longer than a cell may be.
    private(set) var tooLong = false
    private var current: [UInt8] = []
    private var inText = false
    private var inPhonetic = false

    func start(_ tag: XMLTag) {
        if tag.named("si") {
            current.removeAll(keepingCapacity: true)
        } else if tag.named("t") {
            inText = !inPhonetic
        } else if tag.named("rPh") {
            inPhonetic = true
        }
    }

    func end(_ name: UnsafePointer<CChar>) {
        if XMLTag.localName(name, is: "t") {
            inText = false
        } else if XMLTag.localName(name, is: "rPh") {
            inPhonetic = false
        } else if XMLTag.localName(name, is: "si") {
            strings.append(String(decoding: current, as: UTF8.self))
        }
    }

    func text(_ bytes: UnsafeRawBufferPointer) {
        guard inText else { return }
        guard current.count + bytes.count <= ImportTable.maximumCellBytes else { tooLong = true; return }
        current.append(contentsOf: bytes)
    }
}
