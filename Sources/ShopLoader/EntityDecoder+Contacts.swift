import FrontMatter
import ShopModel

extension EntityDecoder {
    /// The `contacts` list of a customer: each entry needs a date and a kind; a bad entry is left out with its error.
    func contactLog(_ reader: inout FieldReader) -> [ContactEntry] {
        guard let node = reader.value("contacts") else { return [] }
        guard let list = node.items else {
            reader.error("E-CONTACTS-SHAPE", line: node.line)
            return []
        }
        var entries: [ContactEntry] = []
        entries.reserveCapacity(list.count)
        for item in list {
            var fields = FieldReader(node: item, path: reader.path, line: item.line, what: "P-CONTACT")
            let date = fields.day("date", required: true)
            let kind = fields.choice("kind", among: ContactKind.allCases, required: true)
            let channel = fields.text("channel") ?? ""
            let note = fields.text("note") ?? ""
            fields.warnUnknownKeys(in: "P-CONTACT")
            reader.diagnostics.append(contentsOf: fields.diagnostics)
            guard let date, let kind else { continue }
            entries.append(ContactEntry(date: date, kind: kind, channel: channel, note: note, line: item.line))
        }
        return entries
    }
}
