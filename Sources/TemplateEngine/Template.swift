import Diagnostics

/// One parsed template file: its tree, blocks, macros and parent; immutable and shared across threads.
final class Template: Sendable {
    /// The name used by `include`/`extends` (`partials/tier-table.html`).
    let name: String
    /// How its path prints in messages (`templates/product.html`).
    let displayPath: String
    /// The top-level nodes.
    let nodes: [Node]
    /// The `extends` target and where it was written.
    let parent: (name: String, position: SourcePosition)?
    /// Every `block` body by name, nested ones included.
    let blocks: [String: [Node]]
    /// Macros defined in this file.
    let macros: [String: Macro]
    /// `{% from "file" import name as alias %}`: alias → (file, macro name, position).
    let importedMacros: [String: (file: String, name: String, position: SourcePosition)]
    /// `{% import "file" as ns %}`: namespace → file.
    let namespaces: [String: String]
    /// Every template named by a literal, in source order, for finding cycles when the library loads.
    let references: [TemplateReference]

    init(name: String, displayPath: String, parsed: ParsedTemplate) {
        self.name = name
        self.displayPath = displayPath
        self.nodes = parsed.nodes
        self.parent = parsed.parent
        self.blocks = parsed.blocks
        self.macros = parsed.macros
        self.importedMacros = parsed.importedMacros
        self.namespaces = parsed.namespaces
        self.references = parsed.references
    }

    /// A copy of `template` with its top-level nodes, blocks and macro bodies rewritten by `rewrite`.
    init(rewriting template: Template, _ rewrite: ([Node]) -> [Node]) {
        self.name = template.name
        self.displayPath = template.displayPath
        self.nodes = rewrite(template.nodes)
        self.parent = template.parent
        self.blocks = template.blocks.mapValues(rewrite)
        self.macros = template.macros.mapValues { macro in
            Macro(name: macro.name, parameters: macro.parameters, defaults: macro.defaults, body: rewrite(macro.body), position: macro.position)
        }
        self.importedMacros = template.importedMacros
        self.namespaces = template.namespaces
        self.references = template.references
    }

    /// An empty template the renderer starts from before it loads the real one.
    static let placeholder = Template(name: "", displayPath: "", parsed: ParsedTemplate())

    /// The Diagnostics location of a position in this file.
    func location(_ position: SourcePosition) -> Diagnostics.Location {
        Diagnostics.Location(path: displayPath, line: Int(position.line), column: Int(position.column))
    }
}

/// What the parser collects for one file.
struct ParsedTemplate {
    var nodes: [Node] = []
    var parent: (name: String, position: SourcePosition)?
    var blocks: [String: [Node]] = [:]
    var macros: [String: Macro] = [:]
    var importedMacros: [String: (file: String, name: String, position: SourcePosition)] = [:]
    var namespaces: [String: String] = [:]
    var references: [TemplateReference] = []
}
