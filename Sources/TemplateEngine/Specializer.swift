/// Rewrites a template's nodes for one build: every output and `if` condition that reads only the build's constants
/// (and literals) is evaluated once, and adjacent text and folded outputs become one `ConstantRun`.
///
/// Only what evaluates without an error is folded; anything that fails stays as written and fails when a page renders,
/// with the message and position it always had. Folded nodes keep their step cost and their original nodes.
struct Specializer {
    /// The library the constants are evaluated against (its filters, globals and limits).
    let library: TemplateLibrary
    /// The symbol ids of the constant names that no template rebinds.
    let constants: Set<Int>
    /// The constants' values, as the scratch renderer's context.
    let values: TemplateMap

    /// Every template of `library` specialised.
    func templates(of library: TemplateLibrary) -> [String: Template] {
        library.templates.mapValues { template in Template(rewriting: template) { specialize($0, in: template) } }
    }

    /// The nodes of `template` (its top level, a block or a macro body) with what the constants decide folded.
    func specialize(_ nodes: [Node], in template: Template) -> [Node] {
        var result: [Node] = []
        var run: [Node] = [], bytes: [UInt8] = [], steps = 0, folded = false
        func flush() {
            if run.count == 1 && !folded { result.append(run[0]) } else if !run.isEmpty {
                result.append(.constant(ConstantRun(bytes: bytes, steps: steps, original: run)))
            }
            run = []; bytes = []; steps = 0; folded = false
        }
        for node in nodes {
            if case .text(let text) = node {
                run.append(node); bytes += text; steps += 1 &+ text.count >> 6
                continue
            }
            if case .output(let output) = node, isConstant(output.expression), let written = fold(node, in: template) {
                run.append(node); bytes += written.bytes; steps += written.steps; folded = true
                continue
            }
            flush()
            result.append(specialize(node, in: template))
        }
        flush()
        return result
    }

    /// One statement with the constant parts of its bodies and expressions folded.
    private func specialize(_ node: Node, in template: Template) -> Node {
        switch node {
        case .conditional(let conditional):
            let (branches, otherwise) = (conditional.branches, conditional.otherwise)
            if let chosen = choose(branches, otherwise: otherwise, in: template) {
                return .chosen(ChosenBranch(steps: chosen.steps, body: specialize(chosen.body, in: template), original: node))
            }
            return .conditional(Conditional(branches.map { ($0.0, specialize($0.1, in: template)) }, otherwise: specialize(otherwise, in: template)))
        case .loop(let loop):
            return .loop(Loop(variables: loop.variables, sequence: loop.sequence, body: specialize(loop.body, in: template),
                              otherwise: specialize(loop.otherwise, in: template), position: loop.position))
        case .set(let name, let expression):
            guard isConstant(expression), let value = value(of: expression, in: template) else { return node }
            return .set(name, .literal(value))
        case .capture(let name, let body):
            return .capture(name, specialize(body, in: template))
        case .text, .output, .block, .include, .constant, .chosen:
            return node
        }
    }

    /// The bytes an output writes and the steps it spends, or nil when it fails.
    private func fold(_ node: Node, in template: Template) -> (bytes: [UInt8], steps: Int)? {
        var renderer = scratch(in: template)
        do { try renderer.render(node) } catch { return nil }
        guard !renderer.out.overflowed else { return nil }
        return (Array(renderer.out.bytes), renderer.steps)
    }

    /// The value of an expression that spends no steps, or nil when it fails or costs any (it then stays as written).
    private func value(of expression: Expression, in template: Template) -> TemplateValue? {
        var renderer = scratch(in: template)
        guard let value = try? renderer.evaluate(expression), renderer.steps == 0 else { return nil }
        return value
    }

    /// The body the conditions pick and their cost, or nil when a condition before the pick is not constant or fails.
    private func choose(_ branches: [(Expression, [Node])], otherwise: [Node], in template: Template) -> (body: [Node], steps: Int)? {
        var renderer = scratch(in: template)
        for (condition, body) in branches {
            guard isConstant(condition), let value = try? renderer.evaluate(condition) else { return nil }
            if value.isTruthy { return (body, renderer.steps) }
        }
        return (otherwise, renderer.steps)
    }

    /// A renderer that sees only the constants, positioned in `template` as a page render would be.
    private func scratch(in template: Template) -> Renderer {
        var renderer = Renderer(library: library, context: .map(values), capacity: 256)
        renderer.template = template
        return renderer
    }
}
