import Testing
@testable import ShopModel

@Suite struct ShopReportTests {
    static func tinyShop(locale: SiteLocale = .zhCN) -> Shop {
        let settings = Fixture.settings {
            $0.analyticsWindows = [7]
            $0.locale = locale
        }
        var paid = Fixture.order("O-1", "C-0001", "2025-11-29", "15", qty: 100)
        paid.shipping = Money(30)
        let refunded = Fixture.order("O-2", "C-0001", "2025-11-30", "15", qty: 10, status: .refunded)
        var promotion = Promotion(id: "P-11", source: Fixture.source("content/promotions/P-11.md"))
        promotion.amount = Money(300)
        var quote = Quote(id: "Q-1", customer: "C-0001", date: Fixture.day("2025-11-20"), validUntil: Fixture.day("2025-12-05"),
                          source: Fixture.source("content/quotes/Q-1.md"))
        quote.writtenStatus = .sent
        quote.items = [QuoteLine(sku: "P1", description: nil, qty: 200, unit: "件", price: Money(15), priceSource: .tier(0)),
                       QuoteLine(sku: nil, description: "定制印花", qty: 200, unit: "件", price: Money(2), priceSource: .negotiated)]
        quote.discount = .percent(Rate(5))
        quote.promotion = "P-11"
        quote.shipping = Money(50)
        quote.taxRate = Fixture.rate("0.13")
        var expired = Quote(id: "Q-2", customer: "C-0001", date: Fixture.day("2025-11-01"), validUntil: Fixture.day("2025-11-29"),
                            source: Fixture.source("content/quotes/Q-2.md"))
        expired.writtenStatus = .sent
        expired.items = [QuoteLine(sku: "P1", description: nil, qty: 1, unit: "件", price: Fixture.money("0.5"), priceSource: .negotiated)]
        return Fixture.shop(
            settings: settings, customers: [Fixture.customer("C-0001", region: "广东")], orders: [refunded, paid],
            quotes: [expired, quote], promotions: [promotion],
            traffic: [TrafficRow(date: Fixture.asOf, sku: nil, visitors: 100, pageViews: 300, addToCart: 0),
                      TrafficRow(date: Fixture.asOf, sku: "P1", visitors: 20, pageViews: 40, addToCart: 2)])
    }

    static let expected = """
    {
      "as_of": "2025-11-30",
      "windows": [
        {
          "days": 7,
          "visitors": 100,
          "page_views": 300,
          "buyers": 1,
          "paid_orders": 1,
          "gmv": "1530.00",
          "conversion_rate": 0.01,
          "average_order_value": "1530.00",
          "new_customer_share": 1.0,
          "repurchase_rate": 0.0,
          "purchase_frequency": 1.0,
          "on_time_shipping_rate": 1.0,
          "average_days_to_ship": 1.0,
          "regions": [
            {
              "region": "广东",
              "share": 1.0
            }
          ],
          "products": [
            {
              "sku": "P1",
              "visitors": 20,
              "page_views": 40,
              "add_to_cart": 2,
              "add_to_cart_rate": 0.1,
              "buyers": 1,
              "units": 100,
              "gmv": "1500.00",
              "conversion_rate": 0.05
            }
          ],
          "quote_win_rate": null
        }
      ],
      "customers": [
        {
          "id": "C-0001",
          "tier": "regular",
          "paid_amount": "1530.00",
          "paid_orders": 1,
          "first_order": "2025-11-29",
          "last_order": "2025-11-29",
          "dormant": false,
          "purchase_interval_days": null,
          "paid_amount_365d": "1530.00",
          "reorder_due": null
        }
      ],
      "orders": [
        {
          "id": "O-1",
          "total": "1530.00",
          "paid": true,
          "ship_by": "2025-12-02",
          "late": false
        },
        {
          "id": "O-2",
          "total": "150.00",
          "paid": false,
          "ship_by": "2025-12-03",
          "late": false
        }
      ],
      "quotes": [
        {
          "id": "Q-1",
          "subtotal": "3400.00",
          "discount": "470.00",
          "shipping": "50.00",
          "tax": "387.40",
          "total": "3367.40",
          "total_in_words": "叁仟叁佰陆拾柒元肆角",
          "valid_until": "2025-12-05",
          "status": "sent",
          "outcome": "open"
        },
        {
          "id": "Q-2",
          "subtotal": "0.50",
          "discount": "0.00",
          "shipping": "0.00",
          "tax": "0.00",
          "total": "0.50",
          "total_in_words": "伍角",
          "valid_until": "2025-11-29",
          "status": "expired",
          "outcome": "lost"
        }
      ],
      "promotions": [
        {
          "id": "P-11",
          "uses": 0,
          "discount_given": "0.00",
          "paid_amount": "0.00",
          "repurchase_rate_before": null,
          "repurchase_rate_during": null
        }
      ]
    }

    """

    @Test func tinyShopReportIsExactlyTheSpecShape() {
        #expect(ShopReport(shop: Self.tinyShop()).json == Self.expected)
    }

    @Test func wordsAreLeftOutForEnglish() {
        let json = ShopReport(shop: Self.tinyShop(locale: .en)).json
        #expect(!json.contains("total_in_words"))
        #expect(json == Self.expected.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("total_in_words") }.joined(separator: "\n"))
    }

    @Test func emptyListsAndNullRatios() {
        let json = ShopReport(shop: Fixture.shop(products: [], asOf: Fixture.asOf)).json
        #expect(json.contains("\"conversion_rate\": null,\n      \"average_order_value\": null,"))
        #expect(json.contains("\"regions\": [],\n      \"products\": []"))
        #expect(json.hasSuffix("\"customers\": [],\n  \"orders\": [],\n  \"quotes\": [],\n  \"promotions\": []\n}\n"))
    }

    @Test(arguments: [
        ("plain", "\"plain\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("a\\b", "\"a\\\\b\""), ("line\nnext\ttab\r", "\"line\\nnext\\ttab\\r\""),
        ("\u{01}\u{1F}\u{7F}", "\"\\u0001\\u001f\\u007f\""), ("\u{08}\u{0C}", "\"\\b\\f\""), ("广东 ✓", "\"广东 ✓\""), ("a\u{2028}b", "\"a\\u2028b\""),
    ])
    func stringsAreEscaped(text: String, literal: String) {
        #expect(JSONValue.string(text).printed() == literal)
        #expect(JSONValue.escaped(text) == literal)
    }

    /// Rows made and written in chunks on every core print the bytes of the same items in one array, at any nesting.
    @Test(arguments: [0, 1, JSONValue.rowsPerChunk, 2 * JSONValue.rowsPerChunk + 7])
    func rowsPrintAsTheArrayOfTheirItems(count: Int) {
        let item: @Sendable (Int) -> JSONValue = {
            .object([("id", .string("O-\($0)")), ("n", .int($0)), ("tags", .array([.bool($0 % 2 == 0)]))])
        }
        let rows = JSONValue.object([("rows", .rows(count, item)), ("after", .null)]).printed()
        let array = JSONValue.object([("rows", .array((0..<count).map(item))), ("after", .null)]).printed()
        #expect(rows == array)
        #expect(rows.split(separator: "\n").filter { $0.hasPrefix("      \"id\": \"O-") }.count == count)
    }

    @Test(arguments: [(Double.nan, "null"), (.infinity, "null"), (-.infinity, "null"), (0.5, "0.5"), (-0.0, "0.0"), (1e-05, "1e-05")])
    func numbersAreNeverNaNOrInfinite(value: Double, literal: String) {
        #expect(JSONValue.number(value).printed() == literal)
    }
}
