/// `{% raw %}…{% endraw %}`: the content is emitted verbatim, tags and all.
extension Lexer {
    /// When the tag just opened is `raw`, consumes through the matching `endraw` and returns true.
    mutating func lexRawBlock(openedAt open: SourcePosition) throws(SyntaxError) -> Bool {
        var probe = offset
        func skipSpaces() { while probe < bytes.count, bytes[probe].isTemplateWhitespace { probe += 1 } }
        skipSpaces()
        guard matches("raw", at: probe) else { return false }
        probe += 3
        skipSpaces()
        var trimAfterOpen = false
        if matches("-", at: probe) { trimAfterOpen = true; probe += 1 }
        guard matches("%}", at: probe) else { return false }
        advance(probe + 2 - offset)
        let contentStart = offset, contentPosition = position
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "{"), peek(1) == UInt8(ascii: "%"), let end = endRawTag(at: offset) {
                var content = Array(bytes[contentStart..<offset])
                if end.trimsBefore { while let b = content.last, b.isTemplateWhitespace { content.removeLast() } }
                if trimAfterOpen { while let b = content.first, b.isTemplateWhitespace { content.removeFirst() } }
                if !content.isEmpty { tokens.append(Token(kind: .text(content), position: contentPosition)) }
                advance(end.length)
                trimNextText = end.trimsAfter
                return true
            }
            advance()
        }
        throw SyntaxError("P-TEMPLATE-UNCLOSED-RAW", ["open": "{% raw %}", "close": "{% endraw %}"], at: open)
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        let pattern = Array(literal.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    /// The `{% endraw %}` tag starting at `index`, if it is one: its length and trim flags.
    private func endRawTag(at index: Int) -> (length: Int, trimsBefore: Bool, trimsAfter: Bool)? {
        var i = index + 2
        var trimsBefore = false, trimsAfter = false
        if matches("-", at: i) { trimsBefore = true; i += 1 }
        while i < bytes.count, bytes[i].isTemplateWhitespace { i += 1 }
        guard matches("endraw", at: i) else { return nil }
        i += 6
        while i < bytes.count, bytes[i].isTemplateWhitespace { i += 1 }
        if matches("-", at: i) { trimsAfter = true; i += 1 }
        guard matches("%}", at: i) else { return nil }
        return (i + 2 - index, trimsBefore, trimsAfter)
    }
}
