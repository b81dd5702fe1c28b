import Diagnostics
import ShopLoader
import ShopModel

extension Scaffold {
    /// `shopsite new KIND ID [SHOP]`: writes `content/<kind>s/<id>.md` and returns that path relative to the shop.
    ///
    /// Refuses a bad id, a folder without content/site.yaml, an existing file, and an id another file of the
    /// kind already declares (or one differing only in case). Dates are `today`. A new product is a draft; a
    /// new order awaits payment; a new quote is a draft; orders and quotes name the shop's first customer and
    /// first active product, so the file passes `shopsite check` as written (placeholders when there are none).
    public static func newItem(kind: Kind, id: String, shopPath: String, today: Day) throws(Diagnostic) -> String {
        guard ID<Product>.isValid(id) else { throw badID(id) }
        guard let root = ContentFiles.realPath(shopPath),
              ContentFiles.targetType(root + "/" + SiteSettingsDecoder.path) == .file else {
            throw .error("E-NEW-NOT-A-SHOP", ["shop": shopPath])
        }
        let folder = "content/" + kind.folder
        let relative = folder + "/" + id + ".md"
        guard ContentFiles.entryType(root + "/" + relative) == nil else {
            throw .error("E-ALREADY-EXISTS", at: Location(path: relative))
        }
        let inventory = ShopInventory.read(root: root, kind: kind, id: id)
        if let clash = inventory.clash(with: id) {
            throw .error(clash.id == id ? "E-NEW-ID-TAKEN" : "E-NEW-ID-CASE-CLASH",
                         ["kind": kind.contentKind.nounCode, "key": kind.idKey, "id": id, "other": clash.id, "path": clash.path],
                         at: Location(path: relative))
        }
        try ScaffoldFiles.makeDirectories(root + "/" + folder, shown: folder)
        try ScaffoldFiles.create(stub(kind: kind, id: id, inventory: inventory, today: today),
                                 at: root + "/" + relative, shown: relative)
        return relative
    }

    /// The text of a new file of `kind`.
    static func stub(kind: Kind, id: String, inventory: ShopInventory, today: Day) -> String {
        let settings = inventory.settings
        switch kind {
        case .product:
            return ProductStub(sku: id, title: "新产品 \(id) 50件起批", leadTimeDays: settings.leadTimeDays[.spot] ?? 7).text
        case .customer:
            return CustomerStub(id: id, name: "新客户 \(id)", since: today).text
        case .promotion:
            return PromotionStub(id: id, start: today, end: today.adding(days: 30)).text
        case .order:
            let reference = inventory.itemReference
            let item = OrderStub.Item(sku: reference.sku, qty: reference.qty, price: reference.needsPrice ? "0" : nil,
                                      pricePlaceholder: reference.needsPrice)
            let leadTime = inventory.product.map { $0.leadTimeDays ?? settings.leadTimeDays[$0.type] ?? 0 } ?? 0
            return OrderStub(id: id, customer: inventory.customer?.rawValue, date: today, items: [item],
                             shipByDefault: today.adding(days: leadTime)).text
        case .quote:
            let reference = inventory.itemReference
            let line = QuoteStub.Line(sku: reference.sku, qty: reference.qty, price: reference.needsPrice ? "0" : nil)
            return QuoteStub(id: id, customer: inventory.customer?.rawValue, date: today,
                             validUntilDefault: today.adding(days: settings.quoteValidityDays), lines: [line],
                             taxRateDefault: settings.quoteTaxRate.description).text
        }
    }
}
