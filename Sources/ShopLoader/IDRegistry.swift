import Diagnostics
import ShopModel

/// The ids of one kind seen so far: finds duplicates and ids that differ only in case.
struct IDRegistry: Sendable {
    /// The kind, for messages.
    let kind: ContentKind
    private var byFoldedID: [String: (id: String, source: FieldLines)] = [:]

    /// An empty registry for a kind.
    init(kind: ContentKind, capacity: Int = 0) {
        self.kind = kind
        byFoldedID.reserveCapacity(capacity)
    }

    /// Registers an id; a diagnostic (at this file's id line) when it repeats one seen earlier.
    mutating func register(id: String, source: FieldLines) -> Diagnostic? {
        let folded = id.lowercased()
        guard let earlier = byFoldedID[folded] else {
            byFoldedID[folded] = (id, source)
            return nil
        }
        let here = source.location(of: kind.idKey)
        let there = earlier.source.location(of: kind.idKey)
        if earlier.id == id {
            return .error("E-DUPLICATE-ID", ["kind": kind.nounCode, "key": kind.idKey, "id": id, "there": "\(there)"], at: here)
        }
        return .error("E-ID-CASE-CLASH", ["kind": kind.nounCode, "key": kind.idKey, "id": id, "earlier": earlier.id,
                                     "there": "\(there)"], at: here)
    }
}
