/// Per-build specialisation: folding what depends only on globals that stay the same for every page of a build.
extension TemplateLibrary {
    /// A library that renders the same bytes, with every output, `if` condition and `set` that reads only the globals
    /// `constants` (and literals) evaluated once here instead of on every page, and adjacent constant text merged.
    ///
    /// A name some template rebinds (`set`, `for`, a macro parameter) is not folded; a global that is not a name of
    /// the library is ignored. A page whose render context defines one of the names (and so hides the global) is
    /// rendered with the templates as parsed. Expressions that fail are left as written, so errors, their positions
    /// and the render budget read exactly as without specialisation. Filters must be pure functions of their input.
    public func specialized(constants: [String]) -> TemplateLibrary {
        let base = unspecialized ?? self
        let bound = Specializer.boundNames(in: base.templates.values)
        var names: [String] = [], ids: Set<Int> = [], values = TemplateMap()
        for name in constants where !names.contains(name) {
            guard let value = base.environment.globals[name], let symbol = Symbol.existing(name), !bound.contains(symbol.id) else { continue }
            names.append(name)
            ids.insert(symbol.id)
            values[name] = value
        }
        if names == constantNames, unspecialized != nil { return self }
        guard !names.isEmpty else { return base }
        let specializer = Specializer(library: base, constants: ids, values: values)
        let templates = base.templates.mapValues { template in
            Template(rewriting: template) { specializer.specialize($0, in: template) }
        }
        return TemplateLibrary(specializing: base, templates: templates, constants: names)
    }

    /// The globals this library folded (empty for a library as parsed).
    public var foldedConstants: [String] { constantNames }

    /// Whether a page with this context may use the folded templates: it is a map that defines none of the constants.
    func fitsConstants(_ context: TemplateValue) -> Bool {
        guard case .map(let map) = context else { return false }
        return !constantNames.contains { map[$0] != nil }
    }
}
