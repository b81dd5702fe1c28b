/// The thresholds of the guide's advice and of the to-do list (`advice:` in site.yaml), with the contract's defaults.
public struct AdviceSettings: Hashable, Sendable {
    /// Above this new-customer share of a window's buyers: look after old customers.
    public var newCustomerShare = Rate(tenThousandths: 8000)
    /// Above this share of a window's paid amount, a region gets the advice to improve logistics to it.
    public var regionShare = Rate(tenThousandths: 4000)
    /// A customer is due to reorder at its last paid order + purchase interval × this factor.
    public var reorderFactor = Rate(tenThousandths: 15000)
    /// To-do: orders due to ship within this many days of as_of.
    public var shipSoonDays = 2
    /// To-do: pending_payment orders older than this many days.
    public var unpaidDays = 3
    /// To-do: sent quotes without a decision this many days after their date.
    public var quoteFollowUpDays = 3

    /// The contract's defaults.
    public init() {}
}
