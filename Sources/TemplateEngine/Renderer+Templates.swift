import Diagnostics

/// Whole templates with their extends chain, blocks with `super()`, and `include`.
extension Renderer {
    /// Renders a template by name, following its `extends` chain to the root layout.
    mutating func renderTemplate(named name: String, at position: SourcePosition?) throws(Diagnostic) {
        let start: Template
        do { start = try library.template(named: name) } catch {
            throw error.diagnostic(at: position.map { template.location($0) })
        }
        try renderTemplate(start)
    }

    /// Renders `start`, following its `extends` chain to the root layout.
    mutating func renderTemplate(_ start: Template) throws(Diagnostic) {
        var newChain = [start]
        while let parent = newChain[newChain.count - 1].parent {
            let child = newChain[newChain.count - 1]
            if newChain.contains(where: { $0.name == parent.name }) {
                let cycle = newChain.map(\.name) + [parent.name]
                throw .error("E-TEMPLATE-CYCLE", ["kinds": "extends", "names": cycle.joined(separator: " → ")], at: child.location(parent.position))
            }
            do { newChain.append(try library.template(named: parent.name)) } catch {
                throw error.diagnostic(at: child.location(parent.position))
            }
        }
        let saved = (template, chain, blocks)
        defer { (template, chain, blocks) = saved }
        chain = newChain
        blocks = []
        // A child's top-level `set`s run before its parent lays out the page.
        for child in newChain.dropLast() {
            template = child
            for node in child.nodes {
                switch node {
                case .set, .capture: try render(node)
                default: continue
                }
            }
        }
        template = newChain[newChain.count - 1]
        try render(template.nodes)
    }

    /// Renders the most derived definition of block `name`.
    mutating func renderBlock(_ name: String, at position: SourcePosition) throws(Diagnostic) {
        for level in chain.indices {
            if let body = chain[level].blocks[name] { return try renderBlockBody(body, name: name, level: level) }
        }
        throw error("E-TEMPLATE-BLOCK-UNDEFINED", ["name": name], at: position)
    }

    private mutating func renderBlockBody(_ body: [Node], name: String, level: Int) throws(Diagnostic) {
        let savedTemplate = template
        defer { template = savedTemplate; blocks.removeLast() }
        template = chain[level]
        blocks.append((name, level))
        try render(body)
    }

    /// `super()`: the parent template's version of the block being rendered, as safe HTML.
    mutating func renderSuper(at position: SourcePosition) throws(Diagnostic) -> TemplateValue {
        guard let current = blocks.last else { throw error("E-TEMPLATE-SUPER-OUTSIDE", [:], at: position) }
        guard let level = chain.indices.first(where: { $0 > current.level && chain[$0].blocks[current.name] != nil }),
              let body = chain[level].blocks[current.name] else {
            throw error("E-TEMPLATE-SUPER-NO-PARENT", ["name": current.name], at: position)
        }
        try spend(Self.callCost, at: position)
        try enter(at: position)
        defer { depth -= 1 }
        return .safe(try capturing { (r: inout Renderer) throws(Diagnostic) in try r.renderBlockBody(body, name: current.name, level: level) })
    }

    /// `{% include %}`: the named template rendered with the current variables.
    mutating func include(_ expression: Expression, ignoreMissing: Bool, at position: SourcePosition) throws(Diagnostic) {
        let value = try evaluate(expression)
        guard let name = value.stringContent else { throw error("E-TEMPLATE-INCLUDE-NAME", ["type": value.typeName], at: position) }
        if let problem = TemplateName.problemPhrase(with: name) { throw error(phrase: problem.code, problem.arguments, at: position) }
        let key = TemplateName.normalized(name)
        // One look-up for the common case, a template that parsed; `renderTemplate(named:)` explains a broken one.
        let found = library.templates[key]
        if found == nil && !library.contains(key) {
            if ignoreMissing { return }
            throw library.missingDiagnostic(name, at: template.location(position))
        }
        if includes.contains(key) {
            throw error("E-TEMPLATE-CYCLE", ["kinds": "include", "names": (includes + [key]).joined(separator: " → ")], at: position)
        }
        try spend(Self.callCost, at: position)
        try enter(at: position)
        let includingLocation = template.location(position)
        includes.append(key)
        defer { includes.removeLast(); depth -= 1 }
        do {
            if let found { try renderTemplate(found) } else { try renderTemplate(named: key, at: position) }
        } catch {
            throw error.addingNote("N-INCLUDED-FROM", at: includingLocation)
        }
        try spend(0, at: position)
    }

    /// Counts one more level of nesting, failing past the limit.
    mutating func enter(at position: SourcePosition) throws(Diagnostic) {
        guard depth < TemplateLibrary.maximumDepth else {
            throw error("E-TEMPLATE-TOO-DEEP", ["depth": "\(TemplateLibrary.maximumDepth)"], at: position)
        }
        depth += 1
    }
}
