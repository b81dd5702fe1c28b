extension TemplateLibrary {
    /// The names of every template `name` uses, itself included: its `extends` chain, `include`s, and the files it
    /// imports macros from, followed through each of those in turn (names that do not exist are listed too, since
    /// adding such a file changes the output). Nil when some `include` names its template with an expression
    /// other than a literal string, so that the set cannot be known without rendering.
    public func dependencies(of name: String) -> Set<String>? {
        var found: Set<String> = []
        var pending = [TemplateName.normalized(name)]
        while let next = pending.popLast() {
            guard found.insert(next).inserted else { continue }
            guard let template = templates[next] else { continue }
            guard let direct = TemplateLibrary.directReferences(of: template) else { return nil }
            pending.append(contentsOf: direct.map(TemplateName.normalized))
        }
        return found
    }

    /// The names one template refers to by itself; nil when an include is dynamic.
    static func directReferences(of template: Template) -> [String]? {
        var names: [String] = []
        if let parent = template.parent { names.append(parent.name) }
        names.append(contentsOf: template.importedMacros.values.map(\.file))
        names.append(contentsOf: template.namespaces.values)
        var bodies: [[Node]] = [template.nodes]
        bodies.append(contentsOf: template.blocks.values)
        bodies.append(contentsOf: template.macros.values.map(\.body))
        var dynamic = false
        func visit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .include(let expression, _, _):
                    if case .literal(let value) = expression, case .string(let included) = value {
                        names.append(included)
                    } else {
                        dynamic = true
                    }
                case .conditional(let conditional):
                    for branch in conditional.branches { visit(branch.body) }
                    visit(conditional.otherwise)
                case .loop(let loop):
                    visit(loop.body)
                    visit(loop.otherwise)
                case .capture(_, let body): visit(body)
                case .constant(let run): visit(run.original)
                case .chosen(let branch): visit([branch.original])
                case .text, .output, .set, .block: continue
                }
            }
        }
        for body in bodies { visit(body) }
        return dynamic ? nil : names
    }
}
