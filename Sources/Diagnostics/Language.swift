/// A language messages can be printed in: diagnostics, summaries and help.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Simplified Chinese, the contract's default.
    case zhCN = "zh-CN"
    /// English.
    case en

    /// The language a `--lang` value names (`zh-CN`, `zh`, `en`, any case), or nil.
    public init?(option text: String) {
        switch text.lowercased() {
        case "zh-cn", "zh", "zh_cn": self = .zhCN
        case "en", "en-us", "en_us", "en-gb": self = .en
        default: return nil
        }
    }

    /// The language of a POSIX locale value such as `zh_CN.UTF-8` (zh… is Chinese, anything else English), or nil
    /// when the value is empty, `C` or `POSIX`.
    public init?(posixLocale text: String?) {
        guard let text, !text.isEmpty, text != "C", text != "POSIX", !text.hasPrefix("C.") else { return nil }
        self = text.lowercased().hasPrefix("zh") ? .zhCN : .en
    }

    /// The language of the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; nil when none names one.
    public static func fromEnvironment(_ variable: (String) -> String?) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variable(name), !value.isEmpty { return Language(posixLocale: value) }
        }
        return nil
    }
}
