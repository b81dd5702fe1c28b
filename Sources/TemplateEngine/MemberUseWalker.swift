import Diagnostics

/// Walks one template's nodes and expressions for `global.name` and `global["name"]`, leaving out the scopes where
/// `global` is rebound (a loop over it).
struct MemberUseWalker {
    /// The global whose members are collected.
    let global: String
    /// The template walked, for locations.
    let template: Template
    /// What was found so far.
    private(set) var uses: [TemplateLibrary.MemberUse] = []

    /// A walker for `global` in `template`.
    init(global: String, template: Template) {
        self.global = global
        self.template = template
    }

    /// Whether a body rebinds `global` with `set` (its uses then name something else and are skipped).
    func assigns(_ nodes: [Node]) -> Bool {
        nodes.contains { node in
            switch node {
            case .set(let name, _), .capture(let name, _): return name.text == global
            case .conditional(let conditional): return conditional.branches.contains { assigns($0.body) } || assigns(conditional.otherwise)
            case .loop(let loop): return assigns(loop.body) || assigns(loop.otherwise)
            case .text, .output, .block, .include: return false
            case .constant(let run): return assigns(run.original)
            case .chosen(let branch): return assigns([branch.original])
            }
        }
    }

    /// Collects the uses in `nodes`.
    mutating func visit(_ nodes: [Node]) {
        for node in nodes {
            switch node {
            case .text, .block: continue
            case .output(let output): visit(output.expression)
            case .set(_, let expression), .include(let expression, _, _): visit(expression)
            case .capture(_, let body): visit(body)
            case .constant(let run): visit(run.original)
            case .chosen(let branch): visit([branch.original])
            case .conditional(let conditional):
                for branch in conditional.branches {
                    visit(branch.condition)
                    visit(branch.body)
                }
                visit(conditional.otherwise)
            case .loop(let loop):
                visit(loop.sequence)
                if !loop.variables.contains(where: { $0.text == global }) { visit(loop.body) }
                visit(loop.otherwise)
            }
        }
    }

    /// Collects the uses in one expression and the expressions inside it.
    mutating func visit(_ expression: Expression) {
        switch expression {
        case .literal, .name: return
        case .member(let access):
            if let root = access.root, root.text == global { record(access.name.text, at: access.position) }
            visit(access.base)
        case .subscript_(let base, let index, let position):
            if case .name(let symbol, _) = base, symbol.text == global, case .literal(let key) = index, case .string(let name) = key {
                record(name, at: position)
            }
            visit(base)
            visit(index)
        case .list(let items): items.forEach { visit($0) }
        case .map(let pairs): pairs.forEach { visit($0.1) }
        case .negate(let a, _), .not(let a): visit(a)
        case .arithmetic(_, let a, let b, _), .concat(let a, let b, _), .comparison(_, let a, let b, _), .and(let a, let b),
             .or(let a, let b), .contains(let a, let b, _, _):
            visit(a)
            visit(b)
        case .conditional(let a, let b, let c):
            visit(a)
            visit(b)
            if let c { visit(c) }
        case .filter(let base, let call):
            visit(base)
            call.arguments.forEach { visit($0) }
        case .defaulted(let base, let fallback, _):
            visit(fallback)  // `t.key | default(…)` tolerates a missing key: only the fallback counts
            if case .member(let access) = base, let root = access.root, root.text == global { return }
            visit(base)
        case .test(let subject, _, let arguments, _, _):
            if case .member(let access) = subject, let root = access.root, root.text == global {
                arguments.forEach { visit($0) }  // `t.key is defined` asks, it does not use
                return
            }
            visit(subject)
            arguments.forEach { visit($0) }
        case .call(_, let positional, let named, _):
            positional.forEach { visit($0) }
            named.forEach { visit($0.1) }
        }
    }

    private mutating func record(_ name: String, at position: SourcePosition) {
        uses.append(TemplateLibrary.MemberUse(name: name, location: template.location(position)))
    }
}
