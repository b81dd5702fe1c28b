import FrontMatter
import ShopModel

extension EntityDecoder {
    /// `cases`: a list of `{ buyer, qty, note }`; buyer and qty required, every bad value an error at its line.
    func cases(_ reader: inout FieldReader) -> [ProductCase] {
        guard let node = reader.value("cases") else { return [] }
        guard let items = node.items else {
            reader.error("E-CASES-SHAPE", line: node.line)
            return []
        }
        var cases: [ProductCase] = []
        for item in items {
            var entry = FieldReader(node: item, path: reader.path, line: item.line, what: "P-CASE")
            let buyer = entry.text("buyer", required: true)
            let qty = entry.int("qty", minimum: 1, required: true)
            let note = entry.text("note") ?? ""
            entry.warnUnknownKeys(in: "P-CASE")
            reader.diagnostics.append(contentsOf: entry.diagnostics)
            if let buyer, let qty { cases.append(ProductCase(buyer: buyer, qty: qty, note: note, line: item.line)) }
        }
        return cases
    }

    /// `reviews`: a list of `{ buyer, date, rating, text }`; rating a whole number from 1 to 5.
    func reviews(_ reader: inout FieldReader) -> [ProductReview] {
        guard let node = reader.value("reviews") else { return [] }
        guard let items = node.items else {
            reader.error("E-REVIEWS-SHAPE", line: node.line)
            return []
        }
        var reviews: [ProductReview] = []
        for item in items {
            var entry = FieldReader(node: item, path: reader.path, line: item.line, what: "P-REVIEW")
            let buyer = entry.text("buyer", required: true)
            let date = entry.day("date", required: true)
            let rating = self.rating(&entry)
            let text = entry.text("text") ?? ""
            entry.warnUnknownKeys(in: "P-REVIEW")
            reader.diagnostics.append(contentsOf: entry.diagnostics)
            if let buyer, let date, let rating {
                reviews.append(ProductReview(buyer: buyer, date: date, rating: rating, text: text, line: item.line))
            }
        }
        return reviews
    }

    /// A review's `rating`: a whole number of stars from 1 to 5, else an error at its line.
    private func rating(_ entry: inout FieldReader) -> Int? {
        guard let node = entry.value("rating", required: true), let text = entry.scalar(node, key: "rating") else { return nil }
        guard let stars = Int(text.trimmingSpaces), ProductReview.ratings.contains(stars) else {
            entry.error("E-RATING-RANGE", ["text": text], line: node.line)
            return nil
        }
        return stars
    }
}
