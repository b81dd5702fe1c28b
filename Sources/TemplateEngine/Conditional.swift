/// `{% if %}…{% elif %}…{% else %}…{% endif %}`: each condition with its body, and the `else` body.
///
/// A class, so that rendering the node takes one reference instead of copying its arrays out of the node.
final class Conditional: Sendable {
    let branches: [(condition: Expression, body: [Node])]
    let otherwise: [Node]

    init(_ branches: [(condition: Expression, body: [Node])], otherwise: [Node]) {
        self.branches = branches
        self.otherwise = otherwise
    }
}
