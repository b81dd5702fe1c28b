import Diagnostics

/// Everything found under content/: entity files in path order, site.yaml, traffic.csv and problems.
public struct ContentWalk: Sendable {
    /// Entity files sorted by path (code units), so loading is deterministic.
    public var files: [ContentFile] = []
    /// How many entity files each folder kind holds.
    var counts: [ContentKind: Int] = [:]
    /// Absolute path of site.yaml when it is there and readable.
    var siteYAML: String?
    /// Absolute path of data/traffic.csv when it is there and readable.
    var traffic: String?
    /// Links leading out of the shop, unreadable folders.
    var diagnostics: [Diagnostic] = []
}
