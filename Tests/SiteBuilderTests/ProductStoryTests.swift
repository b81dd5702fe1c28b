import Foundation
import ShopLoader
import ShopModel
import Testing
@testable import SiteBuilder

/// The product fields of issue 15.5: cost and floor_price (internal), cases (批量采购案例) and reviews (买家评价), their
/// errors with lines, the average rating, and where they show (product page, catalog card, search index).
struct ProductStoryTests {
    static let head = "---\ntitle: 螺丝 50只起批\ntype: spot\nmoq: 50\nlead_time_days: 3\nprice_tiers:\n  - { min: 50, price: 10 }\n"

    static func load(_ product: String) throws -> LoadResult {
        var files = Fixture.minimalShop
        files["content/products/SKU-1.md"] = Array((head + product + "---\n").utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        return ShopLoader.load(shopPath: shop, options: LoadOptions())
    }

    @Test func fieldsAreReadWithTheirLines() throws {
        let result = try Self.load("""
            cost: 6.5
            floor_price: "8.80"
            cases:
              - { buyer: 某连锁超市, qty: 500, note: 门店工装 }
              - { buyer: 某工厂, qty: 80 }
            reviews:
              - { buyer: 广州某服装厂, date: 2025-10-02, rating: 5, text: 面料厚实 }
              - { buyer: 某商行, date: 2025-11-01, rating: 4 }

            """)
        let product = try #require(result.shop?.products.first)
        #expect(product.cost == Money(tenThousandths: 65_000) && product.floorPrice == Money(tenThousandths: 88_000))
        #expect(product.cases == [ProductCase(buyer: "某连锁超市", qty: 500, note: "门店工装", line: 11),
                                  ProductCase(buyer: "某工厂", qty: 80, note: "", line: 12)])
        #expect(product.reviews.map(\.rating) == [5, 4] && product.reviews[0].date == Day("2025-10-02"))
        #expect(product.reviews[1].text == "" && product.reviews[1].line == 15)
        #expect(product.params.isEmpty, "cost and floor_price must not reach templates as params")
        #expect(product.ratingText == "4.5" && product.bodyLine == 17)
    }

    @Test(arguments: [
        ("cost: abc\n", "content/products/SKU-1.md:8: error: `cost`: `abc` is not a decimal amount"),
        ("floor_price: -1\n", "content/products/SKU-1.md:8: error: `floor_price` must not be negative, not `-1`"),
        ("cases: 某超市\n", "content/products/SKU-1.md:8: error: `cases` must be a list of `{ buyer: …, qty: …, note: … }`"),
        ("cases:\n  - { qty: 5 }\n", "content/products/SKU-1.md:9: error: missing required field `buyer`"),
        ("cases:\n  - { buyer: 某厂, qty: 0 }\n", "content/products/SKU-1.md:9: error: `qty` must be a whole number of at least 1, not `0`"),
        ("reviews: {}\n", "content/products/SKU-1.md:8: error: `reviews` must be a list of `{ buyer: …, date: …, rating: …, text: … }`"),
        ("reviews:\n  - { buyer: 某厂, date: 2025-13-01, rating: 5 }\n",
         "content/products/SKU-1.md:9: error: `date`: `2025-13-01` is not a valid date (YYYY-MM-DD)"),
        ("reviews:\n  - { buyer: 某厂, date: 2025-10-01, rating: 0 }\n",
         "content/products/SKU-1.md:9: error: `rating` must be a whole number of stars from 1 to 5, not `0`"),
        ("reviews:\n  - { buyer: 某厂, date: 2025-10-01, rating: 6 }\n",
         "content/products/SKU-1.md:9: error: `rating` must be a whole number of stars from 1 to 5, not `6`"),
        ("reviews:\n  - { buyer: 某厂, date: 2025-10-01, rating: 4.5 }\n",
         "content/products/SKU-1.md:9: error: `rating` must be a whole number of stars from 1 to 5, not `4.5`"),
        ("reviews:\n  - { buyer: 某厂, date: 2025-10-01 }\n", "content/products/SKU-1.md:9: error: missing required field `rating`"),
        ("reviews:\n  - { buyer: 某厂, date: 2025-10-01, rating: 5, stars: 5 }\n",
         "content/products/SKU-1.md:9: warning: unknown key `stars` in a review; ignored"),
    ])
    func badValuesAreErrorsAtTheirLine(text: String, message: String) throws {
        let result = try Self.load(text)
        #expect(result.diagnostics.sorted.map(\.description) == [message])
    }

    @Test(arguments: [
        ([Int](), nil as String?), ([5], "5.0"), ([5, 4], "4.5"), ([5, 5, 4], "4.7"), ([4, 4, 5], "4.3"), ([1, 2], "1.5"),
        ([1], "1.0"), ([3, 4, 4, 4, 4, 4], "3.8"),
    ])
    func averageRatingHasOneDecimalRoundedHalfAwayFromZero(ratings: [Int], text: String?) {
        var product = Product(sku: SKU("P"), title: "螺丝", type: .spot, source: FieldLines(file: .init(path: "p.md")))
        product.reviews = ratings.map { ProductReview(buyer: "某厂", date: Day(ordinal: 0), rating: $0) }
        #expect(product.ratingText == text)
    }

    @Test func productPageCardAndSearchIndexShowCasesReviewsAndRating() throws {
        let product = "---\ntitle: 纯棉 T 恤 50件起批\ntype: spot\nmoq: 50\nlead_time_days: 3\nprice_tiers:\n  - { min: 50, price: 18 }\n"
            + "cost: 777.77\nfloor_price: 14.37\ncases:\n  - { buyer: 某连锁超市, qty: 500, note: 门店工装 }\n"
            + "reviews:\n  - { buyer: 广州某服装厂, date: 2025-10-02, rating: 5, text: 面料<厚实> }\n"
            + "  - { buyer: 某商行, date: 2025-11-01, rating: 4 }\n---\n好衣服。\n"
        for audience in [Audience.internal, .public] {
            let shop = SiteFixture.smallShop(extra: ["content/products/HD-T001.md": product])
            let output = SiteFixture.temporaryFolder("out")
            let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output, audience: audience))
            #expect(outcome.exitCode == 0)
            let page = SiteFixture.text(output, "products/HD-T001.html")
            #expect(page.contains("<h2 class=\"section-title\">批量采购案例 <span class=\"count\">1</span></h2>"))
            #expect(page.contains("<tr><td>某连锁超市</td><td class=\"num\">500 件</td><td>门店工装</td></tr>"))
            #expect(page.contains("<span class=\"stars\" title=\"5 星\">★★★★★</span> <span class=\"review-buyer\">广州某服装厂</span> "
                                  + "<span class=\"review-date\">2025-10-02</span></p><p class=\"review-text\">面料&lt;厚实&gt;</p>"))
            #expect(page.contains("<span class=\"rating-value\">4.5</span> <a href=\"#reviews\">2 条评价</a>"))
            let catalog = SiteFixture.text(output, "products/index.html")
            #expect(catalog.contains("<span class=\"rating-value\">4.5</span> <span class=\"rating-count\">2 条评价</span>"))
            let index = SiteFixture.text(output, "search-index.json")
            #expect(index.contains("\"rating\":\"4.5\",\"stars\":\"★★★★★\",\"reviews\":2,\"reviews_text\":\"2 条评价\""))
            // The floor price is below every line's price here, so no warning names it either.
            for (path, bytes) in SiteFixture.files(in: output) {
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!text.contains("777.77") && !text.contains("14.37"), "\(path) shows the cost or floor price")
            }
        }
    }
}

/// The margin column of the internal product analytics (issue 15.5): only when some product has a cost.
struct ProductMarginPageTests {
    static func build(cost: String?) -> String {
        let product = "---\ntitle: 纯棉 T 恤 50件起批\ntype: spot\nmoq: 50\nlead_time_days: 3\nprice_tiers:\n  - { min: 50, price: 18 }\n"
            + "  - { min: 100, price: 15 }\n" + (cost.map { "cost: \($0)\n" } ?? "") + "---\n"
        // Visitors but no sale in the 7-day window: the product has a row there, with no GMV.
        let traffic = "date,sku,visitors,page_views,add_to_cart\n2025-11-28,HD-T001,40,90,2\n"
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-T001.md": product, "content/data/traffic.csv": traffic])
        let output = SiteFixture.temporaryFolder("out")
        #expect(SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)).exitCode == 0)
        return output
    }

    @Test func marginIsShownPerWindowWithADashWithoutGMV() {
        let output = Self.build(cost: "9.5")
        // O-1: 100 units at ¥15 on 2025-11-20 → GMV ¥1,500 in the 30-day window, none in the 7-day one.
        let csv30 = SiteFixture.text(output, "analytics/products-30.csv"), csv7 = SiteFixture.text(output, "analytics/products-7.csv")
        #expect(csv30.contains(",毛利率\r\n") && csv30.contains(",100,1500.00,") && csv30.hasSuffix(",0.3667\r\n"))
        #expect(csv7.hasSuffix(",40,90,2,0.05,0,0,0.00,0,\r\n"))
        let page = SiteFixture.text(output, "analytics/products/index.html")
        #expect(page.contains(">36.7%</td></tr>") && page.contains(">—</td></tr>"))
        #expect(page.contains("毛利率 =（成交额 − 销量 × 成本价）÷ 成交额"))
    }

    @Test func noCostMeansNoMarginColumn() {
        let output = Self.build(cost: nil)
        #expect(!SiteFixture.text(output, "analytics/products/index.html").contains("毛利率"))
        #expect(!SiteFixture.text(output, "analytics/products-30.csv").contains("毛利率"))
    }
}
