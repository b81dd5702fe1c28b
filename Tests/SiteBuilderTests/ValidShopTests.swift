@testable import ShopLoader
import ShopModel
import Testing
@testable import SiteBuilder

/// The valid fixture shop loads without a diagnostic and with every default of the spec resolved.
struct ValidShopTests {
    static func load(_ options: LoadOptions = LoadOptions()) throws -> (Shop, LoadResult) {
        let result = ShopLoader.load(shopPath: Fixture.path("valid-shop"), options: options)
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics)")
        return (try #require(result.shop), result)
    }

    @Test func productsTakeMoqFromTheFirstTierAndKeepUnknownKeys() throws {
        let (shop, _) = try Self.load()
        #expect(shop.products.map(\.sku) == ["HD-C002", "HD-T001"])
        let shirt = try #require(shop.products.first { $0.sku == "HD-T001" })
        #expect(shirt.moq == 50)
        #expect(!shirt.moqWritten)
        #expect(shirt.unit == "件")
        #expect(shirt.status == .active)
        #expect(shirt.leadTimeDays == 3)
        #expect(shirt.priceTiers.map(\.min) == [50, 100])
        #expect(shirt.priceTiers.map(\.price) == [Money(18), Money(15)])
        #expect(shirt.priceTiers.map(\.line) == [6, 7])
        #expect(shirt.specs == [Spec(name: "材质", value: "纯棉", line: 8), Spec(name: "克重", value: "180g", line: 8)])
        #expect(shirt.keywords == ["纯棉T恤", "批发"])
        #expect(shirt.params == [ParamEntry(key: "color", value: .string("红色"))])
        #expect(shirt.body == "纯棉 T 恤。\n")
        #expect(shirt.source.location(of: "type").description == "content/products/HD-T001.md:3")
        let bag = try #require(shop.products.first { $0.sku == "HD-C002" })
        #expect(bag.moq == 100 && bag.moqWritten)
        #expect(bag.unit == "个")
        #expect(bag.leadTimeDays == nil)
        #expect(bag.priceTiers.map(\.price) == [try Money.parse("12.5"), Money(11)])
    }

    @Test func orderItemsArePricedFromTiersAndShipByFromTheSlowestProduct() throws {
        let (shop, _) = try Self.load()
        let order = try #require(shop.orders.first { $0.id == "O-1" })
        #expect(order.items.map(\.price) == [Money(15), Money(12)])
        #expect(order.items.map(\.priceSource) == [.tier(1), .negotiated])
        #expect(order.items.map(\.line) == [6, 7])
        #expect(order.total == Money(2730))
        // HD-T001 ships in 3 days, HD-C002 (custom, none written) in the site default 15.
        #expect(order.shipBy == Day("2025-11-16"))
        #expect(order.shippedAt == Day("2025-11-03"))
        #expect(order.tracking == "SF1234567890")
        let draftOrder = try #require(shop.orders.first { $0.id == "O-2" })
        #expect(draftOrder.items.first?.price == Money(5))
        #expect(draftOrder.shipBy == Day("2025-11-17"))
    }

    @Test func quoteGetsValidityTaxRateTierPricesAndAnEligiblePromotion() throws {
        let (shop, _) = try Self.load()
        let quote = try #require(shop.quotes.first)
        #expect(quote.validUntil == Day("2025-12-05"))
        #expect(quote.taxRate == (try Rate.parse("0.13")))
        #expect(quote.writtenStatus == .sent)
        #expect(quote.status(asOf: shop.asOf) == .sent)
        #expect(quote.items.map(\.price) == [Money(18), Money(2)])
        #expect(quote.items.map(\.unit) == ["件", "件"])
        #expect(quote.items.map(\.description) == [nil, "定制印花"])
        #expect(quote.promotion == "P-1")
        let totals = quote.totals(promotion: shop.promotions.first)
        #expect(totals.subtotal == Money(1000))
        #expect(totals.tax == Money(117))
        #expect(totals.total == Money(1017))
    }

    @Test func settingsPagesAndTrafficHaveTheirDefaults() throws {
        let (shop, _) = try Self.load()
        #expect(shop.settings.name == "测试五金有限公司")
        #expect(shop.settings.quoteValidityDays == 15)
        #expect(shop.settings.dormantAfterDays == 30)
        #expect(shop.settings.locale == .zhCN)
        #expect(shop.settings.params == [ParamEntry(key: "footer_note", value: .string("自定义"))])
        #expect(shop.asOf == Day("2025-11-30"))
        #expect(shop.pages.map(\.title) == ["about"])
        #expect(shop.pages.first?.body == "关于我们\n")
        #expect(shop.promotions.first?.tiers == [.regular, .key])
        #expect(shop.customers.first?.region == "广东")
        // The row of the draft HD-D003 is left out silently; the unknown `source` column is ignored.
        #expect(shop.traffic.map(\.sku) == [nil, "HD-T001"])
        #expect(shop.traffic.first?.addToCart == 0)
    }

    @Test func draftsAreLeftOutUnlessAskedForButStillPriceOrders() throws {
        let (shop, result) = try Self.load()
        #expect(!shop.products.contains { $0.sku == "HD-D003" })
        #expect(result.excludedDrafts.map(\.sku) == ["HD-D003"])
        let (withDrafts, all) = try Self.load(LoadOptions(includeDrafts: true))
        #expect(withDrafts.products.map(\.sku) == ["HD-C002", "HD-D003", "HD-T001"])
        #expect(all.excludedDrafts.isEmpty)
        #expect(withDrafts.traffic.count == 3)
    }

    @Test func asOfOptionOverridesSiteYAML() throws {
        let (shop, _) = try Self.load(LoadOptions(asOf: Day("2025-12-10")))
        #expect(shop.asOf == Day("2025-12-10"))
        #expect(shop.quotes.first?.status(asOf: shop.asOf) == .expired)
    }
}
