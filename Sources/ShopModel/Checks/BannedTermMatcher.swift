/// Banned and allowed terms prepared once (folded to bytes, duplicates dropped) for matching many titles.
public struct BannedTermMatcher: Sendable {
    private let banned: [(term: String, bytes: [UInt8])]
    private let allowed: [[UInt8]]

    /// Prepares the lists; empty terms are ignored.
    public init(banned: [String], allowed: [String]) {
        var seen = Set<[UInt8]>()
        var terms: [(String, [UInt8])] = []
        for term in banned {
            let bytes = BannedTerms.folded(term)
            if !bytes.isEmpty && seen.insert(bytes).inserted { terms.append((term, bytes)) }
        }
        self.banned = terms
        self.allowed = allowed.map(BannedTerms.folded).filter { !$0.isEmpty }
    }

    /// The banned terms in `text`, each once, in the order they appear; ASCII letters match in any case.
    /// A match lying inside an occurrence of an allowed word (第一 in 第一代) is no hit, and neither is a
    /// match inside a longer hit (冠军 inside 销量冠军).
    public func hits(in text: String) -> [BannedTerms.Hit] {
        let haystack = BannedTerms.folded(text)
        var found: [BannedTerms.Hit] = []
        var allowedRanges: [Range<Int>]?
        for (term, needle) in banned {
            let ranges = BannedTerms.occurrences(of: needle, in: haystack)
            guard !ranges.isEmpty else { continue }
            let permitted = allowedRanges ?? allowed.flatMap { BannedTerms.occurrences(of: $0, in: haystack) }
            allowedRanges = permitted
            let first = ranges.first { range in
                !permitted.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
            }
            if let first { found.append(BannedTerms.Hit(term: term, offset: first.lowerBound, length: needle.count)) }
        }
        let kept = found.filter { hit in
            !found.contains { other in
                other.length > hit.length && other.offset <= hit.offset && hit.offset + hit.length <= other.offset + other.length
            }
        }
        return kept.sorted { ($0.offset, $0.length) < ($1.offset, $1.length) }
    }
}
