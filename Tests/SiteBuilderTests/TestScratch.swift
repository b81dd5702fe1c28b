import Foundation

/// One temporary folder per test process that holds every throw-away shop, output and browser profile the site
/// tests make; it is removed when the process exits, so the tests leave nothing behind in the temp folder.
enum TestScratch {
    /// The process's scratch folder (created on first use, removed at exit).
    static let root: String = {
        let path = NSTemporaryDirectory() + "shopsite-tests-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)  // a stale folder from an earlier process with this pid
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { TestScratch.removeRoot() }
        return path
    }()

    /// A fresh path inside the scratch folder that does not exist yet.
    static func path(_ name: String) -> String {
        root + "/" + name + "-" + UUID().uuidString
    }

    private static func removeRoot() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
