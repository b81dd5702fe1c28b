import Diagnostics

extension ShopChecks {
    /// The guide asks for this many images per product, the first on a white background.
    public static let recommendedImages = 5
    /// Wording that states the minimum order in a title (50 件起批, 千只起订, 100件起).
    public static let moqWording = ["起批", "起订", "件起"]
    /// What a spot (现货) title must not promise.
    public static let madeToOrderWording = ["定制", "来图", "加工"]
    /// What a custom (定制) title must not say.
    public static let spotWording = "现货"

    /// The guide's listing warnings: fewer than 5 images, a title without its MOQ wording, a title whose promise
    /// contradicts the product's type, and banned terms in the body and the specs (titles are `productDiagnostics`').
    static func listingWarnings(_ product: Product, matcher: BannedTermMatcher) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let source = product.source, title = product.title
        if product.images.count < recommendedImages {
            found.append(.warning("W-FEW-IMAGES", ["count": "\(product.images.count)", "minimum": "\(recommendedImages)"],
                                  at: source.location(of: "images")))
        }
        if !moqWording.contains(where: { title.contains($0) }) {
            found.append(.warning("W-TITLE-NO-MOQ", ["words": moqWording.joined(separator: " / ")], at: source.location(of: "title")))
        }
        if product.type == .spot {
            for word in madeToOrderWording where title.contains(word) {
                found.append(.warning("W-SPOT-TITLE-MADE-TO-ORDER", ["word": word], at: source.location(of: "title")))
            }
        } else if product.type == .custom && title.contains(spotWording) {
            found.append(.warning("W-CUSTOM-TITLE-SPOT", ["word": spotWording], at: source.location(of: "title")))
        }
        found.append(contentsOf: bannedTermsInBody(product, matcher: matcher))
        for spec in product.specs {
            let at = spec.line > 0 ? source.location(line: spec.line) : source.location(of: "specs")
            for hit in matcher.hits(in: spec.name + "\n" + spec.value) {
                found.append(.warning("W-BANNED-TERM-SPEC", ["term": hit.term, "spec": spec.name], at: at))
            }
        }
        return found
    }

    /// Each banned term of the body once, at the line of its first occurrence.
    static func bannedTermsInBody(_ product: Product, matcher: BannedTermMatcher) -> [Diagnostic] {
        let hits = matcher.hits(in: product.body)
        guard !hits.isEmpty else { return [] }
        let bytes = Array(product.body.utf8)
        return hits.map { hit in
            let newlines = bytes[..<min(hit.offset, bytes.count)].reduce(0) { $1 == 10 ? $0 + 1 : $0 }
            return .warning("W-BANNED-TERM-BODY", ["term": hit.term], at: product.source.location(line: product.bodyLine + newlines))
        }
    }
}
