/// Why a quote was lost (`lost_reason`), for the quotes analytics page.
public enum LostReason: String, Sendable, CaseIterable, Hashable {
    /// 价格.
    case price
    /// 交期.
    case leadTime = "lead_time"
    /// 质量.
    case quality
    /// 竞争对手.
    case competitor
    /// 其他.
    case other
}
