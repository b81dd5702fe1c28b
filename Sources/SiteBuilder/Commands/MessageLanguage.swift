import ShopLoader
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import ShopModel

/// Which language a command prints its messages in.
public enum MessageLanguage {
    /// The language of the shop's `content/site.yaml` `locale` (zh-CN when it has none, as the contract says); nil
    /// when site.yaml is missing or unreadable, or its `locale` is not one of zh-CN and en.
    public static func ofShop(_ shopPath: String) -> Language? {
        let root = shopPath.hasSuffix("/") ? shopPath : shopPath + "/"
        guard let bytes = ContentFiles.contents(of: root + SiteSettingsDecoder.path) else { return nil }
        let (settings, problems) = SiteSettingsDecoder.decode(bytes: bytes)
        guard let settings, !problems.contains(where: { $0.arguments["key"] == "locale" }) else { return nil }
        return settings.locale == .en ? .en : .zhCN
    }

    /// For `check`, `build` and `report`: `--lang`, else site.yaml's `locale`, else the environment (`LANG`), else zh-CN.
    public static func forShop(explicit: Language?, shopPath: String,
                               environment: (String) -> String? = systemVariable) -> Language {
        explicit ?? ofShop(shopPath) ?? Language.fromEnvironment(environment) ?? .zhCN
    }

    /// For help: `--lang`, else the language of the shop named (the executable passes the current folder when none is
    /// named, as every command does), else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    public static func forHelp(explicit: Language?, shopPath: String?,
                               environment: (String) -> String? = systemVariable) -> Language {
        explicit ?? shopPath.flatMap(ofShop) ?? Language.fromEnvironment(environment) ?? .en
    }

    /// An environment variable of this process.
    public static func systemVariable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}
