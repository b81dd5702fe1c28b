/// Adjacent text and outputs that depend only on a build's constants, folded into the bytes they write.
///
/// It keeps the steps the nodes would have spent and the nodes themselves: a page too close to its budget to take
/// the whole run renders the nodes instead, so that a budget failure stops at the same line as without folding.
final class ConstantRun: Sendable {
    /// What the nodes write.
    let bytes: [UInt8]
    /// The steps the nodes spend, one per node included.
    let steps: Int
    /// The nodes folded, in order.
    let original: [Node]

    init(bytes: [UInt8], steps: Int, original: [Node]) {
        (self.bytes, self.steps, self.original) = (bytes, steps, original)
    }
}
