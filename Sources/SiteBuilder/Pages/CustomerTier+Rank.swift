import ShopModel

extension CustomerTier {
    /// new 0, regular 1, key 2: the sort key of a tier in the tables.
    var rank: Int {
        switch self {
        case .new: return 0
        case .regular: return 1
        case .key: return 2
        }
    }
}
