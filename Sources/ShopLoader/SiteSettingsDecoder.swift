import Diagnostics
import FrontMatter
import ShopModel

/// Reads `content/site.yaml` into `SiteSettings`, with the spec's default for every absent setting.
public enum SiteSettingsDecoder {
    /// The path messages name.
    public static let path = "content/site.yaml"

    /// The settings, or nil with the problems when the file is unusable.
    public static func decode(bytes: [UInt8]) -> (SiteSettings?, [Diagnostic]) {
        let root: YAMLNode
        do {
            // BOM skipped, CRLF read as LF, and a byte that is not UTF-8 named by its line, as in every other file.
            root = try YAMLReader.parseFile(bytes, path: path)
        } catch {
            return (nil, [error])
        }
        var reader = FieldReader(node: root, path: path, line: 1, what: "site.yaml")
        let settings = decode(&reader)
        return (settings, reader.diagnostics)
    }

    private static func decode(_ reader: inout FieldReader) -> SiteSettings? {
        let name = reader.text("name", required: true)
        var s = SiteSettings(name: name ?? "", source: reader.fieldLines)
        decodeStorefront(&reader, into: &s)
        decodeFigures(&reader, into: &s)
        decodeQuoting(&reader, into: &s)
        if var analytics = reader.mapping("analytics") {
            s.analyticsWindows = windows(&analytics) ?? s.analyticsWindows
            merge(&analytics, into: &reader, what: "`analytics`")
        }
        decodeWorkbench(&reader, into: &s)
        if s.keyThreshold < s.regularThreshold {
            reader.error("E-TIER-THRESHOLDS", ["key": "\(s.keyThreshold)", "regular": "\(s.regularThreshold)"],
                         line: reader.location(of: "tiers").line)
        }
        s.params = reader.params()
        return name == nil ? nil : s
    }

    /// The shop's face: tagline, logo, brand colours, locale, currency and contact.
    private static func decodeStorefront(_ reader: inout FieldReader, into s: inout SiteSettings) {
        s.tagline = reader.text("tagline") ?? s.tagline
        s.logo = reader.text("logo")
        if var brand = reader.mapping("brand") {
            s.brandPrimary = brand.text("primary") ?? s.brandPrimary
            s.brandAccent = brand.text("accent") ?? s.brandAccent
            merge(&brand, into: &reader, what: "`brand`")
        }
        s.locale = reader.choice("locale", among: [SiteLocale.zhCN, .en]) ?? s.locale
        s.currency = reader.text("currency") ?? s.currency
        if var contact = reader.mapping("contact") {
            s.contact.person = contact.text("person") ?? ""
            s.contact.phone = contact.text("phone") ?? ""
            s.contact.email = contact.text("email") ?? ""
            s.contact.address = contact.text("address") ?? ""
            s.contact.wechat = contact.text("wechat") ?? ""
            merge(&contact, into: &reader, what: "`contact`")
        }
    }

    /// What the figures read: as_of, the tier thresholds, dormancy, lead times and the conversion benchmark.
    private static func decodeFigures(_ reader: inout FieldReader, into s: inout SiteSettings) {
        s.asOf = reader.day("as_of")
        if var tiers = reader.mapping("tiers") {
            s.regularThreshold = tiers.money("regular") ?? s.regularThreshold
            s.keyThreshold = tiers.money("key") ?? s.keyThreshold
            merge(&tiers, into: &reader, what: "`tiers`")
        }
        s.dormantAfterDays = reader.days("dormant_after_days", minimum: 1) ?? s.dormantAfterDays
        if var lead = reader.mapping("lead_time_days") {
            for type in ProductType.allCases {
                if let days = lead.days(type.rawValue, minimum: 0) { s.leadTimeDays[type] = days }
            }
            merge(&lead, into: &reader, what: "`lead_time_days`")
        }
        if var benchmarks = reader.mapping("benchmarks") {
            s.benchmarkConversionRate = benchmarks.money("conversion_rate")?.approximateDouble
            merge(&benchmarks, into: &reader, what: "`benchmarks`")
        }
    }

    /// The listing words and what quote sheets print: banned and allowed words, quote defaults, seller, reps.
    private static func decodeQuoting(_ reader: inout FieldReader, into s: inout SiteSettings) {
        s.bannedWords = reader.textList("banned_words")
        s.allowedWords = reader.textList("allowed_words")
        if var quote = reader.mapping("quote") {
            s.quoteValidityDays = quote.days("validity_days", minimum: 0) ?? s.quoteValidityDays
            s.quoteTaxRate = quote.rate("tax_rate") ?? s.quoteTaxRate
            s.quoteTerms = quote.text("terms") ?? s.quoteTerms
            s.quotePricesIncludeTax = quote.bool("prices_include_tax") ?? s.quotePricesIncludeTax
            merge(&quote, into: &reader, what: "`quote`")
        }
        if var seller = reader.mapping("seller") {
            s.seller.taxID = seller.text("tax_id") ?? ""
            s.seller.bank = seller.text("bank") ?? ""
            s.seller.account = seller.text("account") ?? ""
            merge(&seller, into: &reader, what: "`seller`")
        }
        s.reps = SalesRepsDecoder.reps(&reader)
    }

    private static func windows(_ reader: inout FieldReader) -> [Int]? {
        guard reader.has("windows") else { return nil }
        let line = reader.location(of: "windows").line
        var days: [Int] = []
        for text in reader.textList("windows") {
            guard let n = Int(text), n >= 1, n <= FieldReader.maximumDays else {
                reader.error("E-WINDOWS", ["text": text], line: line)
                return nil
            }
            days.append(n)
        }
        return days
    }

    static func merge(_ nested: inout FieldReader, into reader: inout FieldReader, what: String) {
        nested.warnUnknownKeys(in: what)
        reader.diagnostics.append(contentsOf: nested.diagnostics)
    }
}
