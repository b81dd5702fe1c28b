/// The `loop` variable inside `for`: `loop.index`, `loop.index0`, `loop.first`, `loop.last`, `loop.length`, `loop.revindex`.
///
/// One instance serves a whole loop: the renderer moves `index0` on before each pass, so no value is allocated per
/// item. That is safe because nothing bound inside a pass outlives it (the loop's frame is cleared before the next
/// pass and dropped after the last), and the renderer of one page runs on one thread.
final class LoopState: TemplateObject, @unchecked Sendable {
    var index0: Int
    let length: Int

    init(index0: Int, length: Int) {
        self.index0 = index0
        self.length = length
    }

    func member(_ name: String) -> TemplateValue? {
        switch name {
        case "index": .int(index0 + 1)
        case "index0": .int(index0)
        case "first": .bool(index0 == 0)
        case "last": .bool(index0 == length - 1)
        case "length": .int(length)
        case "revindex": .int(length - index0)
        case "revindex0": .int(length - index0 - 1)
        default: nil
        }
    }

    var memberNames: [String] { ["index", "index0", "first", "last", "length", "revindex", "revindex0"] }
}
