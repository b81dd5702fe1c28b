import TextEscaping

/// One UI string of the theme: its text, and for a counted phrase also the form for exactly one (`1 product`).
struct SiteString: Sendable, Equatable {
    /// The text (for a counted phrase, the form for any count but one; the only form in zh-CN).
    let other: String
    /// The form for a count of exactly one, when the language has one.
    let one: String?

    /// A string with one form, or with a form for one.
    init(_ other: String, one: String? = nil) {
        self.other = other
        self.one = one
    }

    /// The form for `count`.
    func form(for count: Int) -> String {
        count == 1 ? (one ?? other) : other
    }

    /// The form for `count` with `{count}` replaced by it, written with thousands separators (`1,280 个订单`).
    func counted(_ count: Int) -> String {
        PlaceholderText.replacing("{count}", in: form(for: count), with: Display.integer(count))
    }
}
