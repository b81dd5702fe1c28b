import ShopModel

/// A customer file with every field of the spec, each explained.
struct CustomerStub {
    /// The customer id.
    var id: String
    /// Company name.
    var name: String
    /// Contact person.
    var contact = ""
    /// Phone, kept as text.
    var phone = ""
    /// Email.
    var email = ""
    /// Province, for region analytics.
    var region = ""
    /// First day of business together.
    var since: Day
    /// Tags.
    var tags: [String] = []
    /// Notes (Markdown).
    var body = "客户备注：采购习惯、付款方式、注意事项。\n\nNotes about this customer.\n"

    /// The file's text.
    var text: String {
        var y = CommentedYAML()
        y.line("---")
        y.line("id: \(YAMLText.scalar(id))", "客户编号，默认为文件名 / customer id; default: the file name")
        y.line("name: \(YAMLText.scalar(name))", "公司名称（必填）/ company name (required)")
        y.line("contact: \(YAMLText.scalar(contact))", "联系人 / contact person")
        y.line("phone: \(YAMLText.quoted(phone))", "电话，保留引号 / phone, keep the quotes")
        y.line("email: \(YAMLText.scalar(email))", "邮箱 / email")
        y.line("region: \(YAMLText.scalar(region))", "省份，用于地区分析，如 广东 / province, for region analytics")
        y.line("since: \(since)", "开始合作日期 / customer since")
        y.line("# tier: key", "可选：手动指定等级 new | regular | key；默认按累计付款自动计算 / optional override of the computed tier")
        y.line("tags: \(YAMLText.list(tags))", "标签 / tags")
        y.line("---")
        return y.text + body
    }
}
