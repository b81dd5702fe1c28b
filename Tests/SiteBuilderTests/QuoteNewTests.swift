import Foundation
@testable import ShopLoader
import ShopModel
@testable import SiteBuilder
import Testing

/// `shopsite new quote ID --for | --from-order | --from-quote`: the new file is valid (it passes `check`) and carries
/// what it was started from.
@Suite(.serialized) struct QuoteNewTests {
    static let today = Day("2025-11-30")!

    /// A copy of the example shop with one new quote made from `source`, and that quote as loaded.
    static func make(_ source: QuoteSource) throws -> (Quote, CommandOutcome) {
        let shop = SiteFixture.temporaryFolder("new-quote")
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        let made = Scaffold.newQuoteCommand(id: "Q-NEW", source: source, shopPath: shop, today: today, language: .en)
        #expect(made.exitCode == 0, "\(made.stderr)")
        let check = ShopCommands.check(shopPath: shop, language: .en)
        #expect(check.exitCode == 0, "\(check.stderr)")
        let loaded = ShopLoader.load(shopPath: shop, options: LoadOptions())
        let quote = try #require(loaded.shop?.quotes.first { $0.id == "Q-NEW" })
        return (quote, check)
    }

    @Test func forACustomerTakesTheirRepAndTheSiteTaxMode() throws {
        let (quote, _) = try Self.make(.customer("C-002"))
        #expect(quote.customer == "C-002" && quote.rep == "lin" && quote.pricesIncludeTax)
        #expect(quote.date == Self.today && quote.validUntil == Day("2025-12-15") && quote.writtenStatus == .draft)
    }

    /// O-20251124-01: 1,000 × YX-H101 at the agreed 3.05; today's tier for 1,000 is 3.20.
    @Test func fromAnOrderCopiesItsLinesAtTodaysTierPrices() throws {
        let (quote, _) = try Self.make(.order("O-20251124-01"))
        #expect(quote.customer == "C-002")
        #expect(quote.items.map(\.sku) == ["YX-H101"] && quote.items.map(\.qty) == [1000])
        #expect(quote.items.first?.price == Money(tenThousandths: 32_000))
    }

    @Test func fromAQuoteMakesARevision() throws {
        let (quote, _) = try Self.make(.quote("Q-2025-0103"))
        #expect(quote.revisionOf == "Q-2025-0103" && quote.customer == "C-002")
        #expect(quote.items.count == 3 && quote.discount == .percent(Rate(5)))
        #expect(quote.items.last?.price == Money(tenThousandths: 17_800))   // the negotiated 1.78 is kept
    }

    @Test func unknownSourceIsAnErrorAndWritesNothing() throws {
        let shop = SiteFixture.temporaryFolder("new-quote-bad")
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        let made = Scaffold.newQuoteCommand(id: "Q-NEW", source: .customer("C-999"), shopPath: shop, today: Self.today, language: .en)
        #expect(made.exitCode == 1 && made.stderr.contains("C-999"))
        #expect(!FileManager.default.fileExists(atPath: shop + "/content/quotes/Q-NEW.md"))
    }
}
