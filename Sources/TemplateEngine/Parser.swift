import Diagnostics

/// Builds the tree of one template from its tokens, resolving filters against the environment.
struct Parser {
    var tokens: [Token]
    var index = 0
    let filters: [String: FilterBody]
    var result = ParsedTemplate()
    /// Open tags (`for`, `if` …) and where they start, to explain a stray or missing end tag.
    var openTags: [(keyword: String, position: SourcePosition)] = []
    /// How deep the expression being parsed is (parentheses, lists, `not`, unary `-`, operator and filter chains).
    var expressionDepth = 0
    /// The deepest nesting of tags a template may use (the parser and renderer recurse).
    static let maximumNesting = 100
    /// The deepest expression tree a template may use (`a ~ b ~ c` is three deep: evaluation recurses).
    static let maximumExpressionDepth = 100

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
                try expect(.closePrint, after: "P-TEMPLATE-WHAT-EXPRESSION")
                nodes.append(.output(Output(expression, at: token.position)))
            case .openTag:
                advance()
                guard case .name(let keyword) = current.kind else {
                    throw SyntaxError("P-TEMPLATE-EXPECTED-TAG-NAME", current.found(["open": "{%"]), at: current.position)
                }
                let keywordPosition = current.position
                if terminators.contains(keyword) { advance(); return (nodes, keyword) }
                if let opener = Self.endKeywords[keyword] { throw strayEndTag(keyword, opener: opener, at: keywordPosition) }
                advance()
                if let node = try parseStatement(keyword, at: token.position, keywordPosition: keywordPosition) { nodes.append(node) }
            case .end:
                if let open = openTags.last {
                    let closer = open.keyword == "if" ? "endif" : "end" + open.keyword
                    throw SyntaxError("P-TEMPLATE-NEVER-CLOSED", ["tag": open.keyword, "closer": "{% " + closer + " %}"], at: open.position)
                }
                return (nodes, nil)
            default:
                throw SyntaxError("P-TEMPLATE-OUTSIDE-TAG", token.found(), at: token.position)
            }
        }
    }

    func strayEndTag(_ keyword: String, opener: String, at position: SourcePosition) -> SyntaxError {
        guard let open = openTags.last else {
            return SyntaxError("P-TEMPLATE-STRAY-END", ["tag": keyword, "opener": opener], at: position)
        }
        let closer = open.keyword == "if" ? "endif" : "end" + open.keyword
        return SyntaxError("P-TEMPLATE-WRONG-END", ["tag": keyword, "closer": closer, "open": open.keyword, "at": open.position.description],
                           at: position)
    }

    /// Records an opened tag, refusing nesting deeper than `maximumNesting`.
    mutating func openTag(_ tag: (keyword: String, position: SourcePosition)) throws(SyntaxError) {
        guard openTags.count < Parser.maximumNesting else {
            throw SyntaxError("P-TEMPLATE-TAGS-TOO-DEEP", ["levels": "\(Parser.maximumNesting)"], at: tag.position)
        }
        openTags.append(tag)
    }

    /// Counts one more level of expression nesting, refusing more than `maximumExpressionDepth`;
    /// the caller takes it back (`expressionDepth -= 1`) when the nested part is parsed.
    mutating func enterExpression() throws(SyntaxError) {
        guard expressionDepth < Parser.maximumExpressionDepth else {
            throw SyntaxError("P-TEMPLATE-EXPRESSION-TOO-DEEP", ["levels": "\(Parser.maximumExpressionDepth)"], at: current.position)
        }
        expressionDepth += 1
    }

    /// Counts one more link of a left-deep chain (`a ~ b ~ c`, `x | f | g`, `a.b.c`) in `links`.
    mutating func lengthenChain(_ links: inout Int) throws(SyntaxError) {
        try enterExpression()
        links += 1
    }

    /// Consumes `kind` or fails naming what was expected.
    /// `what` is a phrase code (`P-TEMPLATE-WHAT-…`) whose text may use `arguments`.
    mutating func expect(_ kind: Token.Kind, after what: MessageCode, _ arguments: [String: String] = [:]) throws(SyntaxError) {
        guard current.kind == kind else {
            let wanted = Token(kind: kind, position: current.position).display
            throw SyntaxError("P-TEMPLATE-EXPECTED-AFTER", current.found(arguments.merging(["wanted": wanted, "what": what.rawValue]) { $1 }),
                              at: current.position)
        }
        advance()
    }

    /// Consumes an identifier and returns it.
    mutating func expectName(_ what: MessageCode) throws(SyntaxError) -> String {
        guard case .name(let name) = current.kind else {
            throw SyntaxError("P-TEMPLATE-EXPECTED", current.found(["what": what.rawValue]), at: current.position)
        }
        advance()
        return name
    }

    /// Consumes the keyword `word` (`in`, `as`, `import`).
    mutating func expectKeyword(_ word: String, after what: MessageCode) throws(SyntaxError) {
        guard case .name(word) = current.kind else {
            throw SyntaxError("P-TEMPLATE-EXPECTED-KEYWORD", current.found(["word": word, "what": what.rawValue]), at: current.position)
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
