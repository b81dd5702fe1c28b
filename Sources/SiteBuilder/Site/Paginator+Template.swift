import TemplateEngine

extension Paginator {
    /// The `paginator` variable: `page`, `pages`, `total`, `size`, `first`/`last` (entry numbers from 1 on this page,
    /// 0 when empty), `prev_url`/`next_url` (null at the ends), `first_url`, `last_url`, and `links` (each `number`,
    /// `url`, `current`, or `gap` true for "…"); every url is relative to the site root.
    var value: TemplateValue {
        let range = items
        let links: [TemplateValue] = Paginator.pageList(current: page, count: pageCount).map { number in
            guard let number else { return .map(["gap": .bool(true), "current": .bool(false)]) }
            return .map(["number": .int(number), "url": .string(path(of: number)), "current": .bool(number == page), "gap": .bool(false)])
        }
        return .map(["page": .int(page), "pages": .int(pageCount), "total": .int(itemCount), "size": .int(size),
                     "first": .int(range.isEmpty ? 0 : range.lowerBound + 1), "last": .int(range.upperBound),
                     "prev_url": page > 1 ? .string(path(of: page - 1)) : .null,
                     "next_url": page < pageCount ? .string(path(of: page + 1)) : .null,
                     "first_url": .string(path(of: 1)), "last_url": .string(path(of: pageCount)),
                     "links": .list(links)])
    }
}
