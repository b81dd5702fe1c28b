import Foundation
import Synchronization

/// Whether each image path named by a product exists, remembered between builds (assets changes always make a full
/// build, which forgets it) and asked by the check workers of a build at the same time.
final class KnownImages: Sendable {
    private let known = Mutex<[String: Bool]>([:])

    /// Whether `path` (relative to the `content` folder) is a safe path to an existing file.
    func exists(_ path: String, in content: String) -> Bool {
        if let found = known.withLock({ $0[path] }) { return found }
        let exists = ContentPath.isSafeImage(path) && FileManager.default.fileExists(atPath: content + "/" + path)
        known.withLock { $0[path] = exists }
        return exists
    }

    /// Forgets every answer (a full build asks again).
    func forget() { known.withLock { $0 = [:] } }
}
