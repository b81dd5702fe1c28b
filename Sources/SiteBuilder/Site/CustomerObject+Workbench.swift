import ShopModel
import TemplateEngine

extension CustomerObject {
    /// The keys of a recommended product, in template order.
    static let recommendedKeys = ["sku", "title", "url"]
    /// The keys of a contact-log entry, in template order.
    static let contactKeys = ["date", "kind", "kind_label", "marketing", "channel", "note"]

    /// Its recommended products (`CustomerFigures.recommended`): sku, title, url.
    func recommended() -> [TemplateValue] {
        (figures?.recommended ?? []).map { sku in
            .map(TemplateMap(uniqueKeys: Self.recommendedKeys,
                             values: [.string(sku.rawValue), .string(site.index.productTitle(sku) ?? sku.rawValue), .text(site.index.productURL(sku))]))
        }
    }

    /// Its contact log, newest first (then as written): date, kind, kind_label, marketing, channel, note.
    func contacts() -> [TemplateValue] {
        let entries = customer.contacts.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset < b.offset
        }
        return entries.map { _, entry in
            .map(TemplateMap(uniqueKeys: Self.contactKeys,
                             values: [.string(entry.date.description), .string(entry.kind.rawValue),
                                      .string(site.text["wb_contact_" + entry.kind.rawValue]), .bool(entry.kind.isMarketing),
                                      .string(entry.channel), .string(entry.note)]))
        }
    }
}
