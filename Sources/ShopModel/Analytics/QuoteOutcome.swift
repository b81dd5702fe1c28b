/// Where a quote ended up in the pipeline: won (accepted, or named by an order), lost (rejected or expired) or open.
public enum QuoteOutcome: String, Sendable, CaseIterable, Hashable {
    /// 赢单.
    case won
    /// 丢单.
    case lost
    /// 跟进中.
    case open

    /// The outcome of a quote with the shown status, `ordered` when an order names it.
    public init(status: QuoteStatus, ordered: Bool) {
        switch status {
        case _ where ordered, .accepted: self = .won
        case .rejected, .expired: self = .lost
        case .draft, .sent: self = .open
        }
    }
}
