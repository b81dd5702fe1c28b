/// A buyer's review of a product (买家评价): a whole-star rating from 1 to 5 and a text.
public struct ProductReview: Hashable, Sendable {
    /// The lowest and highest rating a review may give.
    public static let ratings = 1...5
    /// The reviewing buyer (广州某服装厂).
    public var buyer: String
    /// When the review was written.
    public var date: Day
    /// Whole stars, 1 to 5.
    public var rating: Int
    /// What the buyer wrote, "" when nothing.
    public var text: String
    /// The front-matter line of the review.
    public var line: Int

    /// Creates a review.
    public init(buyer: String, date: Day, rating: Int, text: String = "", line: Int = 0) {
        self.buyer = buyer
        self.date = date
        self.rating = rating
        self.text = text
        self.line = line
    }
}
