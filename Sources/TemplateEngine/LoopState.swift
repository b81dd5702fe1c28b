/// The `loop` variable inside `for`: `loop.index`, `loop.index0`, `loop.first`, `loop.last`, `loop.length`, `loop.revindex`.
struct LoopState: TemplateObject {
    let index0: Int
    let length: Int

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
