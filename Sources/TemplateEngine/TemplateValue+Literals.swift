/// Literal syntax so hosts and tests can write `["name": "x", "tags": ["a"]]`.
extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// A `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An `.int`.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A `.list`.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    /// A `.map` in written order.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var map = TemplateMap()
        for (key, value) in elements { map[key] = value }
        self = .map(map)
    }
    /// `.null`.
    public init(nilLiteral: ()) { self = .null }
}
