/// A price quote for a customer, from `content/quotes/*.md`; printed as a branded A4 sheet: its fields (`QuoteFields`) in shared immutable storage, so a copy is one retain.
public struct Quote: SharedFields {
    /// The fields, shared by every copy.
    public var storage: EntityStorage<QuoteFields>

    /// Wraps fields built in one go.
    @inlinable
    public init(_ fields: QuoteFields) {
        storage = EntityStorage(fields)
    }

    /// Creates a quote with the required fields.
    public init(id: QuoteID, customer: CustomerID, date: Day, validUntil: Day, source: FieldLines) {
        self.init(QuoteFields(id: id, customer: customer, date: date, validUntil: validUntil, source: source))
    }

    /// The status shown at `asOf`: `expired` for a sent quote past valid_until.
    public func status(asOf: Day) -> QuoteStatus {
        let fields = storage.fields
        return fields.writtenStatus == .sent && asOf > fields.validUntil ? .expired : fields.writtenStatus
    }
}
