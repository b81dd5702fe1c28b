import Diagnostics

/// Rendering the nodes a specialised library folded (see `Specializer`).
extension Renderer {
    /// Writes a folded run, or renders its nodes when the run would pass the page's step or size budget (they then
    /// fail where they always did).
    mutating func render(_ run: ConstantRun) throws(Diagnostic) {
        guard run.steps <= limits.maximumSteps &- steps, out.fits(run.bytes.count) else { return try render(run.original) }
        out.append(run.bytes)
        steps &+= run.steps
    }

    /// Renders the branch decided for the build, or the conditional as written when its conditions' cost would pass
    /// the budget.
    mutating func render(_ branch: ChosenBranch) throws(Diagnostic) {
        guard branch.steps <= limits.maximumSteps &- steps, !out.overflowed else {
            steps &-= 1  // the conditional counts itself again
            return try render(branch.original)
        }
        steps &+= branch.steps
        try render(branch.body)
    }
}
