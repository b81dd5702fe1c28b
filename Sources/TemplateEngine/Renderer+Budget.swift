import Diagnostics

/// The render budget: output size and work are counted as the page renders and checked at every output, loop pass,
/// call and include, so a template that grows its text or its work exponentially stops at the line it reached.
extension Renderer {
    /// The steps a macro call, an include or `super()` costs: they bind variables and capture into a buffer of their own.
    static let callCost = 16

    /// Adds `units` of work and fails when the page has used up its steps or written past its size limit.
    @inline(__always)
    mutating func spend(_ units: Int, at position: SourcePosition) throws(Diagnostic) {
        steps &+= units
        if steps > limits.maximumSteps || out.overflowed { try overspent(at: position) }
    }

    private func overspent(at position: SourcePosition) throws(Diagnostic) {
        if out.overflowed {
            throw .error("E-TEMPLATE-OUTPUT-TOO-LARGE", ["limit": limits.bytesText], at: template.location(position))
        }
        throw error("E-TEMPLATE-STEPS", ["steps": "\(limits.maximumSteps)"], at: position)
    }

    /// The work of reading or building `value`: one step per 64 bytes of text or per item of a list or map.
    @inline(__always)
    static func cost(of value: TemplateValue) -> Int {
        switch value {
        case .string(let text), .safe(let text): text.utf8.count >> 6
        case .list(let items): items.count
        case .map(let map): map.count
        default: 0
        }
    }

    /// `value` after charging what building it took; fails when it is text longer than the size limit.
    mutating func built(_ value: TemplateValue, at position: SourcePosition) throws(Diagnostic) -> TemplateValue {
        if case .string(let text) = value { try checkLength(text.utf8.count, at: position) }
        if case .safe(let text) = value { try checkLength(text.utf8.count, at: position) }
        try spend(1 &+ Self.cost(of: value), at: position)
        return value
    }

    /// Fails before joining `a` and `b` (`~`, or `+` on two strings) when the text would be longer than the size limit.
    func checkJoinable(_ a: TemplateValue, _ b: TemplateValue, at position: SourcePosition) throws(Diagnostic) {
        guard let x = a.stringContent, let y = b.stringContent else { return }
        try checkLength(x.utf8.count &+ y.utf8.count, at: position)
    }

    func checkLength(_ count: Int, at position: SourcePosition) throws(Diagnostic) {
        guard count <= limits.maximumBytes else {
            throw error("E-TEMPLATE-TEXT-TOO-LARGE", ["limit": limits.bytesText], at: position)
        }
    }

    /// Renders page template `name`; fails when its output went past the size limit after the last check (its final
    /// text, say), at the start of that template, the only place known then. (One call, so that the caller's `defer`
    /// follows a single `try`: Swift 6.3 over-released the renderer's library with two.)
    mutating func renderPage(named name: String) throws(Diagnostic) {
        try renderTemplate(named: name, at: nil)
        guard out.overflowed else { return }
        let path = library.templates[TemplateName.normalized(name)]?.displayPath ?? name
        throw .error("E-TEMPLATE-OUTPUT-TOO-LARGE", ["limit": limits.bytesText],
                     at: Diagnostics.Location(path: path, line: 1, column: 1))
    }
}
