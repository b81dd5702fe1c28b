/// One page of a list cut into pages of equal size, Hugo style: page 1 stays at the list's own path
/// (`products/index.html`), page n is at `products/page/n/index.html`.
struct Paginator: Sendable, Equatable {
    /// How many entries the whole list has.
    let itemCount: Int
    /// Entries per page (at least 1).
    let size: Int
    /// This page's number, from 1.
    let page: Int
    /// The list's folder relative to the site root, with its slash (`products/`).
    let base: String

    /// Page `page` of a list of `itemCount` entries in pages of `size`.
    init(itemCount: Int, size: Int, page: Int, base: String) {
        self.itemCount = max(0, itemCount)
        self.size = max(1, size)
        self.base = base
        self.page = min(max(1, page), Paginator.pageCount(items: itemCount, size: size))
    }

    /// How many pages a list needs: at least one, so an empty list still has its page.
    static func pageCount(items: Int, size: Int) -> Int {
        items <= 0 ? 1 : (items + max(1, size) - 1) / max(1, size)
    }

    /// The page (from 1) that shows the entry at `index` (from 0).
    static func page(ofItem index: Int, size: Int) -> Int { max(0, index) / max(1, size) + 1 }

    /// The output path of page `page` of the list in `base` (`products/` → `products/page/2/index.html`).
    static func path(_ base: String, page: Int) -> String {
        page <= 1 ? base + "index.html" : base + "page/" + String(page) + "/index.html"
    }

    /// The page numbers a page list shows, nil for a gap ("…"): the first and last pages and `window` pages either
    /// side of the current one; a gap that would hide a single page shows that page instead.
    static func pageList(current: Int, count: Int, window: Int = 1) -> [Int?] {
        guard count > 1 else { return [1] }
        let low = max(1, current - window), high = min(count, current + window)
        var shown = [1]
        shown.append(contentsOf: (low...high).filter { $0 != 1 && $0 != count })
        shown.append(count)
        var list: [Int?] = []
        var previous = 0
        for number in shown {
            if number - previous == 2 { list.append(number - 1) } else if number - previous > 2 { list.append(nil) }
            list.append(number)
            previous = number
        }
        return list
    }

    /// How many pages the list has.
    var pageCount: Int { Paginator.pageCount(items: itemCount, size: size) }
    /// The positions (from 0) of this page's entries in the whole list.
    var items: Range<Int> { min(itemCount, (page - 1) * size)..<min(itemCount, page * size) }
    /// This page's output path.
    var path: String { Paginator.path(base, page: page) }
    /// The path of page `number` of this list.
    func path(of number: Int) -> String { Paginator.path(base, page: number) }
}
