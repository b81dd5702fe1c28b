import ShopModel
import TemplateEngine

/// What every page is made from: the shop's index and the text it is worded in. Each page kind builds its context
/// in the file named after it under `Pages/` (`DashboardPage`, `CatalogPage`, …; `PageInputs+Context` picks the one a
/// page needs). A class, so the template objects that carry it (an order line, a quote line) stay small enough to be
/// stored without a box.
final class PageInputs: Sendable {
    /// The shop's look-ups, joins and figures.
    let index: SiteIndex
    /// The UI strings and the currency.
    let text: PageText
    /// The developed product photos and their published paths.
    let photos: PhotoShelf
    /// The quotes whose PDF lies in `SHOP/pdf` (see `QuotePDFPath`).
    let quotePDFs: Set<QuoteID>

    /// The inputs of a build's pages.
    init(index: SiteIndex, text: PageText, photos: PhotoShelf = PhotoShelf(), quotePDFs: Set<QuoteID> = []) {
        self.index = index
        self.text = text
        self.photos = photos
        self.quotePDFs = quotePDFs
    }

    /// The same inputs in an object of their own, for one render thread: every template object of a page carries its
    /// inputs and every member read copies the object, so two threads sharing one `PageInputs` would bounce its
    /// reference count between their cores.
    func threadCopy() -> PageInputs {
        PageInputs(index: index, text: text, photos: photos, quotePDFs: quotePDFs)
    }

    /// The template globals: `site` (computed once, as a map) and the UI strings `t`.
    var globals: TemplateMap {
        let site = SiteObject(site: self)
        return ["site": .map(TemplateMap(site.memberNames.compactMap { name in site.member(name).map { (name, $0) } })),
                "t": .map(text.strings.map)]
    }
}
