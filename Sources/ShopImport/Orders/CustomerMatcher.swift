import ShopModel

/// Finds an export's buyer among the shop's customers, by id first, then by name; with `--new-customers`, an
/// unknown buyer gets a stub customer (one per name).
struct CustomerMatcher {
    /// What a buyer cell comes to.
    enum Match { case found(CustomerID), ambiguous, unknown }

    private var byID: Set<String> = []
    private var byName: [String: [CustomerID]] = [:]
    /// Whether unknown buyers get stubs.
    let makesStubs: Bool
    /// The stubs made so far, by buyer name.
    private(set) var stubs: [String: NewCustomer] = [:]

    /// A matcher over the shop's customers.
    init(customers: [Customer], makesStubs: Bool) {
        self.makesStubs = makesStubs
        for customer in customers {
            byID.insert(customer.id.rawValue)
            byName[customer.name, default: []].append(customer.id)
        }
    }

    /// The customer a buyer cell names; a stub (with the row's region and address) when allowed.
    mutating func match(_ text: String, firstOrder: Day, region: String?, address: String?) -> Match {
        if byID.contains(text) { return .found(CustomerID(text)) }
        if let ids = byName[text] { return ids.count == 1 ? .found(ids[0]) : .ambiguous }
        guard makesStubs else { return .unknown }
        if var stub = stubs[text] {
            if firstOrder < stub.since {
                stub.since = firstOrder
                stubs[text] = stub
            }
            return .found(stub.id)
        }
        let id = stubID(for: text)
        stubs[text] = NewCustomer(id: id, name: text, since: firstOrder, region: region, address: address)
        byID.insert(id.rawValue)
        return .found(id)
    }

    /// The buyer's own text when it is a free id, else `C-` and eight hex digits of its name's FNV-1a hash
    /// (stable across runs), made unique.
    private func stubID(for name: String) -> CustomerID {
        if ID<Customer>.isValid(name), !byID.contains(name) { return CustomerID(name) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var candidate = "C-" + String(UInt32(truncatingIfNeeded: hash ^ (hash >> 32)), radix: 16, uppercase: true)
        var suffix = 2
        while byID.contains(candidate) { candidate += "-\(suffix)"; suffix += 1 }
        return CustomerID(candidate)
    }
}
