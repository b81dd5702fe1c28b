import Diagnostics
import Testing
@testable import ShopModel

/// The guide's product checks (issue 15.6, contract "Checks"): fewer than 5 images, a title without its MOQ wording, a
/// title contradicting the product's type, banned terms in bodies and specs, and lines priced below the floor price.
@Suite struct ShopListingChecksTests {
    static let lines = ["title": 2, "type": 3, "images": 8, "specs": 9]
    static let fiveImages = (1...5).map { "assets/p\($0).jpg" }

    /// A product that passes every listing check unless `configure` changes it.
    static func product(_ configure: (inout Product) -> Void = { _ in }) -> Product {
        var product = Fixture.product("P1", title: "不锈钢螺丝 50件起批", tiers: [(50, "18"), (100, "15")], lines: lines)
        product.images = fiveImages
        product.bodyLine = 14
        configure(&product)
        return product
    }

    static func messages(_ product: Product, allowed: [String] = ["第一代"]) -> [String] {
        let settings = Fixture.settings { $0.allowedWords = allowed }
        return ShopChecks.diagnostics(for: Fixture.shop(settings: settings, products: [product])).map(\.description)
    }

    static let at = "content/products/P1.md:"

    @Test(arguments: [
        (0, [at + "8: warning: product has 0 images; the guide asks for 5, the first on a white background"]),
        (1, [at + "8: warning: product has 1 image; the guide asks for 5, the first on a white background"]),
        (4, [at + "8: warning: product has 4 images; the guide asks for 5, the first on a white background"]),
        (5, []),
        (6, []),
    ])
    func fewerThanFiveImagesIsAWarning(count: Int, expected: [String]) {
        let product = Self.product { $0.images = (0..<count).map { "assets/p\($0).jpg" } }
        #expect(Self.messages(product) == expected)
    }

    @Test(arguments: [
        ("不锈钢螺丝 50件起批", ProductType.spot, [String]()),
        ("不锈钢螺丝 千只起订", .spot, []),
        ("不锈钢螺丝 100件起", .spot, []),
        ("不锈钢螺丝 100只起", .spot, [at + "2: warning: title does not state the minimum order (起批 / 起订 / 件起)"]),
        ("不锈钢螺丝", .spot, [at + "2: warning: title does not state the minimum order (起批 / 起订 / 件起)"]),
        ("不锈钢螺丝 可定制 50件起批", .spot,
         [at + "2: warning: spot product's title promises \"定制\", which a spot product does not offer"]),
        ("螺丝 来图加工 50件起批", .spot,
         [at + "2: warning: spot product's title promises \"来图\", which a spot product does not offer",
          at + "2: warning: spot product's title promises \"加工\", which a spot product does not offer"]),
        ("螺丝 来图加工 50件起批", .processing, []),
        ("螺丝 现货 50件起批", .spot, []),
        ("螺丝 现货速发 定制 50件起批", .custom, [at + "2: warning: custom product's title says \"现货\", but it is made to order"]),
        ("螺丝 现货 50件起批", .processing, []),
        ("螺丝 定制 50件起批", .custom, []),
    ])
    func titleWordingIsChecked(title: String, type: ProductType, expected: [String]) {
        let product = Self.product {
            $0.title = title
            $0.type = type
            $0.leadTimeDays = type == .spot ? 3 : 15
        }
        #expect(Self.messages(product) == expected)
    }

    @Test(arguments: [
        ("好螺丝。\n\n**品质首选**，出口欧美。\n", [at + "16: warning: description contains the banned absolute term \"首选\""]),
        ("第一代快装底座通用。\n", []),
        ("第一代升级，行业第一。\n", [at + "14: warning: description contains the banned absolute term \"第一\""]),
        ("最好\n\n最好\n顶级\n", [at + "14: warning: description contains the banned absolute term \"最好\"",
                                 at + "17: warning: description contains the banned absolute term \"顶级\""]),
        ("", []),
    ])
    func bannedTermsInTheBodyAreWarningsAtTheirLine(body: String, expected: [String]) {
        #expect(Self.messages(Self.product { $0.body = body }) == expected)
    }

    @Test func bannedTermsInSpecsAreWarningsAtTheSpecLine() {
        let product = Self.product {
            $0.specs = [Spec(name: "材质", value: "顶级 304 不锈钢", line: 10), Spec(name: "工艺", value: "第一代冷镦", line: 11),
                        Spec(name: "国家级认证", value: "有", line: 12)]
        }
        #expect(Self.messages(product) == [Self.at + "10: warning: spec \"材质\" contains the banned absolute term \"顶级\"",
                                           Self.at + "12: warning: spec \"国家级认证\" contains the banned absolute term \"国家级\""])
    }

    @Test(arguments: [
        ("11.99", ["content/orders/O1.md:7: warning: `P1` is priced at ¥11.99, below its floor price ¥12.00",
                   "content/quotes/Q1.md:6: warning: `P1` is priced at ¥11.99, below its floor price ¥12.00"]),
        ("12", []),
        ("12.0001", []),
        ("0.035", ["content/orders/O1.md:7: warning: `P1` is priced at ¥0.035, below its floor price ¥12.00",
                   "content/quotes/Q1.md:6: warning: `P1` is priced at ¥0.035, below its floor price ¥12.00"]),
    ])
    func linesBelowTheFloorPriceAreWarnings(price: String, expected: [String]) {
        let product = Self.product { $0.floorPrice = Fixture.money("12") }
        var order = Fixture.order("O1", "C1", "2025-11-20", price)
        order.items[0].line = 7
        var quote = Quote(id: QuoteID("Q1"), customer: CustomerID("C1"), date: Fixture.day("2025-11-20"),
                          validUntil: Fixture.day("2025-12-05"), source: Fixture.source("content/quotes/Q1.md", ["items": 5]))
        quote.items = [QuoteLine(sku: SKU("P1"), description: nil, qty: 50, unit: "件", price: Fixture.money(price),
                                 priceSource: .negotiated, line: 6),
                       QuoteLine(sku: nil, description: "开模费", qty: 1, unit: "项", price: Fixture.money("1"), priceSource: .negotiated,
                                 line: 7)]
        let shop = Fixture.shop(products: [product], orders: [order], quotes: [quote])
        #expect(ShopChecks.diagnostics(for: shop).map(\.description) == expected)
    }

    @Test func withoutFloorPricesNoLineIsChecked() {
        let shop = Fixture.shop(products: [Self.product()], orders: [Fixture.order("O1", "C1", "2025-11-20", "0.01")])
        #expect(ShopChecks.floorPrices(shop.products).isEmpty)
        #expect(ShopChecks.diagnostics(for: shop).isEmpty)
    }

    @Test func messagesHaveChineseTexts() {
        let warning = Diagnostic.warning("W-BELOW-FLOOR-PRICE", ["sku": "P1", "price": "¥11.99", "floor": "¥12.00"],
                                         at: Location(path: "content/orders/O1.md", line: 7))
        #expect(warning.formatted(in: .zhCN) == "content/orders/O1.md:7: warning: `P1` 单价 ¥11.99，低于最低售价 ¥12.00")
        let images = Diagnostic.warning("W-FEW-IMAGES", ["count": "1", "minimum": "5"], at: Location(path: "p.md", line: 8))
        #expect(images.formatted(in: .zhCN) == "p.md:8: warning: 商品只有 1 张图片；平台建议上传 5 张，首图用白底图")
    }
}
