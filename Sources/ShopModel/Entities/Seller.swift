/// The seller's invoice data (开票信息) from site.yaml `seller`, printed on quote sheets.
public struct Seller: Hashable, Sendable {
    /// 统一社会信用代码 / 纳税人识别号.
    public var taxID = ""
    /// 开户行.
    public var bank = ""
    /// 账号.
    public var account = ""

    /// Empty invoice data.
    public init() {}

    /// Whether nothing is written.
    public var isEmpty: Bool { taxID.isEmpty && bank.isEmpty && account.isEmpty }
}
