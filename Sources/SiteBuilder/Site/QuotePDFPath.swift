import Foundation
import ShopModel

/// Where `shopsite pdf` puts quote sheets (`SHOP/pdf/<id>.pdf`, outside the output) and how a quote page links one.
///
/// A build into the default output (`SHOP/public`) links each quote page to its PDF when the file exists, as
/// `<root>../pdf/<id>.pdf`: from `SHOP/public/…` one folder up is the shop, so the link works when the shop folder is
/// opened from disk or served whole. A build into another `--output`, or a public build, links none.
enum QuotePDFPath {
    /// The folder name under the shop.
    static let folder = "pdf"

    /// The link from the site root (a page prefixes its `root`).
    static func link(_ id: QuoteID) -> String { "../" + folder + "/" + id.rawValue + ".pdf" }

    /// The file of a quote's PDF in `directory`.
    static func file(_ id: QuoteID, in directory: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + id.rawValue + ".pdf"
    }

    /// The quotes with a PDF in `SHOP/pdf`; none unless `linked` (a build into `SHOP/public` for the internal audience).
    static func existing(shopPath: String, linked: Bool, quotes: [Quote]) -> Set<QuoteID> {
        guard linked else { return [] }
        let directory = (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let present = Set(names.filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) })
        guard !present.isEmpty else { return [] }
        return Set(quotes.map(\.id).filter { present.contains($0.rawValue) })
    }
}
