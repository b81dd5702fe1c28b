import Dispatch
import Synchronization

/// A `LoadIndex` made on another thread right after a whole load, so the first edit does not wait for it.
final class LoadIndexSlot: Sendable {
    private let made = Mutex<(generation: Int, index: LoadIndex)?>(nil)

    /// Starts indexing the load of `generation` in the background (replacing any index made before).
    func prepare(_ assembled: AssembledLoad, decoded: [DecodedFile?]) {
        guard let shop = assembled.result.shop else { return }
        let generation = assembled.result.generation, drafts = assembled.result.excludedDrafts
        made.withLock { $0 = nil }
        DispatchQueue.global(qos: .utility).async { [self] in
            guard let index = LoadIndex(shop: shop, drafts: drafts, decoded: decoded) else { return }
            made.withLock { slot in
                if slot == nil || slot?.generation ?? 0 < generation { slot = (generation, index) }
            }
        }
    }

    /// The index of the load of `generation` when it is ready, taken out of the slot.
    func take(generation: Int) -> LoadIndex? {
        made.withLock { slot in
            guard let ready = slot, ready.generation == generation else { return nil }
            slot = nil
            return ready.index
        }
    }
}
