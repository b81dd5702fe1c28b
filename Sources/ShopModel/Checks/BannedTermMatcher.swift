/// Banned and allowed terms prepared once (folded to bytes, duplicates dropped) for matching many titles.
public struct BannedTermMatcher: Sendable {
    private let banned: [(term: String, bytes: [UInt8])]
    private let allowed: [[UInt8]]
    /// One bit per pair of leading bytes some banned term (of two bytes or more) starts with.
    private let leadPairs: [UInt64]
    /// The positions in `banned` of the terms of two bytes or more, by their two leading bytes.
    private let termsByLeadPair: [UInt16: [Int]]
    /// The positions in `banned` of the one-byte terms.
    private let singleByteTerms: [Int]

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
        var pairs = [UInt64](repeating: 0, count: 1024)
        var byPair: [UInt16: [Int]] = [:]
        var single: [Int] = []
        for (position, (_, bytes)) in terms.enumerated() {
            guard bytes.count >= 2 else { single.append(position); continue }
            let pair = BannedTermMatcher.pair(bytes[0], bytes[1])
            pairs[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
            byPair[pair, default: []].append(position)
        }
        leadPairs = pairs
        termsByLeadPair = byPair
        singleByteTerms = single
    }

    /// The banned terms in `text`, each once, in the order they appear; ASCII letters match in any case.
    /// A match lying inside an occurrence of an allowed word (第一 in 第一代) is no hit, and neither is a
    /// match inside a longer hit (冠军 inside 销量冠军).
    public func hits(in text: String) -> [BannedTerms.Hit] {
        let haystack = BannedTerms.folded(text)
        let occurrences = occurrences(in: haystack)
        guard !occurrences.isEmpty else { return [] }
        var found: [BannedTerms.Hit] = []
        let permitted = allowed.flatMap { BannedTerms.occurrences(of: $0, in: haystack) }
        var index = 0
        while index < occurrences.count {
            let position = occurrences[index].term
            let length = banned[position].bytes.count
            var first: Int?
            while index < occurrences.count && occurrences[index].term == position {
                let start = occurrences[index].start
                if first == nil && !permitted.contains(where: { $0.lowerBound <= start && start + length <= $0.upperBound }) {
                    first = start
                }
                index += 1
            }
            if let first { found.append(BannedTerms.Hit(term: banned[position].term, offset: first, length: length)) }
        }
        let kept = found.filter { hit in
            !found.contains { other in
                other.length > hit.length && other.offset <= hit.offset && hit.offset + hit.length <= other.offset + other.length
            }
        }
        return kept.sorted { ($0.offset, $0.length) < ($1.offset, $1.length) }
    }

    /// Every occurrence of every banned term in `haystack`, by the term's position in `banned`, then by start:
    /// one pass over the text, looking only at the terms whose two leading bytes are there.
    private func occurrences(in haystack: [UInt8]) -> [(term: Int, start: Int)] {
        var found: [(term: Int, start: Int)] = []
        for position in singleByteTerms {
            let byte = banned[position].bytes[0]
            for start in haystack.indices where haystack[start] == byte { found.append((position, start)) }
        }
        haystack.withUnsafeBufferPointer { text in
            guard text.count >= 2 else { return }
            for start in 0..<(text.count - 1) {
                let pair = BannedTermMatcher.pair(text[start], text[start + 1])
                guard leadPairs[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0, let candidates = termsByLeadPair[pair] else {
                    continue
                }
                for position in candidates {
                    let needle = banned[position].bytes
                    guard start + needle.count <= text.count else { continue }
                    if text[start..<start + needle.count].elementsEqual(needle) { found.append((position, start)) }
                }
            }
        }
        // Stable: each term's occurrences stay in text order.
        return found.enumerated().sorted { ($0.element.term, $0.offset) < ($1.element.term, $1.offset) }.map(\.element)
    }

    private static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(first) << 8 | UInt16(second)
    }
}
