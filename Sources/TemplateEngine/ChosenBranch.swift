/// An `if` whose conditions read only a build's constants: the body they pick, and what picking it cost.
final class ChosenBranch: Sendable {
    /// The steps evaluating the conditions spends (filters in them), not counting the node itself.
    let steps: Int
    /// The body the conditions pick, itself specialised.
    let body: [Node]
    /// The conditional as written, rendered instead when the page is too close to its budget.
    let original: Node

    init(steps: Int, body: [Node], original: Node) {
        (self.steps, self.body, self.original) = (steps, body, original)
    }
}
