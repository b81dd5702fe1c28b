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
        let tier = reader.choice("tier", among: CustomerTier.allCases)
        let tags = reader.textList("tags")
        let contacts = contactLog(&reader)
        let address = reader.text("address"), taxID = reader.text("tax_id")
        let bank = reader.text("bank"), account = reader.text("account")
        let rep = reader.text("rep")
        let params = reader.params()
        guard let id, let name else { return nil }
        var customer = CustomerFields(id: CustomerID(id), name: name, source: reader.fieldLines)
        customer.contact = contact
        customer.phone = phone
        customer.email = email
        customer.region = region
        customer.since = since
        customer.tierOverride = tier
        customer.tags = tags
        customer.contacts = contacts
        (customer.address, customer.taxID, customer.bank, customer.account) = (address, taxID, bank, account)
        customer.rep = rep.map { RepID($0) }
        customer.params = params
        customer.body = body
        return Customer(customer)
    }
}
