import Diagnostics
import TextEscaping

/// Rendering statements: text, output, if, for, set.
extension Renderer {
    mutating func render(_ nodes: [Node]) throws(Diagnostic) {
        for node in nodes { try render(node) }
    }

    mutating func render(_ node: Node) throws(Diagnostic) {
        steps &+= 1
        switch node {
        case .text(let bytes):
            out.append(bytes)
            steps &+= bytes.count >> 6
        case .output(let output):
            try render(output)
        case .conditional(let conditional):
            for branch in conditional.branches {
                if try evaluate(branch.condition).isTruthy { return try render(branch.body) }
            }
            try render(conditional.otherwise)
        case .loop(let loop):
            try render(loop)
        case .set(let name, let expression):
            assign(name, try evaluate(expression))
        case .capture(let name, let body):
            let text = try capturing { (r: inout Renderer) throws(Diagnostic) in try r.render(body) }
            steps &+= Self.cost(of: .safe(text))
            assign(name, .safe(text))
        case .block(let name, let position):
            try renderBlock(name, at: position)
        case .include(let expression, let ignoreMissing, let position):
            try include(expression, ignoreMissing: ignoreMissing, at: position)
        case .constant(let run):
            steps &-= 1  // the run counts each of its nodes
            try render(run)
        case .chosen(let branch):
            try render(branch)
        }
    }

    /// `{{ expr }}`: a macro call writes straight into the page; any other value is written escaped.
    private mutating func render(_ output: Output) throws(Diagnostic) {
        if case .call(let callee, let positional, let named, let callPosition) = output.expression {
            try write(try call(callee, positional, named, at: callPosition, direct: true), at: output.position)
            return try spend(0, at: output.position)
        }
        let value = try evaluate(output.expression)
        try write(value, at: output.position)
        try spend(Self.cost(of: value), at: output.position)
    }

    /// Writes a value as HTML: strings escaped, safe strings raw, none as nothing.
    mutating func write(_ value: TemplateValue, at position: SourcePosition) throws(Diagnostic) {
        switch value {
        case .string(let s): HTMLEscaper.append(s, to: out)
        case .safe(let s): out.append(s)
        case .int(let i): HTMLEscaper.append(i, to: out)
        case .null: break
        case .bool, .decimal, .double: out.append(value.text ?? "")
        case .list, .map, .object:
            throw error("E-TEMPLATE-PRINT", ["type": value.typeName], at: position)
        }
    }

    private mutating func render(_ loop: Loop) throws(Diagnostic) {
        let sequence = try evaluate(loop.sequence)
        let pairs: [(String, TemplateValue)]
        switch sequence {
        case .list(let list):
            if loop.variables.count == 2 {
                throw error("E-TEMPLATE-FOR-MAP", ["variables": loop.variables.map(\.text).joined(separator: ", ")], at: loop.position)
            }
            guard !list.isEmpty else { return try render(loop.otherwise) }
            try iterate(loop, count: list.count) { list[$0] }
            return
        case .map(let map):
            guard !map.isEmpty else { return try render(loop.otherwise) }
            return try iterate(loop, count: map.count) { .string(map.keys[$0]) } second: { map.values[$0] }
        case .object(let host): pairs = host.object.memberNames.map { ($0, host.object.member($0) ?? .null) }
        case .string(let text), .safe(let text): pairs = text.map { (String($0), .string(String($0))) }
        default:
            throw error(loop.sequence.path == nil ? "E-TEMPLATE-LOOP-VALUE" : "E-TEMPLATE-LOOP",
                        ["path": loop.sequence.path ?? "", "type": sequence.typeName], at: loop.position)
        }
        guard !pairs.isEmpty else { return try render(loop.otherwise) }
        try iterate(loop, count: pairs.count) { .string(pairs[$0].0) } second: { pairs[$0].1 }
    }

    /// Runs the body once per item, binding the loop variables and `loop` in a frame reused across iterations.
    private mutating func iterate(_ loop: Loop, count: Int, first: (Int) -> TemplateValue, second: ((Int) -> TemplateValue)? = nil) throws(Diagnostic) {
        let savedFrame = frameStart, base = names.count
        frameStart = base
        defer { frameStart = savedFrame; names.removeSubrange(base...); values.removeSubrange(base...) }
        for name in loop.variables { names.append(name); values.append(.null) }
        let state = LoopState(index0: 0, length: count), loopValue = TemplateValue.object(state)
        names.append(Symbol.loop); values.append(.null)
        let frameEnd = names.count, body = loop.body, pair = loop.variables.count == 2 ? second : nil
        for index in 0..<count {
            try spend(1, at: loop.position)
            if names.count > frameEnd { names.removeSubrange(frameEnd...); values.removeSubrange(frameEnd...) }
            values[base] = first(index)
            if let pair { values[base + 1] = pair(index) }
            state.index0 = index
            values[frameEnd - 1] = loopValue
            try render(body)
        }
        try spend(0, at: loop.position)
    }
}
