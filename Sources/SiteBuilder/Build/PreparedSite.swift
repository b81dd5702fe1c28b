import ShopLoader
import SiteOutput
import TemplateEngine

/// A loaded and checked shop, ready to render: its data, its templates and its pages, and where they go.
struct PreparedSite: Sendable {
    /// The validated output folder (nil for `check`, which renders to memory and writes nothing).
    let output: OutputFolder?
    /// What loading gave (the shop is there: loading had no error).
    let loaded: LoadResult
    /// What every page is made from: the shop's index and the text.
    let inputs: PageInputs
    /// The parsed templates, with the site's globals.
    let library: TemplateLibrary
    /// Every page of the site, in order.
    let pages: [SitePage]
    /// `SHOP/content`.
    let contentPath: String
    /// `SHOP/templates`.
    let shopTemplates: String
    /// The built-in theme folder.
    let themePath: String
    /// The content checks, per entity (serve's incremental layer redoes only the changed ones).
    let checks: CheckResults

    /// The shop's look-ups, joins and figures.
    var index: SiteIndex { inputs.index }
}
