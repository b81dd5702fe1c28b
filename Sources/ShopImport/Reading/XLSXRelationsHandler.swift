/// Reads `xl/_rels/workbook.xml.rels`: each relationship's id and target.
final class XLSXRelationsHandler: XMLEventHandler {
    /// Target by relationship id.
    private(set) var targets: [String: String] = [:]

    func start(_ tag: XMLTag) {
        guard tag.named("Relationship"), let id = tag.attribute("Id"), let target = tag.attribute("Target") else { return }
        targets[id] = target
    }

    func end(_ name: UnsafePointer<CChar>) {}

    func text(_ bytes: UnsafeRawBufferPointer) {}

    /// The zip entry a workbook relationship target names (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`).
    static func entry(forTarget target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}
