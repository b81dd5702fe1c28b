import ShopModel
import Testing

/// Margin per product (issue 15.5): (GMV − units × cost) / GMV, exact, rounded half away from zero to 4 decimals.
struct ProductMarginTests {
    static func money(_ text: String) -> Money { (try? Money.parse(text)) ?? .zero }

    @Test(arguments: [
        // gmv, units, cost → margin (hand-computed)
        ("1500", 100, "9.5", "0.3667"),      // (1500 − 950) / 1500 = 0.36666…
        ("3305", 4500, "0.52", "0.292"),     // (3305 − 2340) / 3305 = 0.29198…
        ("1425", 5000, "0.19", "0.3333"),    // (1425 − 950) / 1425 = 0.33333…
        ("100", 10, "10", "0"),              // sold at cost
        ("100", 10, "12", "-0.2"),           // sold below cost: (100 − 120) / 100
        ("100", 10, "0", "1"),               // free goods cost nothing
        ("3", 1, "1.0002", "0.6666"),        // (3 − 1.0002) / 3 = 0.66660
        ("8", 1, "7.0004", "0.125"),         // (8 − 7.0004) / 8 = 0.12495 → half away from zero
    ])
    func marginIsExact(gmv: String, units: Int, cost: String, margin: String) {
        #expect(ProductMargin.of(gmv: Self.money(gmv), units: units, cost: Self.money(cost))?.description == margin)
    }

    @Test func noMarginWithoutCostOrGMV() {
        #expect(ProductMargin.of(gmv: Self.money("100"), units: 10, cost: nil) == nil)
        #expect(ProductMargin.of(gmv: .zero, units: 0, cost: Self.money("5")) == nil)
        #expect(ProductMargin.of(gmv: Self.money("-20"), units: 1, cost: Self.money("5")) == nil)
    }
}
