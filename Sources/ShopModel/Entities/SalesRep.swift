/// A sales representative (业务员) from site.yaml `reps`; quotes and customers name one by id.
public struct SalesRep: Hashable, Sendable {
    /// The id quotes and customers write in `rep:`.
    public var id: RepID
    /// The name printed on quote sheets.
    public var name: String
    /// Phone, as written.
    public var phone: String
    /// WeChat id.
    public var wechat: String

    /// Creates a rep.
    public init(id: RepID, name: String, phone: String = "", wechat: String = "") {
        self.id = id
        self.name = name
        self.phone = phone
        self.wechat = wechat
    }
}
