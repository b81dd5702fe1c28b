extension MessageCatalog {
    /// The template language's type names as a render error prints them (`{type@}`, `{other_type@}`, `{key@}`): English
    /// with its article ("cannot compare an integer with a string"), Chinese as a noun ("不能比较 整数 和 字符串").
    static let valueTypes: [Entry] = [
        entry("P-NONE", "none", "空值（none）"),
        entry("P-BOOLEAN", "a boolean", "布尔值"),
        entry("P-INTEGER", "an integer", "整数"),
        entry("P-DECIMAL", "a decimal", "小数"),
        entry("P-NUMBER", "a number", "数字"),
        entry("P-STRING", "a string", "字符串"),
        entry("P-SAFE-STRING", "a safe string", "安全字符串（HTML）"),
        entry("P-LIST", "a list", "列表"),
        entry("P-MAP", "a map", "映射"),
        entry("P-OBJECT", "an object", "对象"),
    ]
}
