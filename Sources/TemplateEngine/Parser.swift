/// Builds the tree of one template from its tokens, resolving filters against the environment.
struct Parser {
    var tokens: [Token]
    var index = 0
    let filters: [String: FilterBody]
    var result = ParsedTemplate()
    /// Open tags (`for`, `if` …) and where they start, to explain a stray or missing end tag.
    var openTags: [(keyword: String, position: SourcePosition)] = []

    static let endKeywords: [String: String] = [
        "endif": "if", "elif": "if", "else": "if or for", "endfor": "for", "endblock": "block",
        "endmacro": "macro", "endset": "set", "endraw": "raw",
    ]

    init(tokens: [Token], filters: [String: FilterBody]) {
        self.tokens = tokens
        self.filters = filters
    }

    /// The whole template.
    mutating func parse() throws(SyntaxError) -> ParsedTemplate {
        result.nodes = try parseNodes(until: []).nodes
        return result
    }

    var current: Token { tokens[index] }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// Nodes up to one of the `terminators` tags (whose keyword is consumed and returned) or the end.
    mutating func parseNodes(until terminators: Set<String>) throws(SyntaxError) -> (nodes: [Node], terminator: String?) {
        var nodes: [Node] = []
        while true {
            let token = current
            switch token.kind {
            case .text(let bytes):
                nodes.append(.text(bytes))
                advance()
            case .openPrint:
                advance()
                let expression = try parseExpression()
                try expect(.closePrint, after: "the expression")
                nodes.append(.output(expression, token.position))
            case .openTag:
                advance()
                guard case .name(let keyword) = current.kind else {
                    throw SyntaxError("expected a tag name after '{%', found \(current.display)", at: current.position)
                }
                let keywordPosition = current.position
                if terminators.contains(keyword) { advance(); return (nodes, keyword) }
                if let opener = Self.endKeywords[keyword] { throw strayEndTag(keyword, opener: opener, at: keywordPosition) }
                advance()
                if let node = try parseStatement(keyword, at: token.position, keywordPosition: keywordPosition) { nodes.append(node) }
            case .end:
                if let open = openTags.last {
                    let closer = open.keyword == "if" ? "endif" : "end" + open.keyword
                    throw SyntaxError("'\(open.keyword)' opened here is never closed: expected '{% \(closer) %}' before the end of the template", at: open.position)
                }
                return (nodes, nil)
            default:
                throw SyntaxError("unexpected \(token.display) outside a tag", at: token.position)
            }
        }
    }

    func strayEndTag(_ keyword: String, opener: String, at position: SourcePosition) -> SyntaxError {
        guard let open = openTags.last else {
            return SyntaxError("'\(keyword)' without a matching '\(opener)'", at: position)
        }
        let closer = open.keyword == "if" ? "endif" : "end" + open.keyword
        return SyntaxError("unexpected '\(keyword)': expected '\(closer)' to close '\(open.keyword)' opened at \(open.position.description)", at: position)
    }

    /// Consumes `kind` or fails naming what was expected.
    mutating func expect(_ kind: Token.Kind, after what: String) throws(SyntaxError) {
        guard current.kind == kind else {
            let wanted = Token(kind: kind, position: current.position).display
            throw SyntaxError("expected \(wanted) after \(what), found \(current.display)", at: current.position)
        }
        advance()
    }

    /// Consumes an identifier and returns it.
    mutating func expectName(_ what: String) throws(SyntaxError) -> String {
        guard case .name(let name) = current.kind else {
            throw SyntaxError("expected \(what), found \(current.display)", at: current.position)
        }
        advance()
        return name
    }

    /// Consumes the keyword `word` (`in`, `as`, `import`).
    mutating func expectKeyword(_ word: String, after what: String) throws(SyntaxError) {
        guard case .name(word) = current.kind else {
            throw SyntaxError("expected '\(word)' after \(what), found \(current.display)", at: current.position)
        }
        advance()
    }

    /// Whether the current token is the symbol `s`; consumes it if so.
    mutating func accept(symbol s: String) -> Bool {
        guard case .symbol(s) = current.kind else { return false }
        advance()
        return true
    }

    /// Whether the current token is the keyword `word`; consumes it if so.
    mutating func accept(keyword word: String) -> Bool {
        guard case .name(word) = current.kind else { return false }
        advance()
        return true
    }
}
