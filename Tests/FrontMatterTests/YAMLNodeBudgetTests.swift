import Diagnostics
import Testing
@testable import FrontMatter

/// The alias budget grows with the file (ten nodes a byte, at least 10,000), so many small files cannot each expand
/// to a million nodes; real anchors stay far inside it.
@Suite struct YAMLNodeBudgetTests {
    /// Six levels of nine aliases: about 600,000 nodes once expanded, under the old cap of a million, in 300 bytes.
    static let smallBomb: String = {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...5 {
            let items = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("l\(level): &l\(level) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func smallAliasBombUnderTheOldCapIsRefusedAtTheAliasThatPassesTheBudget() {
        // Nodes so far: l0–l3 with their keys make 8,306; the first *l3 of l4 (7,381 more) passes 10,000.
        // Caught by hand: an accepted bomb is not printed whole, as #expect(throws:) would print it.
        do throws(Diagnostic) {
            _ = try YAMLReader.parse(Self.smallBomb, path: "content/products/x.md", firstLine: 2)
            Issue.record("a 600,000-node alias bomb of 300 bytes was accepted")
        } catch {
            #expect(error.description == "content/products/x.md:6:10: error: alias *l3 expands the YAML to more than 10000 nodes (allowed: 10 a byte of YAML, at least 10000)")
            #expect(error == .error("E-YAML-ALIAS-EXPANSION", ["alias": "l3", "limit": "10000", "perByte": "10", "floor": "10000"],
                                    at: Location(path: "content/products/x.md", line: 6, column: 10)))
        }
    }

    @Test func tooManyPlainNodesSayNodesNotAliases() {
        let text = "v: [" + String(repeating: "1,", count: YAMLReader.maximumNodeCount) + "1]\n"
        do throws(Diagnostic) {
            _ = try YAMLReader.parse(text, path: "big.md", firstLine: 2)
            Issue.record("a million plain nodes accepted")
        } catch {
            #expect(error.message == "YAML has more than 1000000 nodes (too many keys and values in one file)")
            #expect(error.location?.line == 2)
        }
    }

    @Test func sharedPriceTiersThroughAnAnchorStillWork() throws {
        let text = """
            title: 螺丝
            base: &tiers
              - { min: 50, price: 10 }
              - { min: 500, price: 9 }
            price_tiers: *tiers
            variants:
              - { color: red, price_tiers: *tiers }
              - { color: blue, price_tiers: *tiers }

            """
        let root = try YAMLReader.parse(text, path: "content/products/a.md", firstLine: 2)
        #expect(root["price_tiers"]?.items?.count == 2)
        #expect(root["price_tiers"]?.items?.last?["price"]?.scalar == "9")
        let variants = try #require(root["variants"]?.items)
        #expect(variants.map { $0["price_tiers"]?.items?.first?["min"]?.scalar } == ["50", "50"])
    }

    @Test func anAnchorUsedOftenInALargerFileStaysWithinItsBudget() throws {
        // 1,000 aliases of a 21-node mapping: over 21,000 nodes, past the floor but under ten a byte of this file.
        let fields = (1...10).map { "f\($0): v" }.joined(separator: ", ")
        let text = "base: &b {\(fields)}\nitems:\n" + String(repeating: "  - *b\n", count: 1_000)
        #expect(text.utf8.count * 10 > 21_000)
        let root = try YAMLReader.parse(text, path: "a.md")
        #expect(root["items"]?.items?.count == 1_000)
        #expect(root["items"]?.items?.last?["f10"]?.scalar == "v")
    }
}
