/// Absolute terms that China's Advertising Law (广告法 art. 9: 最高级, 最佳 and the like) bars from listings,
/// and the matching of a title against them.
public enum BannedTerms {
    /// The built-in list of 广告法极限词, kept to terms that are claims rather than product names or specs
    /// (最大/最高 are left out: 最大承重 is a spec; 永久磁铁 is a product). 万能 and 100% are listed as the
    /// advertising rules list them; a shop allows 万能胶 or 100%纯棉 with `allowed_words`.
    public static let builtIn: [String] = [
        "最好", "最佳", "最优", "最优秀", "最高级", "最高端", "最低价", "最便宜", "最先进", "最受欢迎", "最流行",
        "最时尚", "最奢侈", "全网最", "史上最",
        "第一", "中国第一", "全网第一", "全国第一", "销量第一", "排名第一", "第一品牌", "唯一", "独一无二", "NO.1", "TOP1",
        "国家级", "国际级", "世界级", "顶级", "顶尖", "极品", "极致", "极佳", "绝佳", "绝对", "终极",
        "首个", "首选", "首家", "首发", "独家",
        "王牌", "领袖品牌", "世界领先", "遥遥领先", "至尊", "巅峰", "销量冠军", "冠军", "之王", "王者",
        "史无前例", "前无古人", "万能", "无敌", "100%", "国家免检", "驰名商标",
    ]

    /// One banned term found in a text, at a UTF-8 byte offset.
    public struct Hit: Hashable, Sendable {
        /// The term as listed.
        public var term: String
        /// Where it starts, in UTF-8 bytes.
        public var offset: Int
        /// Its length in UTF-8 bytes.
        public var length: Int
    }

    /// The banned terms in `text`, each once, in the order they appear (see `BannedTermMatcher`).
    public static func hits(in text: String, banned: [String], allowed: [String]) -> [Hit] {
        BannedTermMatcher(banned: banned, allowed: allowed).hits(in: text)
    }

    /// UTF-8 bytes with ASCII letters lower-cased.
    static func folded(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)  // copied whole, then folded in place (a map over the view goes byte by byte)
        for i in bytes.indices where bytes[i] &- 65 < 26 { bytes[i] &+= 32 }
        return bytes
    }

    /// Every (possibly overlapping) occurrence of `needle` in `haystack`, as byte ranges.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var ranges: [Range<Int>] = []
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { ranges.append(start..<start + needle.count) }
        }
        return ranges
    }
}
