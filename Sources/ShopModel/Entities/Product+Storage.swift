/// A product of the catalog, from `content/products/*.md`: its fields (`ProductFields`) in shared immutable storage, so a copy is one retain.
public struct Product: SharedFields {
    /// The fields, shared by every copy.
    public var storage: EntityStorage<ProductFields>

    /// Wraps fields built in one go.
    @inlinable
    public init(_ fields: ProductFields) {
        storage = EntityStorage(fields)
    }

    /// Creates a product with the required fields; the rest take the spec's defaults.
    public init(sku: SKU, title: String, type: ProductType, source: FieldLines) {
        self.init(ProductFields(sku: sku, title: title, type: type, source: source))
    }
}
