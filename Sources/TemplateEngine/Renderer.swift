import Diagnostics

/// The state of one render: output bytes, the variable stack, and which template and block are running.
struct Renderer {
    let library: TemplateLibrary
    let context: TemplateValue
    var out: OutputBytes
    /// Local variables, innermost last; `barrier` hides the caller's variables inside a macro.
    var names: [Symbol] = []
    var values: [TemplateValue] = []
    var barrier = 0
    /// Where the innermost `for` body's variables start; `set` assigns within it.
    var frameStart = 0
    /// Include, macro and super() nesting.
    var depth = 0
    /// The file whose nodes are running: positions in messages refer to it.
    var template: Template
    /// The extends chain being rendered, most derived first.
    var chain: [Template] = []
    /// Blocks being rendered and the chain level each came from, for `super()`.
    var blocks: [(name: String, level: Int)] = []
    /// Names of templates being included, to refuse cycles.
    var includes: [String] = []
    /// The render context's keys as symbol ids (-1 for a key no template names) and its values, when it is a map.
    let contextKeys: [Int]
    let contextValues: [TemplateValue]
    /// Whether the context is a map (its keys are then all of its names, and a global it lacks is not hidden).
    let contextIsMap: Bool
    /// What this page may write and do, and the work done so far (see `Renderer+Budget`).
    let limits: RenderLimits
    var steps = 0

    init(library: TemplateLibrary, context: TemplateValue, capacity: Int = 4096) {
        self.library = library
        self.limits = library.environment.limits
        self.out = OutputBytes(capacity: capacity, limit: limits.maximumBytes)
        self.context = context
        self.template = Template.placeholder
        if case .map(let map) = context {
            contextKeys = Symbol.ids(of: map.keys)
            contextValues = map.values
            contextIsMap = true
        } else {
            contextKeys = []
            contextValues = []
            contextIsMap = false
        }
        names.reserveCapacity(16)
        values.reserveCapacity(16)
    }

    // `lookup`, `member(_:ofVariable:)` and `globalMember` change nothing, but are `mutating` so that `evaluate` (itself
    // mutating) passes the renderer by reference: calling a non-mutating method there copied the whole renderer
    // (168 bytes, `memcpy`) into a temporary first, ≈ 1.6 million times on shop1k.

    /// The value of a variable: locals, then the render context, then the environment's globals.
    mutating func lookup(_ name: Symbol) -> TemplateValue? {
        var i = names.count - 1
        while i >= barrier {
            if names[i].id == name.id { return values[i] }
            i -= 1
        }
        if contextIsMap {
            for j in contextKeys.indices where contextKeys[j] == name.id { return contextValues[j] }
        } else if let value = context.member(name) {
            return value
        }
        return library.globals.value(name.id)
    }

    /// Member `member` of the variable `root` (as `lookup` finds it), read where the variable is stored instead of
    /// from a copy of it; nil when either is missing.
    mutating func member(_ member: Symbol, ofVariable root: Symbol) -> TemplateValue? {
        var i = names.count - 1
        while i >= barrier {
            if names[i].id == root.id { return values[i].member(member) }
            i -= 1
        }
        if contextIsMap {
            for j in contextKeys.indices where contextKeys[j] == root.id { return contextValues[j].member(member) }
        } else if let value = context.member(root) {
            return value.member(member)
        }
        return library.globals.value(root.id)?.member(member)
    }

    /// The value of a variable named by text (calls and messages, which keep names as strings).
    func lookup(text: String) -> TemplateValue? {
        if let symbol = Symbol.existing(text) {
            var probe = self  // a copy, on this rare path only
            return probe.lookup(symbol)
        }
        return context.member(text) ?? library.environment.globals[text]
    }

    /// `root.member` when `root` is a global map that no local or context variable hides; nil otherwise (the caller
    /// then evaluates the long way, which also explains a missing member).
    mutating func globalMember(_ member: Symbol, of root: Symbol) -> TemplateValue? {
        guard contextIsMap, library.globals.hasMembers(root.id), !contextKeys.contains(root.id) else { return nil }
        var i = names.count - 1
        while i >= barrier {
            if names[i].id == root.id { return nil }
            i -= 1
        }
        return library.globals.member(member.id, of: root.id)
    }

    /// Binds `name` in the current frame, replacing an existing binding there.
    mutating func assign(_ name: Symbol, _ value: TemplateValue) {
        var i = names.count - 1
        while i >= max(frameStart, barrier) {
            if names[i].id == name.id { values[i] = value; return }
            i -= 1
        }
        names.append(name)
        values.append(value)
    }

    /// Every name visible here, for "did you mean" hints.
    var visibleNames: [String] {
        var all = names[barrier...].map(\.text)
        if case .map(let map) = context { all += map.keys }
        if case .object(let host) = context { all += host.object.memberNames }
        return all + library.environment.globals.keys
    }

    /// The error `code` at `position` in the running template.
    func error(_ code: MessageCode, _ arguments: [String: String], at position: SourcePosition) -> Diagnostic {
        .error(code, arguments, at: template.location(position))
    }

    /// `E-TEMPLATE-RENDER` at `position` in the running template: its detail is the `P-TEMPLATE-*` `phrase` with
    /// `arguments`, printed in the reader's language.
    func error(phrase: MessageCode, _ arguments: [String: String], at position: SourcePosition) -> Diagnostic {
        .error("E-TEMPLATE-RENDER", arguments.merging(["detail": phrase.rawValue]) { $1 }, at: template.location(position))
    }

    /// Runs `body` with output going to a fresh buffer and returns what it wrote.
    mutating func capturing(_ body: (inout Renderer) throws(Diagnostic) -> Void) throws(Diagnostic) -> String {
        let saved = out
        out = OutputBytes(capacity: 1024, limit: limits.maximumBytes)
        defer {
            if out.overflowed { saved.markOverflowed() }  // the page's next check reports it
            out = saved
        }
        try body(&self)
        return out.text
    }
}

extension Diagnostic {
    /// Adds a note; past eight, keeps the six innermost, an ellipsis and the outermost (deep recursion would print 64).
    func addingNote(_ code: MessageCode, _ arguments: [String: String] = [:], at location: Location) -> Diagnostic {
        if notes.count < 8 { return noting(code, arguments, at: location) }
        var copy = self
        copy.notes[6] = Diagnostic(.note, "N-NOTES-OMITTED")
        copy.notes[7] = Diagnostic(.note, code, arguments, at: location)
        return copy
    }
}
