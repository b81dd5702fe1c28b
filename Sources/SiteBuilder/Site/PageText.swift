import ShopModel

/// The words and the currency of the pages: the UI strings of the site's language and money written with its symbol.
struct PageText: Sendable {
    /// The UI strings (`t` in templates).
    let strings: SiteStrings
    /// The currency symbol money is written with (`¥`).
    let symbol: String

    /// The text of a shop's settings: its language's strings and its currency symbol.
    init(settings: SiteSettings) {
        self.init(strings: SiteStrings(locale: settings.locale), symbol: settings.currencySymbol)
    }

    /// Text made of `strings` and money written with `symbol`.
    init(strings: SiteStrings, symbol: String) {
        self.strings = strings
        self.symbol = symbol
    }

    /// The string for `key`.
    subscript(_ key: String) -> String { strings[key] }

    /// The string for `key` with `{n}` replaced.
    func format(_ key: String, _ n: String) -> String { strings.format(key, n) }

    /// The counted phrase `key` for `count` (`1 order`, `2 orders`, `1,280 个订单`).
    func count(_ key: String, _ count: Int, filling values: [(String, String)] = []) -> String {
        strings.count(key, count, filling: values)
    }

    /// The string for `key` with each `{name}` replaced by its value.
    func fill(_ key: String, _ values: [(String, String)]) -> String { strings.fill(key, values) }

    /// A date inside a sentence, in the site's language: `2025年11月30日`, `30 Nov 2025` (tables and CSV keep ISO).
    func date(_ day: Day) -> String { Display.longDate(day, locale: strings.locale) }

    /// Money with the symbol, separators and 2 decimals, "—" for nil.
    func money(_ amount: Money?) -> String { Display.money(amount, symbol: symbol) }
}
