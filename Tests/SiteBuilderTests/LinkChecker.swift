import Foundation

/// Finds `href`/`src` values in built HTML that do not resolve to a file of the site (external links are skipped).
enum LinkChecker {
    /// "page: link" for every relative link that names no existing file.
    static func brokenLinks(in root: String) -> [String] {
        var broken: [String] = []
        for (path, bytes) in SiteFixture.files(in: root) where path.hasSuffix(".html") {
            let text = String(decoding: bytes, as: UTF8.self)
            let folder = (path as NSString).deletingLastPathComponent
            for link in links(in: text) {
                if link.hasPrefix("http:") || link.hasPrefix("https:") || link.hasPrefix("mailto:") || link.hasPrefix("#")
                    || link.hasPrefix("data:") || link.hasPrefix("tel:") { continue }
                let target = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                    .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
                let resolved = (((root as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(String(target)) as NSString).standardizingPath
                var isDirectory: ObjCBool = false
                if !FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) || isDirectory.boolValue {
                    broken.append("\(path): \(link)")
                }
            }
        }
        return broken.sorted()
    }

    /// Values of `href="…"` and `src="…"` attributes (entities `&amp;` decoded).
    static func links(in html: String) -> [String] {
        var found: [String] = []
        for attribute in [" href=\"", " src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return found
    }
}
