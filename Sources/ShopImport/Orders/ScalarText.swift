/// Reads the value of a one-line `key: value  # comment` as YAML would: quotes removed, the comment apart.
enum ScalarText {
    /// The value's text and the comment (`# …`, empty when none).
    static func split(_ rest: String) -> (value: String, comment: String) {
        let text = rest.drop { $0 == " " || $0 == "\t" }
        guard let first = text.first else { return ("", "") }
        if first == "\"" || first == "'" {
            var value = ""
            var index = text.index(after: text.startIndex)
            while index < text.endIndex {
                let c = text[index]
                if first == "'" && c == "'" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "'" { value.append("'"); index = text.index(after: next); continue }
                    return (value, comment(text[text.index(after: index)...]))
                }
                if first == "\"" && c == "\\" {
                    let next = text.index(after: index)
                    guard next < text.endIndex else { break }
                    value.append(text[next] == "n" ? "\n" : text[next] == "t" ? "\t" : text[next])
                    index = text.index(after: next)
                    continue
                }
                if first == "\"" && c == "\"" { return (value, comment(text[text.index(after: index)...])) }
                value.append(c)
                index = text.index(after: index)
            }
            return (value, "")
        }
        var previous: Character = " "
        for index in text.indices {
            if text[index] == "#", previous == " " || previous == "\t", index != text.startIndex {
                return (String(text[..<index]).trimmingTrailingSpaces, String(text[index...]))
            }
            previous = text[index]
        }
        return (String(text).trimmingTrailingSpaces, "")
    }

    private static func comment(_ rest: Substring) -> String {
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        return trimmed.hasPrefix("#") ? String(trimmed) : ""
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }
}
