extension Product {
    /// The average review rating in tenths of a star (4.5 → 45), rounded half away from zero; nil without reviews.
    public var ratingTenths: Int? {
        guard !self.reviews.isEmpty else { return nil }
        let sum = self.reviews.reduce(0) { $0 + $1.rating }
        return (sum * 20 + self.reviews.count) / (self.reviews.count * 2)
    }

    /// The average rating with one decimal (`4.5`); nil without reviews.
    public var ratingText: String? {
        ratingTenths.map { "\($0 / 10).\($0 % 10)" }
    }
}
