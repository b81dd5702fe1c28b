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
        if !moqWording.contains(where: { contains(title, $0) }) {
            found.append(.warning("W-TITLE-NO-MOQ", ["words": moqWording.joined(separator: " / ")], at: source.location(of: "title")))
        }
        if product.type == .spot {
            for word in madeToOrderWording where contains(title, word) {
                found.append(.warning("W-SPOT-TITLE-MADE-TO-ORDER", ["word": word], at: source.location(of: "title")))
            }
        } else if product.type == .custom && contains(title, spotWording) {
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

    /// Whether `title` contains `word`, as `String.contains` decides (whole characters, canonically equivalent), by a byte
    /// search when both are printable ASCII and CJK unified ideographs only: each such scalar is a character of its own
    /// and its only canonical form, so the answers are the same, without `contains`' grapheme breaking (≈ 20,000
    /// instructions a call, 6 % of `check` on the 10k shop). Any other text takes `contains`.
    static func contains(_ title: String, _ word: String) -> Bool {
        let quick = title.utf8.withContiguousStorageIfAvailable { text in
            word.utf8.withContiguousStorageIfAvailable { needle in
                !needle.isEmpty && isPlain(text) && isPlain(needle) ? occurs(needle, in: text) as Bool? : nil
            } ?? nil
        } ?? nil
        return quick ?? title.contains(word)
    }

    /// Whether the UTF-8 `text` is printable ASCII (space to `~`) and CJK unified ideographs (U+4E00–U+9FFF) only.
    private static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
            } else if byte >= 0xE4 && byte <= 0xE9 && index + 2 < text.count {  // U+4E00–U+9FFF: E4 B8 80 … E9 BF BF
                guard byte != 0xE4 || text[index + 1] >= 0xB8 else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `needle` occurs in `text` byte for byte.
    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= text.count else { return false }
        for start in 0...(text.count - needle.count) where text[start] == needle[0] {
            var matched = 1
            while matched < needle.count && text[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
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
