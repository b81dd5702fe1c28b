import TemplateEngine

/// One entry of the dashboard's to-do list: a late or untracked order, an expiring quote or a dormant customer.
struct TodoItem: Equatable {
    /// The entry's CSS class (`is-danger`, `is-warning`, or empty).
    var cssClass: String
    /// The badge's text (`Late`).
    var badge: String
    /// The badge's CSS class (`badge-late`).
    var badgeClass: String
    /// The entry's title: an order or quote number, a customer's name.
    var title: String
    /// Where the title links, relative to the site root.
    var url: String
    /// The line under the title (customer and what is due).
    var text: String
    /// The note at the side (days overdue, days left, a date).
    var meta: String

    /// The keys of an entry in templates, in order.
    static let keys = ["class", "badge", "badge_class", "title", "url", "text", "meta"]

    /// The entry for templates: `class`, `badge`, `badge_class`, `title`, `url`, `text`, `meta`.
    var templateValue: TemplateValue {
        .map(TemplateMap(uniqueKeys: TodoItem.keys, values: [.string(cssClass), .string(badge), .string(badgeClass), .string(title),
                                                             .string(url), .string(text), .string(meta)]))
    }
}
