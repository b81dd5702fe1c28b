import Testing
@testable import ShopModel

/// The catalog card's prices (contract, products/): the price at the MOQ first, and the lowest tier price only as
/// "批量低至", never the lowest price alone as if it applied at the MOQ.
@Suite struct CatalogPriceTests {
    /// (tiers, moq) → (price at the MOQ, bulk price).
    @Test(arguments: [
        ([(200, "3.60"), (1000, "3.20"), (5000, "2.85")], 200, "3.60", "2.85"),   // the card: ¥3.60 起订价 · 批量低至 ¥2.85
        ([(200, "3.60"), (1000, "3.20"), (5000, "2.85")], 1000, "3.20", "2.85"),  // an MOQ inside the ladder takes its tier
        ([(200, "3.60"), (1000, "3.20")], 100, "3.60", "3.20"),                   // an MOQ below every tier: the first tier's price
        ([(50, "18")], 50, "18", nil),                                             // one tier: nothing lower to show
        ([(50, "18"), (100, "18")], 50, "18", nil),                                // a flat ladder: nothing lower either
    ] as [([(Int, String)], Int, String, String?)])
    func priceAtTheMOQAndTheBulkPrice(tiers: [(Int, String)], moq: Int, atMOQ: String, bulk: String?) {
        var product = Fixture.product("P1", tiers: tiers)
        product.moq = moq
        #expect(product.moqPrice == Fixture.money(atMOQ))
        #expect(product.bulkPrice == bulk.map(Fixture.money))
    }

    /// Without tiers there is no price at all.
    @Test func noTiersNoPrices() {
        let product = Fixture.product("P1", tiers: [])
        #expect(product.moqPrice == nil)
        #expect(product.bulkPrice == nil)
    }
}
