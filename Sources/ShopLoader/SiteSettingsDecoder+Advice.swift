import Diagnostics
import FrontMatter
import ShopModel

extension SiteSettingsDecoder {
    /// `tier_basis`, `advice` and `marketing`: each absent value keeps its default, each bad one is an error at its line.
    static func decodeWorkbench(_ reader: inout FieldReader, into s: inout SiteSettings) {
        s.tierBasis = reader.choice("tier_basis", among: TierBasis.allCases) ?? s.tierBasis
        if var advice = reader.mapping("advice") {
            s.advice.newCustomerShare = share(&advice, "new_customer_share") ?? s.advice.newCustomerShare
            s.advice.regionShare = share(&advice, "region_share") ?? s.advice.regionShare
            s.advice.reorderFactor = factor(&advice, "reorder_factor") ?? s.advice.reorderFactor
            s.advice.shipSoonDays = advice.days("ship_soon_days", minimum: 0) ?? s.advice.shipSoonDays
            s.advice.unpaidDays = advice.days("unpaid_days", minimum: 0) ?? s.advice.unpaidDays
            s.advice.quoteFollowUpDays = advice.days("quote_follow_up_days", minimum: 0) ?? s.advice.quoteFollowUpDays
            merge(&advice, into: &reader, what: "`advice`")
        }
        if var marketing = reader.mapping("marketing") {
            s.newCustomerGapDays = marketing.days("new_customer_gap_days", minimum: 0) ?? s.newCustomerGapDays
            merge(&marketing, into: &reader, what: "`marketing`")
        }
    }

    /// A share from 0 to 1 (`0.8`), exact to 4 decimals.
    private static func share(_ reader: inout FieldReader, _ key: String) -> Rate? {
        let line = reader.location(of: key).line
        guard let rate = reader.rate(key) else { return nil }
        guard rate <= Rate(1) else {
            reader.error("E-SHARE-RANGE", ["key": key, "text": rate.description], line: line)
            return nil
        }
        return rate
    }

    /// A factor above 0 and at most 100 (`1.5`), exact to 4 decimals.
    private static func factor(_ reader: inout FieldReader, _ key: String) -> Rate? {
        let line = reader.location(of: key).line
        guard let rate = reader.rate(key) else { return nil }
        guard rate > .zero, rate <= Rate(100) else {
            reader.error("E-FACTOR-RANGE", ["key": key, "text": rate.description], line: line)
            return nil
        }
        return rate
    }
}
