import Diagnostics

/// Calls: macros (local, imported, namespaced), `super()` and `range()`.
extension Renderer {
    /// The value of a call; with `direct`, a macro writes its output straight into the page (for `{{ m() }}`, which
    /// would print the same text) and the call returns none.
    mutating func call(_ callee: Callee, _ positional: [Expression], _ named: [(String, Expression)], at position: SourcePosition,
                       direct: Bool = false) throws(Diagnostic) -> TemplateValue {
        if case .plain("super") = callee { return try renderSuper(at: position) }
        if case .plain("range") = callee, lookup(text: "range") == nil { return try range(positional, at: position) }
        let (owner, macro) = try resolve(callee, at: position)
        var arguments: [TemplateValue] = []
        for argument in positional { arguments.append(try evaluate(argument)) }
        var keywords: [(String, TemplateValue)] = []
        for (name, argument) in named { keywords.append((name, try evaluate(argument))) }
        guard arguments.count <= macro.parameters.count else {
            throw error("E-TEMPLATE-MACRO-ARITY", ["macro": macro.name, "count": "\(macro.parameters.count)", "given": "\(arguments.count)"],
                        at: position)
        }
        for (name, _) in keywords where !macro.parameters.contains(where: { $0.text == name }) {
            throw error("E-TEMPLATE-MACRO-NO-PARAM", ["macro": macro.name, "name": name], at: position)
        }
        for parameter in macro.parameters.dropFirst(arguments.count)
        where macro.defaults[parameter.text] == nil && !keywords.contains(where: { $0.0 == parameter.text }) {
            throw error("E-TEMPLATE-MACRO-MISSING-ARG", ["name": parameter.text, "macro": macro.name], at: position)
        }
        try spend(Self.callCost, at: position)
        try enter(at: position)
        let callLocation = template.location(position)
        let saved = (template, barrier, frameStart, names.count, chain, blocks)
        defer {
            depth -= 1
            names.removeSubrange(saved.3...); values.removeSubrange(saved.3...)
            (template, barrier, frameStart, chain, blocks) = (saved.0, saved.1, saved.2, saved.4, saved.5)
        }
        template = owner
        barrier = names.count
        frameStart = names.count
        blocks = []
        do throws(Diagnostic) {
            for (index, parameter) in macro.parameters.enumerated() {
                if index < arguments.count { names.append(parameter); values.append(arguments[index]); continue }
                if let keyword = keywords.last(where: { $0.0 == parameter.text }) { names.append(parameter); values.append(keyword.1); continue }
                let value = try macro.defaults[parameter.text].map { (e) throws(Diagnostic) in try evaluate(e) } ?? .null
                names.append(parameter); values.append(value)
            }
            if direct {
                try render(macro.body)
                return .null
            }
            return .safe(try capturing { (r: inout Renderer) throws(Diagnostic) in try r.render(macro.body) })
        } catch {
            throw error.addingNote("N-IN-MACRO", ["macro": macro.name], at: callLocation)
        }
    }

    /// Finds the macro a call names and the template it belongs to.
    private func resolve(_ callee: Callee, at position: SourcePosition) throws(Diagnostic) -> (Template, Macro) {
        switch callee {
        case .plain(let name):
            if let macro = template.macros[name] { return (template, macro) }
            if let imported = template.importedMacros[name] { return try macro(imported.name, in: imported.file, at: position) }
            if lookup(text: name) != nil { throw error(phrase: "P-TEMPLATE-VARIABLE-NOT-MACRO", ["name": name], at: position) }
            if let guess = Suggestion.closest(to: name, among: template.macros.keys) {
                throw error(phrase: "P-TEMPLATE-UNKNOWN-MACRO-GUESS", ["name": name, "guess": guess], at: position)
            }
            throw error(phrase: "P-TEMPLATE-UNKNOWN-MACRO", ["name": name], at: position)
        case .namespaced(let namespace, let name):
            guard let file = template.namespaces[namespace] else {
                throw error("E-TEMPLATE-NAMESPACE", ["namespace": namespace], at: position)
            }
            return try macro(name, in: file, at: position)
        }
    }

    private func macro(_ name: String, in file: String, at position: SourcePosition) throws(Diagnostic) -> (Template, Macro) {
        let owner: Template
        do { owner = try library.template(named: file) } catch { throw error.diagnostic(at: template.location(position)) }
        guard let macro = owner.macros[name] else { throw error("E-TEMPLATE-NO-MACRO", ["file": file, "name": name], at: position) }
        return (owner, macro)
    }

    /// `range(end)` or `range(start, end)`: the integers from start up to, not including, end.
    private mutating func range(_ arguments: [Expression], at position: SourcePosition) throws(Diagnostic) -> TemplateValue {
        var bounds: [Int] = []
        for argument in arguments {
            guard case .int(let n) = try evaluate(argument) else { throw error("E-TEMPLATE-RANGE-INT", [:], at: position) }
            bounds.append(n)
        }
        guard bounds.count == 1 || bounds.count == 2 else { throw error("E-TEMPLATE-RANGE-ARGS", [:], at: position) }
        let start = bounds.count == 2 ? bounds[0] : 0, end = bounds[bounds.count - 1]
        let (count, overflow) = end.subtractingReportingOverflow(start)
        guard !overflow, count <= 100_000 else { throw error("E-TEMPLATE-RANGE-SIZE", [:], at: position) }
        return .list(start < end ? (start..<end).map { .int($0) } : [])
    }
}
