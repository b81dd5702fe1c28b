/// A statement of a parsed template: text, output, or a tag with its body.
///
/// Not boxed as a whole: the common cases hold one reference (bytes or a class) and the rare wide ones are boxed
/// each, so a node is one reference and rendering one takes one reference, not a box and then its payload.
enum Node: Sendable {
    /// Literal bytes, written as they are.
    case text([UInt8])
    /// `{{ expr }}`: escaped unless safe.
    case output(Output)
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
    case conditional(Conditional)
    /// `{% for k, v in xs %}…{% else %}…{% endfor %}`.
    case loop(Loop)
    /// `{% set name = expr %}`.
    indirect case set(Symbol, Expression)
    /// `{% set name %}…{% endset %}`: captures the output as safe HTML.
    indirect case capture(Symbol, [Node])
    /// `{% block name %}`: rendered from the most derived template that defines it.
    indirect case block(String, SourcePosition)
    /// `{% include expr %}`.
    indirect case include(Expression, ignoreMissing: Bool, SourcePosition)
    /// Text and outputs a specialised library folded into bytes (see `Specializer`).
    case constant(ConstantRun)
    /// An `if` whose branch a specialised library decided once for the build (see `Specializer`).
    case chosen(ChosenBranch)
}

/// A `for` loop: the variable names, the sequence, the body and the `else` body.
///
/// A class, so that rendering a loop node takes one reference instead of copying five fields out of the node.
final class Loop: Sendable {
    let variables: [Symbol]
    let sequence: Expression
    let body: [Node]
    let otherwise: [Node]
    let position: SourcePosition

    init(variables: [Symbol], sequence: Expression, body: [Node], otherwise: [Node], position: SourcePosition) {
        (self.variables, self.sequence, self.body, self.otherwise, self.position) = (variables, sequence, body, otherwise, position)
    }
}

/// A `{% macro name(a, b=1) %}` definition; a class, so that a call takes one reference to it.
final class Macro: Sendable {
    let name: String
    let parameters: [Symbol]
    let defaults: [String: Expression]
    let body: [Node]
    let position: SourcePosition

    init(name: String, parameters: [Symbol], defaults: [String: Expression], body: [Node], position: SourcePosition) {
        (self.name, self.parameters, self.defaults, self.body, self.position) = (name, parameters, defaults, body, position)
    }
}
