/// Which expressions a specialised library can fold, and which names no template rebinds.
extension Specializer {
    /// Whether `expression` reads nothing but constants and literals (macro calls, `super()` and `range()` never fold).
    func isConstant(_ expression: Expression) -> Bool {
        switch expression {
        case .literal: return true
        case .name(let name, _): return constants.contains(name.id)
        case .member(let access): return isConstant(access.base)
        case .negate(let base, _), .not(let base): return isConstant(base)
        case .subscript_(let a, let b, _), .arithmetic(_, let a, let b, _), .concat(let a, let b, _), .comparison(_, let a, let b, _),
             .and(let a, let b), .or(let a, let b), .contains(let a, let b, _, _), .defaulted(let a, let b, _):
            return isConstant(a) && isConstant(b)
        case .list(let items): return items.allSatisfy { isConstant($0) }
        case .map(let pairs): return pairs.allSatisfy { isConstant($0.1) }
        case .conditional(let a, let b, let c): return isConstant(a) && isConstant(b) && (c.map { isConstant($0) } ?? true)
        case .filter(let base, let call): return isConstant(base) && call.arguments.allSatisfy { isConstant($0) }
        case .test(let subject, _, let arguments, _, _): return isConstant(subject) && arguments.allSatisfy { isConstant($0) }
        case .call: return false
        }
    }

    /// Every name some template binds (`set`, `for`, `loop`, macro parameters): such a name may mean a local, so it
    /// is never folded anywhere, including in templates that an including one could hand the local to.
    static func boundNames(in templates: some Sequence<Template>) -> Set<Int> {
        var bound: Set<Int> = []
        func visit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .set(let name, _): bound.insert(name.id)
                case .capture(let name, let body): bound.insert(name.id); visit(body)
                case .conditional(let conditional):
                    for branch in conditional.branches { visit(branch.body) }
                    visit(conditional.otherwise)
                case .loop(let loop):
                    for name in loop.variables { bound.insert(name.id) }
                    bound.insert(Symbol.loop.id)
                    visit(loop.body); visit(loop.otherwise)
                case .constant(let run): visit(run.original)
                case .chosen(let branch): visit([branch.original])
                case .text, .output, .block, .include: continue
                }
            }
        }
        for template in templates {
            visit(template.nodes)
            for body in template.blocks.values { visit(body) }
            for macro in template.macros.values {
                for parameter in macro.parameters { bound.insert(parameter.id) }
                visit(macro.body)
            }
        }
        return bound
    }
}
