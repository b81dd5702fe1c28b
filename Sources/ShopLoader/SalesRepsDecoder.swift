import FrontMatter
import ShopModel

/// Reads site.yaml `reps`: a list of `{ id, name, phone, wechat }`, each id valid and listed once.
enum SalesRepsDecoder {
    /// The reps in the order written; a malformed entry is an error at its line and left out.
    static func reps(_ reader: inout FieldReader) -> [SalesRep] {
        guard let node = reader.value("reps") else { return [] }
        guard let list = node.items else {
            reader.error("E-REPS-SHAPE", line: node.line)
            return []
        }
        var reps: [SalesRep] = []
        var seen: Set<String> = []
        for item in list {
            var fields = FieldReader(node: item, path: reader.path, line: item.line, what: "P-REP")
            let id = fields.text("id", required: true)
            let name = fields.text("name", required: true)
            let phone = fields.text("phone") ?? ""
            let wechat = fields.text("wechat") ?? ""
            fields.warnUnknownKeys(in: "`reps`")
            reader.diagnostics.append(contentsOf: fields.diagnostics)
            guard let id, let name else { continue }
            guard RepID.isValid(id) else {
                reader.error("E-REP-ID", ["id": id], line: item.line)
                continue
            }
            guard seen.insert(id).inserted else {
                reader.error("E-REP-DUPLICATE", ["id": id], line: item.line)
                continue
            }
            reps.append(SalesRep(id: RepID(id), name: name, phone: phone, wechat: wechat))
        }
        return reps
    }
}
