/// A test after `is` (`x is defined`, `n is divisibleby(3)`): every test the engine knows, named in this one place.
public enum TemplateTest: String, Sendable, CaseIterable {
    /// The name or member path exists (checked without evaluating the missing part).
    case defined
    /// The name or member path does not exist.
    case undefined
    /// The value is none (`is none`, also spelled `is null`).
    case none
    /// An integer or decimal.
    case number
    /// Text, escaped or safe.
    case string
    /// A map or an object with members.
    case mapping
    /// Something a `for` loop can walk: a list, a map or text (`is iterable`, also spelled `is sequence`).
    case iterable
    /// An odd integer.
    case odd
    /// An even integer.
    case even
    /// An integer divisible by the argument: `is divisibleby(3)`.
    case divisibleBy = "divisibleby"
    /// Text, a list or a map of length 0.
    case empty
    /// Exactly `true`.
    case `true`
    /// Exactly `false`.
    case `false`

    /// Other spellings templates may use for a test.
    static let aliases: [String: TemplateTest] = ["null": .none, "sequence": .iterable]

    /// Every name a template may write after `is`, sorted (for the unknown-test message).
    public static let names: [String] = (allCases.map(\.rawValue) + aliases.keys).sorted()

    /// The test a template names, or nil for an unknown name.
    public init?(name: String) {
        guard let test = TemplateTest(rawValue: name) ?? TemplateTest.aliases[name] else { return nil }
        self = test
    }
}
