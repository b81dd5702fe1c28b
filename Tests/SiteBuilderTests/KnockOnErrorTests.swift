import Testing
@testable import SiteBuilder

/// A reference that fails only because the file defining its id did not load is printed under that file's error,
/// so the cause always comes first (issue 12, smaller: "knock-on errors print before their cause").
struct KnockOnErrorTests {
    static func shop(_ files: [String: String]) throws -> String {
        var all = Fixture.minimalShop
        all["content/customers/C-1.md"] = Array("---\nname: 客户一\n---\n".utf8)
        for (path, text) in files { all[path] = Array(text.utf8) }
        return try Fixture.temporaryShop(all)
    }

    static func order(sku: String = "SKU-1", customer: String = "C-1") -> String {
        "---\ncustomer: \(customer)\ndate: 2025-11-20\nstatus: pending_payment\nitems:\n  - { sku: \(sku), qty: 50 }\n---\n"
    }

    @Test func productWithAYAMLErrorComesBeforeTheOrdersAndQuotesNamingIt() throws {
        let shop = try Self.shop([
            "content/products/SKU-1.md": "---\ntitle: [螺丝\ntype: spot\n---\n",
            "content/orders/A-1.md": Self.order(),
            "content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-11-25\nitems:\n  - { sku: SKU-1, qty: 50, price: 1 }\n---\n",
        ])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.exitCode == CommandOutcome.contentErrors)
        #expect(outcome.stderr == """
            content/products/SKU-1.md:3:5: error: malformed YAML: did not find expected ',' or ']'
              content/orders/A-1.md:6: note: unknown sku `SKU-1` here follows from this error
              content/quotes/Q-1.md:5: note: unknown sku `SKU-1` here follows from this error

            """)
        #expect(outcome.stdout == "1 error, 0 warnings\n")
    }

    @Test func customerMissingItsNameComesBeforeTheOrderNamingIt() throws {
        let shop = try Self.shop(["content/customers/C-2.md": "---\nregion: 广东\n---\n", "content/orders/A-1.md": Self.order(customer: "C-2")])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.stderr == """
            content/customers/C-2.md:1: error: missing required field `name`
              content/orders/A-1.md:2: note: unknown customer `C-2` here follows from this error

            """)
    }

    @Test func productWhoseWrittenSKUDiffersFromItsFileNameIsFoundByTheWrittenSKU() throws {
        let shop = try Self.shop(["content/products/p.md": "---\nsku: HD-9\ntype: spot\n---\n", "content/orders/A-1.md": Self.order(sku: "HD-9")])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.stderr == """
            content/products/p.md:1: error: missing required field `title`
              content/orders/A-1.md:6: note: unknown sku `HD-9` here follows from this error

            """)
    }

    @Test func manyReferencesListTheFirstFiveAndCountTheRest() throws {
        var files = ["content/products/SKU-1.md": "---\ntype: spot\n---\n"]
        for n in 1...7 { files["content/orders/A-\(n).md"] = Self.order() }
        let outcome = ShopCommands.check(shopPath: try Self.shop(files), language: .en)
        #expect(outcome.stderr == """
            content/products/SKU-1.md:1: error: missing required field `title`
              content/orders/A-1.md:6: note: unknown sku `SKU-1` here follows from this error
              content/orders/A-2.md:6: note: unknown sku `SKU-1` here follows from this error
              content/orders/A-3.md:6: note: unknown sku `SKU-1` here follows from this error
              content/orders/A-4.md:6: note: unknown sku `SKU-1` here follows from this error
              content/orders/A-5.md:6: note: unknown sku `SKU-1` here follows from this error
              note: and 2 more references to it

            """)
    }

    /// A paid order left out by an error lowers its customer's tier; the promotion that tier refuses (on a quote or on
    /// another order) is printed under that error, not as an error of its own, and the traffic rows of a product
    /// whose file did not load are not "unknown sku" warnings.
    @Test(arguments: [
        ("content/products/SKU-2.md", "---\ntitle: [螺丝\ntype: spot\n---\n",
         "content/products/SKU-2.md:3:5: error: malformed YAML: did not find expected ',' or ']'\n"
         + "  content/orders/A-1.md:6: note: unknown sku `SKU-2` here follows from this error\n"),
        ("content/orders/A-1.md", "---\ncustomer: C-1\ndate: [2025-11-20\n---\n",
         "content/orders/A-1.md:4:1: error: malformed YAML: did not find expected ',' or ']'\n"),
    ])
    func aPromotionRefusedForATierMissingAnOrderFollowsFromThatOrdersError(broken: String, text: String, cause: String) throws {
        let product2 = "---\ntitle: 螺母 50件起批\ntype: spot\nlead_time_days: 3\nprice_tiers:\n  - { min: 50, price: 10 }\n"
            + "images: [\(Fixture.fiveImages.joined(separator: ", "))]\n---\n"
        let paid = { (id: String, sku: String, qty: Int, promotion: String) in
            "---\ncustomer: C-1\ndate: 2025-11-2\(id.suffix(1))\nstatus: completed\n\(promotion)items:\n  - { sku: \(sku), qty: \(qty) }\n---\n"
        }
        var files = [
            "content/products/SKU-2.md": product2,
            "content/orders/A-1.md": paid("A-1", "SKU-2", 200, ""),
            "content/orders/A-2.md": paid("A-2", "SKU-1", 50, "promotion: P-1\n"),
            "content/promotions/P-1.md": "---\nname: 老客户满减\nthreshold: 100\namount: 10\ntiers: [regular, key]\nstart: 2025-11-01\nend: 2025-11-30\n---\n",
            "content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-11-25\npromotion: P-1\nitems:\n  - { sku: SKU-1, qty: 100 }\n---\n",
            "content/data/traffic.csv": "date,sku,views,visitors,add_to_cart\n2025-11-20,SKU-2,10,8,1\n",
        ]
        files[broken] = text
        let outcome = ShopCommands.check(shopPath: try Self.shop(files), language: .en)
        #expect(outcome.stderr == cause + """
              content/orders/A-2.md:5: note: order `A-2` cannot use promotion `P-1`: customer tier `new` is not among the promotion's tiers (regular, key) here follows from this error
              content/quotes/Q-1.md:4: note: quote `Q-1` cannot use promotion `P-1`: customer tier `new` is not among the promotion's tiers (regular, key) here follows from this error

            """)
        #expect(outcome.stdout == "1 error, 0 warnings\n")
    }

    @Test func anIDNoFileDefinesIsStillAnErrorOfItsOwn() throws {
        let shop = try Self.shop(["content/products/SKU-2.md": "---\ntype: spot\n---\n", "content/orders/A-1.md": Self.order(sku: "NOPE")])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.stderr == """
            content/orders/A-1.md:6: error: unknown sku `NOPE`
            content/products/SKU-2.md:1: error: missing required field `title`

            """)
    }
    /// A product whose price tiers failed to decode still loads, without those tiers: an order or quote that takes its
    /// price from them must not claim the product "has no price tiers" as an error of its own. It is a knock-on of
    /// the product's error (contract, Checks: every error once, at its cause).
    @Test func aTierPriceLostToTheProductsOwnErrorIsANoteUnderIt() throws {
        let images = "images: [" + Fixture.fiveImages.joined(separator: ", ") + "]\n"
        let product = "---\ntitle: 螺丝 10件起批\ntype: spot\nmoq: 10\nlead_time_days: 3\nprice_tiers:\n  - { min: 10, price: 1.23456 }\n" + images + "---\n"
        let shop = try Self.shop([
            "content/products/SKU-3.md": product,
            "content/orders/A-1.md": Self.order(sku: "SKU-3"),
            "content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-11-25\nitems:\n  - { sku: SKU-3, qty: 50 }\n---\n",
        ])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.exitCode == CommandOutcome.contentErrors)
        #expect(outcome.stderr == """
            content/products/SKU-3.md:7: error: `price`: `1.23456` has more than 4 decimals
              content/orders/A-1.md:6: note: no price for this item: `SKU-3` has no price tiers; write a `price` here follows from this error
              content/quotes/Q-1.md:5: note: no price for this item: `SKU-3` has no price tiers; write a `price` here follows from this error

            """)
        #expect(outcome.stdout == "1 error, 0 warnings\n")
    }

    /// A product without tiers and without an error of its own: the order naming it is still an error.
    @Test func aProductWithoutTiersIsStillTheOrdersError() throws {
        let shop = try Self.shop([
            "content/products/SKU-3.md": "---\ntitle: 螺丝 10件起批\ntype: spot\nmoq: 10\nlead_time_days: 3\n---\n",
            "content/orders/A-1.md": Self.order(sku: "SKU-3"),
        ])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.stderr.contains("content/orders/A-1.md:6: error: no price for this item: `SKU-3` has no price tiers; write a `price`"))
    }
    /// An error elsewhere in the product (a bad `cost`) leaves its tiers whole: an order below the first tier is the
    /// order's own error, not a note under the cost.
    @Test func anErrorOutsideTheTiersDoesNotExcuseTheOrder() throws {
        let images = "images: [" + Fixture.fiveImages.joined(separator: ", ") + "]\n"
        let product = "---\ntitle: 螺丝 10件起批\ntype: spot\nmoq: 10\nlead_time_days: 3\ncost: abc\nprice_tiers:\n  - { min: 100, price: 1 }\n"
            + images + "---\n"
        let shop = try Self.shop(["content/products/SKU-3.md": product, "content/orders/A-1.md": Self.order(sku: "SKU-3")])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.stderr.contains("content/orders/A-1.md:6: error: no price for this item: quantity 50 is below the first price tier"))
        #expect(!outcome.stderr.contains("note:"))
    }
}
