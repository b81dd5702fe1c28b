import Diagnostics
import Testing
@testable import ShopModel

@Suite struct ShopChecksTests {
    static let lines = ["title": 3, "type": 4, "moq": 6, "lead_time_days": 7, "price_tiers": 9, "images": 14]

    static func product(_ configure: (inout Product) -> Void) -> Product {
        var product = Fixture.product("P1", tiers: [(50, "18"), (100, "15")], lines: lines)
        configure(&product)
        return product
    }

    /// The guide's listing warnings (images, title wording), which `ShopListingChecksTests` covers; left out here so the
    /// fixture's short titles and missing images do not crowd every table.
    static let listingCodes: Set<String> = ["W-FEW-IMAGES", "W-TITLE-NO-MOQ", "W-SPOT-TITLE-MADE-TO-ORDER", "W-CUSTOM-TITLE-SPOT"]

    static func messages(_ shop: Shop, imageExists: (String) -> Bool = { _ in true }) -> [String] {
        ShopChecks.diagnostics(for: shop, imageExists: imageExists).filter { !listingCodes.contains($0.code.rawValue) }.map(\.description)
    }

    @Test func aCleanShopHasNoDiagnostics() {
        #expect(Self.messages(Fixture.shop(products: [Self.product { _ in }])) == [])
    }

    @Test(arguments: [
        ("2024 最好的纯棉 T 恤", ["content/products/P1.md:3: error: title contains the banned absolute term \"最好\""]),
        ("全网第一 顶级品质", ["content/products/P1.md:3: error: title contains the banned absolute term \"全网第一\"",
                               "content/products/P1.md:3: error: title contains the banned absolute term \"顶级\""]),
        ("销量冠军 螺丝", ["content/products/P1.md:3: error: title contains the banned absolute term \"销量冠军\""]),
        ("第一代 智能门锁", []),
        ("第一代 门锁 行业第一", ["content/products/P1.md:3: error: title contains the banned absolute term \"第一\""]),
        ("No.1 hinge", ["content/products/P1.md:3: error: title contains the banned absolute term \"NO.1\""]),
        ("秒杀价 合页", ["content/products/P1.md:3: error: title contains the banned absolute term \"秒杀价\""]),
        ("不锈钢合页 4 寸", []),
    ])
    func bannedTermsInTitlesAreErrors(title: String, expected: [String]) {
        let settings = Fixture.settings {
            $0.bannedWords = ["秒杀价"]
            $0.allowedWords = ["第一代"]
        }
        #expect(Self.messages(Fixture.shop(settings: settings, products: [Self.product { $0.title = title }])) == expected)
    }

    /// What an import asks after writing: the checks' errors alone, the same as the errors among all the diagnostics
    /// (titles with and without banned terms, beside a product with warnings and one with two hits).
    @Test(arguments: ["2024 最好的纯棉 T 恤", "全网第一 顶级品质", "秒杀价 合页", "第一代 智能门锁", "不锈钢合页 4 寸"])
    func errorsAloneAreTheErrorsOfAllTheChecks(title: String) {
        let settings = Fixture.settings {
            $0.bannedWords = ["秒杀价"]
            $0.allowedWords = ["第一代"]
        }
        let warned = Self.product { $0.priceTiers = []; $0.moq = nil }
        let second = Fixture.product("P2", title: "最佳 销量冠军 合页", tiers: [(50, "18")], lines: Self.lines)
        let shop = Fixture.shop(settings: settings, products: [Self.product { $0.title = title }, warned, second])
        let all = ShopChecks.diagnostics(for: shop)
        #expect(ShopChecks.errors(for: shop) == all.filter { $0.severity == .error })
        #expect(all.contains { $0.severity == .warning })
        #expect(ShopChecks.errors(for: shop).count == all.filter { $0.severity == .error }.count)
        #expect(ShopChecks.errors(for: shop).suffix(2).map(\.description) == [
            "content/products/P2.md:3: error: title contains the banned absolute term \"最佳\"",
            "content/products/P2.md:3: error: title contains the banned absolute term \"销量冠军\"",
        ])
    }

    /// Terms found in one pass by their leading bytes: one-byte terms, terms sharing a lead, a term ending the title,
    /// the first occurrence outside an allowed word, and a hit inside a longer one dropped.
    @Test(arguments: [
        ("x-ray 工作台 X", ["x"], [String](), [BannedTerms.Hit(term: "x", offset: 0, length: 1)]),
        ("最佳 最好 最优秀", [], [], [BannedTerms.Hit(term: "最佳", offset: 0, length: 6),
                                     BannedTerms.Hit(term: "最好", offset: 7, length: 6),
                                     BannedTerms.Hit(term: "最优秀", offset: 14, length: 9)]),
        ("纯棉100%", [], [], [BannedTerms.Hit(term: "100%", offset: 6, length: 4)]),
        ("第一代 第一", [], ["第一代"], [BannedTerms.Hit(term: "第一", offset: 10, length: 6)]),
        ("销量冠军", [], [], [BannedTerms.Hit(term: "销量冠军", offset: 0, length: 12)]),
        ("ab", ["abc", "b"], [], [BannedTerms.Hit(term: "b", offset: 1, length: 1)]),
    ])
    func bannedTermsAreFoundWhereTheyStart(text: String, extra: [String], allowed: [String], expected: [BannedTerms.Hit]) {
        #expect(BannedTerms.hits(in: text, banned: BannedTerms.builtIn + extra, allowed: allowed) == expected)
    }

    /// A title word is found as `String.contains` finds it: by bytes in plain ASCII and CJK text, by whole characters
    /// once anything else is there (a combining mark joins 制 into another character; 件 alone is not 件起).
    @Test(arguments: [
        ("防锈 纯棉 产品1 20 件起批", "件起", true), ("防锈 纯棉 20 件", "件起", false), ("Custom 定制 logo", "定制", true),
        ("定\u{0301}制款", "定制", false), ("定制\u{0301}款", "定制", false), ("é 定制款", "定制", true),
        ("现货", "现货", true), ("现", "现货", false), ("", "件起", false), ("加工 🔧", "加工", true),
    ])
    func aTitleWordIsFoundAsContainsFindsIt(title: String, word: String, found: Bool) {
        #expect(ShopChecks.contains(title, word) == found)
        #expect(title.contains(word) == found)
    }

    @Test func activeProductWithoutTiersMoqOrLeadTimeIsWarned() {
        let product = Self.product {
            $0.priceTiers = []
            $0.moq = nil
            $0.leadTimeDays = nil
        }
        #expect(Self.messages(Fixture.shop(products: [product])) == [
            "content/products/P1.md:9: warning: active product has no price tiers, so buyers see no price",
            "content/products/P1.md:6: warning: active product has no moq (minimum order quantity)",
            "content/products/P1.md:7: warning: active product has no lead_time_days; the default of 7 days for spot products applies",
        ])
        var draft = product
        draft.status = .draft
        #expect(Self.messages(Fixture.shop(products: [draft])) == [])
    }

    @Test func aPriceThatRisesWithQuantityIsWarnedAtTheTierLine() {
        let product = Self.product { $0.priceTiers = [PriceTier(min: 100, price: Money(15), line: 10), PriceTier(min: 200, price: Money(16), line: 11)] ; $0.moq = 100 }
        #expect(Self.messages(Fixture.shop(products: [product])) == [
            "content/products/P1.md:11: warning: price rises with quantity: 100 件 at ¥15.00 but 200 件 at ¥16.00",
        ])
    }

    @Test func subCentPricesKeepTheirDecimals() {
        let product = Self.product { $0.priceTiers = [PriceTier(min: 1000, price: Fixture.money("0.035"), line: 10), PriceTier(min: 5000, price: Fixture.money("0.036"), line: 11)] ; $0.moq = 1000 }
        #expect(Self.messages(Fixture.shop(products: [product])) == [
            "content/products/P1.md:11: warning: price rises with quantity: 1000 件 at ¥0.035 but 5000 件 at ¥0.036",
        ])
    }

    @Test(arguments: [
        (30, "content/products/P1.md:6: warning: moq is 30 件 but the first price tier starts at 50 件, so orders of 30–49 件 have no price"),
        (80, "content/products/P1.md:6: warning: moq is 80 件 but the first price tier starts at 50 件, so the tier price from 50 件 can never apply below the moq"),
    ])
    func aWrittenMoqOtherThanTheFirstTierIsWarned(moq: Int, expected: String) {
        let product = Self.product {
            $0.moq = moq
            $0.moqWritten = true
        }
        #expect(Self.messages(Fixture.shop(products: [product])) == [expected])
    }

    @Test(arguments: [(ProductType.custom, 7, true), (.processing, 9, true), (.processing, 10, false), (.spot, 3, false)])
    func madeToOrderLeadTimesBelowTenDaysAreWarned(type: ProductType, days: Int, warned: Bool) {
        let product = Self.product {
            $0.type = type
            $0.leadTimeDays = days
        }
        let expected = warned ? ["content/products/P1.md:7: warning: \(type.rawValue) product has lead_time_days \(days), below the 10 days made-to-order work usually needs"] : []
        #expect(Self.messages(Fixture.shop(products: [product])) == expected)
    }

    @Test func missingImagesAreWarnedOnlyWithTheExistenceCheck() {
        let product = Self.product { $0.images = ["assets/p1.jpg", "assets/missing.jpg"] }
        let settings = Fixture.settings { $0.logo = "assets/logo.svg" }
        let shop = Fixture.shop(settings: settings, products: [product])
        #expect(Self.messages(shop, imageExists: { $0 == "assets/p1.jpg" }) == [
            "content/site.yaml:1: warning: logo \"assets/logo.svg\" does not exist under content/",
            "content/products/P1.md:14: warning: image \"assets/missing.jpg\" does not exist under content/",
        ])
        #expect(Self.messages(shop) == [])  // without the existence check (the model does no I/O)
    }

    @Test(arguments: [(OrderStatus.shipped, nil), (.completed, ""), (.completed, "  ")] as [(OrderStatus, String?)])
    func shippedOrCompletedOrdersWithoutTrackingAreWarned(status: OrderStatus, tracking: String?) {
        let order = Fixture.order("O1", "A", "2025-11-20", "10", status: status, tracking: tracking)
        #expect(Self.messages(Fixture.shop(customers: [Fixture.customer("A")], orders: [order])) == [
            "content/orders/O1.md:4: warning: order is \(status.rawValue) but has no tracking number",
        ])
    }

    @Test func lateOrdersAreWarned() {
        var shippedLate = Fixture.order("O1", "A", "2025-11-20", "10")
        shippedLate.shippedAt = Fixture.day("2025-11-25")               // ship_by 11-23
        shippedLate.source.lines["shipped_at"] = 8
        let unshipped = Fixture.order("O2", "A", "2025-11-20", "10", status: .pendingShipment)   // ship_by 11-23
        let unshippedInTime = Fixture.order("O3", "A", "2025-11-29", "10", status: .pendingShipment)
        let shop = Fixture.shop(customers: [Fixture.customer("A")], orders: [shippedLate, unshipped, unshippedInTime])
        #expect(Self.messages(shop) == [
            "content/orders/O1.md:8: warning: order shipped on 2025-11-25, 2 days after its ship-by date 2025-11-23",
            "content/orders/O2.md:6: warning: order is not shipped and is 7 days past its ship-by date 2025-11-23 (as of 2025-11-30)",
        ])
        let analytics = ShopAnalytics(shop: shop)
        #expect(analytics.lateOrders.map(\.id) == ["O1", "O2"])
        #expect(analytics.untrackedOrders.isEmpty)
    }
}
