import Foundation
import Testing
@testable import SiteBuilder

extension IncrementalShop {
    /// Builds the shop, then each step of `scenario` in serve mode; after each, the output must equal a fresh build's
    /// byte for byte, the diagnostics must be the fresh build's in the same order, and only the edited files are read.
    func check(_ scenario: EditScenario) throws {
        let first = session.build(changed: [])
        #expect(first.outcome.succeeded, "\(first.outcome.diagnostics)")
        #expect(try IncrementalShop.differences(IncrementalShop.tree(output), freshBuild()) == [])
        for step in scenario.steps {
            for edit in step { try apply(edit) }
            let result = session.build(changed: Set(step.flatMap(\.reported)))
            #expect(result.outcome.succeeded, "\(result.outcome.diagnostics)")
            #expect(result.mode == .incremental)
            #expect(result.filesRead == step.filter(\.readsAFile).count)
            let (fresh, tree) = try freshOutcome()
            #expect(result.outcome.diagnostics.items.map(\.description) == fresh.diagnostics.items.map(\.description))
            #expect(try IncrementalShop.differences(IncrementalShop.tree(output), tree) == [])
            #expect(IncrementalShop.emptyFolders(output) == [])
        }
    }
}
