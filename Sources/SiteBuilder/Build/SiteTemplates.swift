import Diagnostics
import Markdown
import ShopModel
import TemplateEngine

/// The template library of a build: the shop's `templates/` over the built-in theme, with the site's filters and globals.
enum SiteTemplates {
    /// How the shop's own templates print in messages.
    static let shopPrefix = "templates/"
    /// How built-in theme templates print in messages.
    static let themePrefix = "theme/"

    /// Parses every template once, registers `markdown`, `price` and the words filters (`count`, `local_date`),
    /// and sets the currency symbol.
    static func library(shopTemplates: String, theme: String, settings: SiteSettings,
                        globals: TemplateMap) -> TemplateLibrary {
        var environment = TemplateEnvironment(currencySymbol: settings.currencySymbol, globals: globals)
        let markdown = MarkdownCache()
        environment.register(filter: "markdown") { value, _ in
            switch value {
            case .null: return .safe("")
            case .string(let text), .safe(let text): return .safe(markdown.html(text))
            default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-MARKDOWN", ["type": value.typeName])
            }
        }
        let symbol = settings.currencySymbol
        environment.register(filter: "price") { value, _ in
            switch value {
            case .null: return .string("—")
            case .decimal(let amount): return .string(Display.price(Money(tenThousandths: amount), symbol: symbol))
            case .int(let whole): return .string(Display.price(Money(whole), symbol: symbol))
            default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-AMOUNT", ["type": value.typeName])
            }
        }
        registerWords(in: &environment, locale: settings.locale)
        return TemplateLibrary(directories: [(shopTemplates, shopPrefix), (theme, themePrefix)], environment: environment)
    }

    /// The template errors a build of the shop at `shopPath` stops on before rendering (syntax, cycles, a missing
    /// theme, a bad `i18n/` file, a `t.key` no strings file defines), found by loading the templates and the UI strings
    /// as the build does: for `check`, so that a green check means a build succeeds.
    static func loadErrors(shopPath: String, settings: SiteSettings) -> [Diagnostic] {
        guard let theme = BuiltinTheme.path() else {
            return [.error("E-NO-THEME")]
        }
        let shopTemplates = (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + "templates"
        let strings = SiteStrings.load(locale: settings.locale, theme: theme, shopPath: shopPath)
        let loaded = library(shopTemplates: shopTemplates, theme: theme, settings: settings, globals: [:])
        return strings.diagnostics + pageTemplateErrors(loaded) + strings.strings.missingKeyErrors(in: loaded, locale: settings.locale)
    }

    /// Syntax errors of HTML templates (other files in the folders, such as CSS, are not templates), and every link
    /// leading out of its template folder, whatever the file.
    static func pageTemplateErrors(_ library: TemplateLibrary) -> [Diagnostic] {
        library.diagnostics.items.filter { diagnostic in
            guard let path = diagnostic.location?.path else { return true }
            if diagnostic.code == "E-TEMPLATE-OUTSIDE-LINK" { return true }
            return isPageTemplate(path)
        }
    }

    /// Whether a template path (as it prints) is an HTML or JSON template rather than a stylesheet, script or data file.
    static func isPageTemplate(_ path: String) -> Bool {
        (path.hasSuffix(".html") || path.hasSuffix(".json")) && !path.contains("/assets/") && !path.contains("/_")
    }
}
