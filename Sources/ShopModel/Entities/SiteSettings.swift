/// The UI language of the generated site.
public enum SiteLocale: String, Sendable, Hashable {
    /// Simplified Chinese (default); quotes show 大写金额.
    case zhCN = "zh-CN"
    /// English.
    case en
}

/// The shop's contact block, printed on quote sheets.
public struct Contact: Hashable, Sendable {
    /// Sales contact person.
    public var person = ""
    /// Phone.
    public var phone = ""
    /// Email.
    public var email = ""
    /// Postal address.
    public var address = ""
    /// WeChat id.
    public var wechat = ""

    /// An empty contact block.
    public init() {}
}

/// Shop settings from `content/site.yaml`, with every default of the spec.
public struct SiteSettings: Hashable, Sendable {
    /// The company name (required).
    public var name: String
    /// A one-line tagline.
    public var tagline = ""
    /// Logo path relative to content/.
    public var logo: String?
    /// Brand primary colour (CSS colour).
    public var brandPrimary = "#d9363e"
    /// Brand accent colour (CSS colour).
    public var brandAccent = "#1f2937"
    /// UI language.
    public var locale: SiteLocale = .zhCN
    /// Currency code.
    public var currency = "CNY"
    /// Contact block.
    public var contact = Contact()
    /// Reference date for analytics and expiry, when written.
    public var asOf: Day?
    /// Cumulative paid amount for the regular tier.
    public var regularThreshold = Money(1000)
    /// Cumulative paid amount for the key tier.
    public var keyThreshold = Money(10000)
    /// Days since the last paid order after which a regular or key customer is dormant.
    public var dormantAfterDays = 30
    /// Default lead time per product type.
    public var leadTimeDays: [ProductType: Int] = [.spot: 7, .custom: 15, .processing: 15]
    /// Industry conversion rate for comparison, when given.
    public var benchmarkConversionRate: Double?
    /// Extra banned words.
    public var bannedWords: [String] = []
    /// Exceptions to the banned words.
    public var allowedWords: [String] = []
    /// Default quote validity in days.
    public var quoteValidityDays = 15
    /// Default quote tax rate.
    public var quoteTaxRate = Rate.zero
    /// Default quote terms.
    public var quoteTerms = ""
    /// Whether quote prices include VAT by default (`quote.prices_include_tax`).
    public var quotePricesIncludeTax = false
    /// The seller's invoice data.
    public var seller = Seller()
    /// The sales reps, in the order written.
    public var reps: [SalesRep] = []
    /// Analytics windows in days.
    public var analyticsWindows = [7, 30]
    /// Which paid orders decide the computed tier.
    public var tierBasis: TierBasis = .lifetime
    /// The thresholds of the advice and the to-do list.
    public var advice = AdviceSettings()
    /// At most one marketing contact (message or coupon) to a new customer within this many days.
    public var newCustomerGapDays = 3
    /// Unknown keys.
    public var params: [ParamEntry] = []
    /// Where it was written.
    public var source: FieldLines

    /// Settings with the spec's defaults and the given name.
    public init(name: String, source: FieldLines) {
        self.name = name
        self.source = source
    }

    /// The rep with `id`, when listed.
    public func rep(_ id: RepID?) -> SalesRep? {
        guard let id else { return nil }
        return reps.first { $0.id == id }
    }

    /// The currency symbol: ¥ for CNY, $ for USD, € for EUR, else the code and a space.
    public var currencySymbol: String {
        switch currency {
        case "CNY", "RMB": return "¥"
        case "USD": return "$"
        case "EUR": return "€"
        default: return currency + " "
        }
    }

    /// `¥1,234.50`: symbol, thousands separators, 2 decimals (a minus sign before the symbol).
    public func display(_ amount: Money) -> String {
        let digits = amount.formatted(fractionDigits: 2, grouping: true)
        return digits.hasPrefix("-") ? "-" + currencySymbol + digits.dropFirst() : currencySymbol + digits
    }
}
