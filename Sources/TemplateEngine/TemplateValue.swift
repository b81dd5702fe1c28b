import Diagnostics

/// A value a template can print, test, loop over or pass to a filter.
///
/// Scalars, strings, lists and maps live inline (at most three words), so making a value (every member look-up makes
/// one) allocates nothing; a host object lives in a `HostObject` box, which a member read borrows instead of copying.
public enum TemplateValue: Sendable {
    /// Absence of a value (`none`); prints as nothing.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number such as a quantity.
    case int(Int)
    /// An exact fixed-point number in ten-thousandths (money: ¥1.5 is `.decimal(15000)`).
    case decimal(Int64)
    /// A binary floating-point ratio (conversion rate); never money.
    case double(Double)
    /// Text from content; HTML-escaped on output.
    case string(String)
    /// Trusted HTML (rendered Markdown, `safe`); emitted raw.
    case safe(String)
    /// An ordered list.
    case list([TemplateValue])
    /// An ordered mapping from names to values.
    case map(TemplateMap)
    /// A lazy host object that answers member look-ups on demand; made with `.object(someHostObject)`.
    case object(HostObject)

    /// A host object as a value: `.object(OrderObject(…))`.
    public static func object(_ object: any TemplateObject) -> TemplateValue { .object(HostObject(object)) }
}

/// A host value that templates read member by member, so the builder need not build dictionaries per page.
public protocol TemplateObject: Sendable {
    /// The member called `name`, or nil when it has none.
    func member(_ name: String) -> TemplateValue?
    /// The member a template names (`product.title`); by default `member(name.text)`. Hosts with many members
    /// answer through a `MemberTable` instead of comparing strings.
    func member(_ name: MemberName) -> TemplateValue?
    /// Member names in display order, for `for k, v in obj`, `length` and `json`; empty by default.
    var memberNames: [String] { get }
}

extension TemplateObject {
    /// No enumerable members unless the host lists them.
    public var memberNames: [String] { [] }

    /// Looks the member up by its text.
    public func member(_ name: MemberName) -> TemplateValue? { member(name.text) }
}

/// An error a filter registered by the host may throw; its message is shown at the filter's position.
public struct TemplateFilterError: Error, Sendable {
    /// What went wrong: a phrase code of the message catalogue (`P-TEMPLATE-EXPECTS-LIST`, printed in the reader's
    /// language), or a text starting lower-case (printed as written).
    public var message: String
    /// The phrase's arguments (never `filter` or `detail`, which the error's message sets).
    public var arguments: [String: String] = [:]
    /// Creates the error with its message.
    public init(_ message: String) { self.message = message }
    /// Creates the error from a catalogue phrase and its arguments.
    public init(_ phrase: MessageCode, _ arguments: [String: String]) {
        self.message = phrase.rawValue
        self.arguments = arguments
    }
}
