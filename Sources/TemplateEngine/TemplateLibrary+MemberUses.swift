import Diagnostics

/// Where the templates read members of one global by a written name (`t.nav_home`), found without rendering.
extension TemplateLibrary {
    /// One `global.member` written in a template: the member's name and where it was written.
    public struct MemberUse: Sendable, Equatable {
        /// The member name (`nav_home`).
        public let name: String
        /// The template file and line (`theme/base.html:12:5`).
        public let location: Location
    }

    /// Every `global.name` and `global["name"]` written in any parsed template, in branches that may never render too,
    /// sorted by file, line and column; a scope where `global` names something else (a loop variable, a macro
    /// parameter, a `set`) is skipped.
    public func memberUses(ofGlobal global: String) -> [MemberUse] {
        var uses: [MemberUse] = []
        for name in templates.keys.sorted() {
            guard let template = templates[name] else { continue }
            var walker = MemberUseWalker(global: global, template: template)
            var bodies: [[Node]] = [template.nodes]
            bodies.append(contentsOf: template.blocks.keys.sorted().compactMap { template.blocks[$0] })
            bodies.append(contentsOf: template.macros.keys.sorted().compactMap { key in
                template.macros[key].flatMap { macro in macro.parameters.contains { $0.text == global } ? nil : macro.body }
            })
            for body in bodies where !walker.assigns(body) { walker.visit(body) }
            uses.append(contentsOf: walker.uses)
        }
        return uses.sorted { $0.location < $1.location }
    }
}
