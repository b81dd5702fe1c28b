/// Won, lost and open quotes of one group (a month, a rep, a customer, a product), with the win rate.
public struct QuoteWinTally: Hashable, Sendable {
    /// The group: `2025-11`, a rep id, a customer id or a sku ("" for quotes without a rep).
    public var key: String
    /// Won quotes.
    public var won = 0
    /// Lost quotes.
    public var lost = 0
    /// Open quotes.
    public var open = 0

    /// An empty tally.
    public init(key: String) { self.key = key }

    /// won / (won + lost), nil when nothing was decided.
    public var winRate: Double? { Ratio.of(won, won + lost) }

    /// Counts one outcome.
    public mutating func add(_ outcome: QuoteOutcome) {
        switch outcome {
        case .won: won += 1
        case .lost: lost += 1
        case .open: open += 1
        }
    }

    /// The tallies of `outcomes` grouped by key, sorted by key in code-point order.
    static func grouped(_ outcomes: [(key: String, outcome: QuoteOutcome)]) -> [QuoteWinTally] {
        var table: [String: QuoteWinTally] = [:]
        for item in outcomes { table[item.key, default: QuoteWinTally(key: item.key)].add(item.outcome) }
        return table.values.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
