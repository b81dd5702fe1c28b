import Diagnostics

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
            guard openTags.isEmpty else { throw SyntaxError("P-TEMPLATE-EXTENDS-NESTED", at: keywordPosition) }
            let (name, position) = try parseTemplateName(for: "extends")
            if result.parent != nil { throw SyntaxError("P-TEMPLATE-EXTENDS-TWICE", at: keywordPosition) }
            result.parent = (name, position)
            result.references.append(TemplateReference(name: name, kind: .extends, position: position))
            try expect(.closeTag, after: "P-TEMPLATE-WHAT-EXTENDS-NAME")
            return nil
        case "include":
            let position = current.position
            let name = try parseExpression()
            if case .literal(.string(let text)) = name {
                if let problem = TemplateName.problemPhrase(with: text) { throw SyntaxError(problem.code, problem.arguments, at: position) }
                result.references.append(TemplateReference(name: TemplateName.normalized(text), kind: .include, position: position))
            }
            var ignoreMissing = false
            if accept(keyword: "ignore") { try expectKeyword("missing", after: "P-TEMPLATE-WHAT-IGNORE"); ignoreMissing = true }
            try expect(.closeTag, after: "P-TEMPLATE-WHAT-INCLUDE-NAME")
            return .include(name, ignoreMissing: ignoreMissing, position)
        case "import":
            let (file, filePosition) = try parseTemplateName(for: "import")
            result.references.append(TemplateReference(name: file, kind: .import, position: filePosition))
            try expectKeyword("as", after: "P-TEMPLATE-WHAT-IMPORTED-FILE")
            result.namespaces[try expectName("P-TEMPLATE-WHAT-NAMESPACE")] = file
            try expect(.closeTag, after: "P-TEMPLATE-WHAT-IMPORT")
            return nil
        case "from":
            let (file, filePosition) = try parseTemplateName(for: "from")
            result.references.append(TemplateReference(name: file, kind: .import, position: filePosition))
            try expectKeyword("import", after: "P-TEMPLATE-WHAT-FILE-NAME")
            repeat {
                let position = current.position
                let name = try expectName("P-TEMPLATE-WHAT-MACRO-TO-IMPORT")
                let alias = accept(keyword: "as") ? try expectName("P-TEMPLATE-WHAT-NAME-AFTER-AS") : name
                result.importedMacros[alias] = (file, name, position)
            } while accept(symbol: ",")
            try expect(.closeTag, after: "P-TEMPLATE-WHAT-IMPORTED-NAMES")
            return nil
        default:
            throw SyntaxError("P-TEMPLATE-UNKNOWN-TAG", ["tag": keyword], at: keywordPosition)
        }
    }

    private mutating func parseTemplateName(for tag: String) throws(SyntaxError) -> (String, SourcePosition) {
        let position = current.position
        guard case .string(let name) = current.kind else {
            throw SyntaxError("P-TEMPLATE-EXPECTED-TEMPLATE-NAME", current.found(["tag": tag]), at: position)
        }
        if let problem = TemplateName.problemPhrase(with: name) { throw SyntaxError(problem.code, problem.arguments, at: position) }
        advance()
        return (TemplateName.normalized(name), position)
    }

    private mutating func parseIf(at open: SourcePosition) throws(SyntaxError) -> Node {
        try openTag(("if", open))
        var branches: [(Expression, [Node])] = []
        var condition = try parseExpression()
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-IF-CONDITION")
        while true {
            let (body, terminator) = try parseNodes(until: ["elif", "else", "endif"])
            branches.append((condition, body))
            if terminator == "elif" {
                condition = try parseExpression()
                try expect(.closeTag, after: "P-TEMPLATE-WHAT-ELIF-CONDITION")
                continue
            }
            var otherwise: [Node] = []
            try expect(.closeTag, after: "P-TEMPLATE-WHAT-TAG", ["tag_word": terminator ?? "endif"])
            if terminator == "else" {
                otherwise = try parseNodes(until: ["endif"]).nodes
                try expect(.closeTag, after: "P-TEMPLATE-WHAT-TAG", ["tag_word": "endif"])
            }
            openTags.removeLast()
            return .conditional(Conditional(branches, otherwise: otherwise))
        }
    }

    private mutating func parseFor(at open: SourcePosition) throws(SyntaxError) -> Node {
        var variables = [Symbol(try expectName("P-TEMPLATE-WHAT-FOR-VARIABLE"))]
        if accept(symbol: ",") { variables.append(Symbol(try expectName("P-TEMPLATE-WHAT-SECOND-VARIABLE"))) }
        try expectKeyword("in", after: "P-TEMPLATE-WHAT-LOOP-VARIABLE")
        let sequence = try parseExpression()
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-FOR-SEQUENCE")
        try openTag(("for", open))
        let (body, terminator) = try parseNodes(until: ["else", "endfor"])
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-TAG", ["tag_word": terminator ?? "endfor"])
        var otherwise: [Node] = []
        if terminator == "else" {
            otherwise = try parseNodes(until: ["endfor"]).nodes
            try expect(.closeTag, after: "P-TEMPLATE-WHAT-TAG", ["tag_word": "endfor"])
        }
        openTags.removeLast()
        return .loop(Loop(variables: variables, sequence: sequence, body: body, otherwise: otherwise, position: open))
    }

    private mutating func parseSet(at open: SourcePosition) throws(SyntaxError) -> Node {
        let name = try expectName("P-TEMPLATE-WHAT-SET-NAME")
        if accept(symbol: "=") {
            let value = try parseExpression()
            try expect(.closeTag, after: "P-TEMPLATE-WHAT-SET-VALUE")
            return .set(Symbol(name), value)
        }
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-SET-CAPTURE", ["set_name": name])
        try openTag(("set", open))
        let body = try parseNodes(until: ["endset"]).nodes
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-TAG", ["tag_word": "endset"])
        openTags.removeLast()
        return .capture(Symbol(name), body)
    }

    private mutating func parseBlock(at open: SourcePosition) throws(SyntaxError) -> Node {
        let namePosition = current.position
        let name = try expectName("P-TEMPLATE-WHAT-BLOCK-AFTER")
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-BLOCK-NAME")
        if result.blocks[name] != nil { throw SyntaxError("P-TEMPLATE-BLOCK-TWICE", ["name": name], at: namePosition) }
        // Claimed before the body is parsed, so a block nested in itself is refused (it would render forever).
        result.blocks[name] = []
        try openTag(("block", open))
        let body = try parseNodes(until: ["endblock"]).nodes
        if case .name(let closing) = current.kind {
            guard closing == name else { throw SyntaxError("P-TEMPLATE-ENDBLOCK-MISMATCH", ["closing": closing, "name": name], at: current.position) }
            advance()
        }
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-TAG", ["tag_word": "endblock"])
        openTags.removeLast()
        result.blocks[name] = body
        return .block(name, open)
    }

    private mutating func parseMacro(at open: SourcePosition) throws(SyntaxError) {
        let namePosition = current.position
        let name = try expectName("P-TEMPLATE-WHAT-MACRO-AFTER")
        try expect(.symbol("("), after: "P-TEMPLATE-WHAT-MACRO-NAME")
        var parameters: [Symbol] = [], defaults: [String: Expression] = [:]
        while !accept(symbol: ")") {
            if !parameters.isEmpty { try expect(.symbol(","), after: "P-TEMPLATE-WHAT-MACRO-PARAMETER") }
            let parameter = try expectName("P-TEMPLATE-WHAT-PARAMETER-NAME")
            parameters.append(Symbol(parameter))
            if accept(symbol: "=") { defaults[parameter] = try parseExpression() }
        }
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-MACRO-PARAMETERS")
        if result.macros[name] != nil { throw SyntaxError("P-TEMPLATE-MACRO-TWICE", ["name": name], at: namePosition) }
        try openTag(("macro", open))
        let body = try parseNodes(until: ["endmacro"]).nodes
        try expect(.closeTag, after: "P-TEMPLATE-WHAT-TAG", ["tag_word": "endmacro"])
        openTags.removeLast()
        result.macros[name] = Macro(name: name, parameters: parameters, defaults: defaults, body: body, position: open)
    }
}
