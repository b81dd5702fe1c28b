/// `{{ expr }}`: the expression and where it was written; a class, so that a node is one reference in every case.
final class Output: Sendable {
    let expression: Expression
    let position: SourcePosition

    init(_ expression: Expression, at position: SourcePosition) {
        self.expression = expression
        self.position = position
    }
}
