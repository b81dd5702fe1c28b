import ShopModel

extension EntityDecoder {
    /// A customer from `customers/`: id and name required.
    func customer(stem: String, body: String, reader: inout FieldReader) -> Customer? {
        let id = reader.id(kind: .customers, stem: stem)
        let name = reader.text("name", required: true)
        let contact = reader.text("contact") ?? ""
        let phone = reader.text("phone") ?? ""
        let email = reader.text("email") ?? ""
        let region = reader.text("region") ?? ""
        let since = reader.day("since")
        let address = reader.text("address")
        let tier = reader.choice("tier", among: CustomerTier.allCases)
        let tags = reader.textList("tags")
        let params = reader.params()
        guard let id, let name else { return nil }
        var customer = Customer(id: CustomerID(id), name: name, source: reader.fieldLines)
        customer.contact = contact
        customer.phone = phone
        customer.email = email
        customer.region = region
        customer.since = since
        customer.address = address
        customer.tierOverride = tier
        customer.tags = tags
        customer.params = params
        customer.body = body
        return customer
    }
}
