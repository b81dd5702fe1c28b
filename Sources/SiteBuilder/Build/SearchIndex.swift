import ShopModel

/// `search-index.json`: one entry per catalog product (sku, title, category, type, from price, MOQ, url, keywords).
enum SearchIndex {
    /// The JSON bytes, products in sku order; `<`, `>` and `&` are escaped so the file is safe anywhere.
    static func json(for data: SiteData) -> [UInt8] {
        var out = "["
        var first = true
        for product in data.shop.products where product.status != .delisted {
            out += first ? "\n" : ",\n"
            first = false
            out += "{\"sku\":" + quoted(product.sku.rawValue)
            out += ",\"title\":" + quoted(product.title)
            out += ",\"category\":" + quoted(product.category)
            out += ",\"type\":" + quoted(product.type.rawValue)
            out += ",\"price\":" + (product.fromPrice.map { quoted($0.plain) } ?? "null")
            out += ",\"moq\":" + (product.moq.map(String.init) ?? "null")
            out += ",\"url\":" + quoted("products/\(product.sku.rawValue)/index.html")
            out += ",\"keywords\":[" + product.keywords.map(quoted).joined(separator: ",") + "]}"
        }
        out += first ? "]\n" : "\n]\n"
        return Array(out.utf8)
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
