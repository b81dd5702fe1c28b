import Diagnostics
import ShopModel
import TemplateEngine

extension SiteStrings {
    /// An error for every `t.key` a page template writes whose key neither the theme's nor the shop's strings file
    /// defines, at the template line that wrote it; found without rendering, so a branch that rarely shows counts too.
    func missingKeyErrors(in library: TemplateLibrary, locale: SiteLocale) -> [Diagnostic] {
        var seen: Set<Location> = []
        return library.memberUses(ofGlobal: "t").compactMap { use in
            guard table[use.name] == nil, SiteTemplates.isPageTemplate(use.location.path), seen.insert(use.location).inserted else {
                return nil
            }
            return .error("E-I18N-MISSING-KEY", ["key": use.name, "theme": SiteStrings.themeFile(locale),
                                                 "shop": SiteStrings.shopFile(locale)], at: use.location)
        }
    }
}
