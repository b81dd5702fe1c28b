/// Banned and allowed terms prepared once (folded to bytes, duplicates dropped) for matching many titles.
public struct BannedTermMatcher: Sendable {
    private let banned: [(term: String, bytes: [UInt8])]
    private let allowed: [[UInt8]]
    /// One bit per pair of leading bytes some banned term (of two bytes or more) starts with.
    private let leadPairs: [UInt64]
    /// Where the terms of each pair of leading bytes start in `termsByLeadPair` (65,537 offsets: pair p's terms are
    /// `pairStart[p]..<pairStart[p + 1]`), a flat table rather than a dictionary: common CJK characters (本, 有, 上)
    /// share their lead bytes with banned terms' (最, 万, 世), and the 10k shop's bodies passed the pair bitmap 300,000
    /// times, each a dictionary look-up (≈ 24 M instructions, a tenth of the scan).
    private let pairStart: [Int32]
    /// The positions in `banned` of the terms of two bytes or more, grouped by their two leading bytes.
    private let termsByLeadPair: [Int]
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
        var starts = [Int32](repeating: 0, count: 65_537)
        var single: [Int] = []
        for (position, (_, bytes)) in terms.enumerated() {
            guard bytes.count >= 2 else { single.append(position); continue }
            let pair = BannedTermMatcher.pair(bytes[0], bytes[1])
            pairs[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
            starts[Int(pair) + 1] += 1
        }
        for pair in 0..<65_536 { starts[pair + 1] += starts[pair] }
        // Each pair's terms in the order of `banned`, as the occurrences are sorted by term afterwards.
        var grouped = [Int](repeating: 0, count: Int(starts[65_536])), filled = starts
        for (position, (_, bytes)) in terms.enumerated() where bytes.count >= 2 {
            let pair = Int(BannedTermMatcher.pair(bytes[0], bytes[1]))
            grouped[Int(filled[pair])] = position
            filled[pair] += 1
        }
        leadPairs = pairs
        pairStart = starts
        termsByLeadPair = grouped
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
                guard leadPairs[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for slot in Int(pairStart[Int(pair)])..<Int(pairStart[Int(pair) + 1]) {
                    let position = termsByLeadPair[slot]
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
