import Dispatch
import Synchronization
import Testing
@testable import SiteBuilder

/// A `BuildSession` is shared between threads (the watcher and the server): builds asked for at the same time run
/// one after the other, and the output ends equal to a fresh build.
@Suite struct BuildSessionThreadTests {
    @Test func buildsAskedFromTwoThreadsAtOnceEndEqualToAFreshBuild() throws {
        let shop = try IncrementalShop()
        #expect(shop.session.build(changed: []).outcome.succeeded)
        let product = "content/products/P-007.md", customer = "content/customers/C-03.md"
        try shop.replace(product, "price: 12 }", "price: 13 }")
        try shop.replace(customer, "name: 客户 3 公司", "name: 客户三 集团")
        let session = shop.session, changes = [product, customer]
        let outcomes = Mutex<[SessionOutcome]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = session.build(changed: [changes[index]])
            outcomes.withLock { $0.append(result) }
        }
        let results = outcomes.withLock { $0 }
        #expect(results.count == 2)
        for result in results { #expect(result.outcome.succeeded, "\(result.outcome.diagnostics)") }
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
        #expect(IncrementalShop.emptyFolders(shop.output) == [])
    }
}
