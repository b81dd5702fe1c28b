/// The tags: `if`, `for`, `set`, `block`, `extends`, `include`, `macro`, `import`, `from`.
extension Parser {
    mutating func parseStatement(_ keyword: String, at open: SourcePosition, keywordPosition: SourcePosition) throws(SyntaxError) -> Node? {
        switch keyword {
        case "if": return try parseIf(at: open)
        case "for": return try parseFor(at: open)
        case "set": return try parseSet(at: open)
        case "block": return try parseBlock(at: open)
        case "macro": try parseMacro(at: open); return nil
        case "extends":
            guard openTags.isEmpty else { throw SyntaxError("'extends' must be at the top level of the template", at: keywordPosition) }
            let (name, position) = try parseTemplateName(for: "extends")
            if result.parent != nil { throw SyntaxError("a template can extend only one parent", at: keywordPosition) }
            result.parent = (name, position)
            result.references.append(TemplateReference(name: name, kind: .extends, position: position))
            try expect(.closeTag, after: "the 'extends' name")
            return nil
        case "include":
            let position = current.position
            let name = try parseExpression()
            if case .literal(.string(let text)) = name {
                if let problem = TemplateName.problem(with: text) { throw SyntaxError(problem, at: position) }
                result.references.append(TemplateReference(name: TemplateName.normalized(text), kind: .include, position: position))
            }
            var ignoreMissing = false
            if accept(keyword: "ignore") { try expectKeyword("missing", after: "'ignore'"); ignoreMissing = true }
            try expect(.closeTag, after: "the 'include' name")
            return .include(name, ignoreMissing: ignoreMissing, position)
        case "import":
            let (file, filePosition) = try parseTemplateName(for: "import")
            result.references.append(TemplateReference(name: file, kind: .import, position: filePosition))
            try expectKeyword("as", after: "the imported file name")
            result.namespaces[try expectName("a namespace name after 'as'")] = file
            try expect(.closeTag, after: "the 'import'")
            return nil
        case "from":
            let (file, filePosition) = try parseTemplateName(for: "from")
            result.references.append(TemplateReference(name: file, kind: .import, position: filePosition))
            try expectKeyword("import", after: "the file name")
            repeat {
                let position = current.position
                let name = try expectName("a macro name to import")
                let alias = accept(keyword: "as") ? try expectName("a name after 'as'") : name
                result.importedMacros[alias] = (file, name, position)
            } while accept(symbol: ",")
            try expect(.closeTag, after: "the imported names")
            return nil
        default:
            throw SyntaxError("unknown tag '\(keyword)'; expected one of if, for, set, block, extends, include, macro, import, from, raw", at: keywordPosition)
        }
    }

    private mutating func parseTemplateName(for tag: String) throws(SyntaxError) -> (String, SourcePosition) {
        let position = current.position
        guard case .string(let name) = current.kind else {
            throw SyntaxError("expected a quoted template name after '\(tag)', found \(current.display)", at: position)
        }
        if let problem = TemplateName.problem(with: name) { throw SyntaxError(problem, at: position) }
        advance()
        return (TemplateName.normalized(name), position)
    }

    private mutating func parseIf(at open: SourcePosition) throws(SyntaxError) -> Node {
        try openTag(("if", open))
        var branches: [(Expression, [Node])] = []
        var condition = try parseExpression()
        try expect(.closeTag, after: "the 'if' condition")
        while true {
            let (body, terminator) = try parseNodes(until: ["elif", "else", "endif"])
            branches.append((condition, body))
            if terminator == "elif" {
                condition = try parseExpression()
                try expect(.closeTag, after: "the 'elif' condition")
                continue
            }
            var otherwise: [Node] = []
            try expect(.closeTag, after: "'\(terminator ?? "endif")'")
            if terminator == "else" {
                otherwise = try parseNodes(until: ["endif"]).nodes
                try expect(.closeTag, after: "'endif'")
            }
            openTags.removeLast()
            return .conditional(branches, otherwise: otherwise)
        }
    }

    private mutating func parseFor(at open: SourcePosition) throws(SyntaxError) -> Node {
        var variables = [Symbol(try expectName("a loop variable after 'for'"))]
        if accept(symbol: ",") { variables.append(Symbol(try expectName("a second loop variable after ','"))) }
        try expectKeyword("in", after: "the loop variable")
        let sequence = try parseExpression()
        try expect(.closeTag, after: "the 'for' sequence")
        try openTag(("for", open))
        let (body, terminator) = try parseNodes(until: ["else", "endfor"])
        try expect(.closeTag, after: "'\(terminator ?? "endfor")'")
        var otherwise: [Node] = []
        if terminator == "else" {
            otherwise = try parseNodes(until: ["endfor"]).nodes
            try expect(.closeTag, after: "'endfor'")
        }
        openTags.removeLast()
        return .loop(Loop(variables: variables, sequence: sequence, body: body, otherwise: otherwise, position: open))
    }

    private mutating func parseSet(at open: SourcePosition) throws(SyntaxError) -> Node {
        let name = try expectName("a variable name after 'set'")
        if accept(symbol: "=") {
            let value = try parseExpression()
            try expect(.closeTag, after: "the 'set' value")
            return .set(Symbol(name), value)
        }
        try expect(.closeTag, after: "'set \(name)' (write '=' and a value, or close the tag to capture a block)")
        try openTag(("set", open))
        let body = try parseNodes(until: ["endset"]).nodes
        try expect(.closeTag, after: "'endset'")
        openTags.removeLast()
        return .capture(Symbol(name), body)
    }

    private mutating func parseBlock(at open: SourcePosition) throws(SyntaxError) -> Node {
        let namePosition = current.position
        let name = try expectName("a block name after 'block'")
        try expect(.closeTag, after: "the block name")
        if result.blocks[name] != nil { throw SyntaxError("block '\(name)' is defined twice in this template", at: namePosition) }
        // Claimed before the body is parsed, so a block nested in itself is refused (it would render forever).
        result.blocks[name] = []
        try openTag(("block", open))
        let body = try parseNodes(until: ["endblock"]).nodes
        if case .name(let closing) = current.kind {
            guard closing == name else { throw SyntaxError("'endblock \(closing)' closes block '\(name)'", at: current.position) }
            advance()
        }
        try expect(.closeTag, after: "'endblock'")
        openTags.removeLast()
        result.blocks[name] = body
        return .block(name, open)
    }

    private mutating func parseMacro(at open: SourcePosition) throws(SyntaxError) {
        let namePosition = current.position
        let name = try expectName("a macro name after 'macro'")
        try expect(.symbol("("), after: "the macro name")
        var parameters: [Symbol] = [], defaults: [String: Expression] = [:]
        while !accept(symbol: ")") {
            if !parameters.isEmpty { try expect(.symbol(","), after: "a macro parameter") }
            let parameter = try expectName("a parameter name")
            parameters.append(Symbol(parameter))
            if accept(symbol: "=") { defaults[parameter] = try parseExpression() }
        }
        try expect(.closeTag, after: "the macro parameters")
        if result.macros[name] != nil { throw SyntaxError("macro '\(name)' is defined twice in this template", at: namePosition) }
        try openTag(("macro", open))
        let body = try parseNodes(until: ["endmacro"]).nodes
        try expect(.closeTag, after: "'endmacro'")
        openTags.removeLast()
        result.macros[name] = Macro(name: name, parameters: parameters, defaults: defaults, body: body, position: open)
    }
}
