import Foundation
import Testing

/// Screenshots of a built site's pages at a desktop's and a phone's width, for a person to look at.
extension Browser {
    /// Screenshots each page of `site` at 1280 and 390 px into `folder`, expecting each to be written and not blank
    /// (over 10 kB).
    static func expectScreenshots(of pages: [String], in site: String, folder: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        for page in pages {
            for width in [1280, 390] {
                let png = folder + "/" + page.replacingOccurrences(of: "/", with: "_") + "-\(width).png"
                #expect(screenshot(site + "/" + page, width: width, to: png), "\(page) at \(width)", sourceLocation: sourceLocation)
                let size = (try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
                #expect(size > 10_000, "\(png) looks empty", sourceLocation: sourceLocation)
            }
        }
    }
}
