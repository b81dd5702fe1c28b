/// Per-build specialisation: folding what depends only on globals that stay the same for every page of a build.
extension TemplateLibrary {
    /// A library that renders the same bytes, with every output, `if` condition and `set` that reads only the globals
    /// `constants` (and literals) evaluated once here instead of on every page, and adjacent constant text merged.
    ///
    /// A name some template rebinds (`set`, `for`, a macro parameter) is not folded; a global that is not a name of
    /// the library is ignored. A page whose render context defines one of the names (and so hides the global) is
    /// rendered with the templates as parsed. Expressions that fail are left as written, so errors, their positions
    /// and the render budget read exactly as without specialisation. Filters must be pure functions of their input.
    /// With `varying`, a page variable that takes few text values over a build (`root`, by page depth), each value
    /// gets a library of its own, made when a page first renders with it, with that variable folded as well.
    public func specialized(constants: [String], varying: String? = nil) -> TemplateLibrary {
        let base = unspecialized ?? self
        let bound = Specializer.boundNames(in: base.templates.values)
        var names: [String] = [], ids: Set<Int> = [], values = TemplateMap()
        for name in constants where !names.contains(name) {
            guard let value = base.environment.globals[name], let symbol = Symbol.existing(name), !bound.contains(symbol.id) else { continue }
            names.append(name)
            ids.insert(symbol.id)
            values[name] = value
        }
        if names == constantNames, varying == varyingName, unspecialized != nil { return self }
        guard !names.isEmpty else { return base }
        let variable = varying.flatMap { Symbol.existing($0) }.flatMap { bound.contains($0.id) ? nil : $0 }
        return TemplateLibrary(specializing: base, templates: Specializer(library: base, constants: ids, values: values).templates(of: base),
                               constants: names, varying: variable?.text)
    }

    /// The library for the value the context gives the varying variable, made on first use; nil when there is none
    /// or the value is not text.
    func forVaryingValue(in context: TemplateValue) -> TemplateLibrary? {
        guard let varyingName, let base = unspecialized, case .map(let map) = context, case .string(let value)? = map[varyingName],
              let symbol = Symbol.existing(varyingName) else { return nil }
        return perValue.withLock { made in
            if let library = made[value] { return library }
            var ids = Set(constantNames.compactMap { Symbol.existing($0)?.id }), values = TemplateMap()
            for name in constantNames { values[name] = base.environment.globals[name] }
            ids.insert(symbol.id)
            values[varyingName] = .string(value)
            let library = TemplateLibrary(specializing: base, templates: Specializer(library: base, constants: ids, values: values).templates(of: base),
                                          constants: constantNames, varying: nil)
            made[value] = library
            return library
        }
    }

    /// The globals this library folded (empty for a library as parsed).
    public var foldedConstants: [String] { constantNames }

    /// Whether a page with this context may use the folded templates: it is a map that defines none of the constants.
    func fitsConstants(_ context: TemplateValue) -> Bool {
        guard case .map(let map) = context else { return false }
        return !constantNames.contains { map[$0] != nil }
    }
}
