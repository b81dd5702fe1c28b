/// The text of a generated YAML file, line by line, with end-of-line comments aligned in one column
/// (CJK characters count as two columns, as a terminal shows them).
struct CommentedYAML {
    /// The column where comments start when the code is shorter.
    static let commentColumn = 30

    /// The lines so far, each ending in a newline.
    private(set) var text = ""

    /// Appends `code`, then `# comment` aligned at `commentColumn` (or two spaces after long code).
    mutating func line(_ code: String, _ comment: String = "") {
        text += code
        if !comment.isEmpty {
            let width = Self.displayWidth(code)
            text += String(repeating: " ", count: max(2, Self.commentColumn - width)) + "# " + comment
        }
        text += "\n"
    }

    /// Appends a whole-line comment (`# text`), indented like the code around it.
    mutating func comment(_ comment: String, indent: Int = 0) {
        text += String(repeating: " ", count: indent) + "# " + comment + "\n"
    }

    /// Appends a blank line.
    mutating func blank() { text += "\n" }

    /// Columns a terminal uses for `text`: two for East Asian wide characters, one otherwise.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}

extension CommentedYAML {
    /// The `customer:` line of an order or quote stub: the id, or the placeholder that `check` reports as unknown.
    mutating func customerLine(_ customer: String?) {
        if let customer {
            line("customer: \(YAMLText.scalar(customer))", "客户编号（必填，须已存在）/ customer id (required, must exist)")
        } else {
            line("customer: \(ItemReference.placeholder)", "请改为已有客户编号（shopsite new customer ID）/ replace with an existing customer id")
        }
    }
}
