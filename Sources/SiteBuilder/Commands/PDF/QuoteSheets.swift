import Diagnostics
import Foundation
import ShopLoader
import ShopModel

/// The quote pages `shopsite pdf` prints, and nothing else of the site: the shop loaded and checked as `build` does,
/// then only the asked-for quote pages rendered, into memory. A sheet's hash covers its page and every local file
/// the page loads (the stylesheet, the logo), so a change to either prints it again.
struct QuoteSheets {
    /// The quote ids of the shop, in file order.
    let ids: [String]
    /// The rendered pages and the assets they may load.
    let sink: SheetSink

    /// Loads the shop at `shopPath` and renders the pages of `wanted` (every quote when empty); the diagnostics
    /// (load, check or template errors) when the shop cannot be built.
    static func render(shopPath: String, wanted: [String]) -> Result<QuoteSheets, DiagnosticList> {
        var diagnostics = DiagnosticList()
        let loaded = ShopLoader.load(shopPath: shopPath, options: LoadOptions())
        // An output path is given so the pages link no PDF (their toolbar is not printed anyway).
        let options = BuildOptions(shopPath: shopPath, outputPath: NSTemporaryDirectory(), audience: .internal)
        guard let site = SiteBuild.prepare(options, output: nil, loaded: loaded, diagnostics: &diagnostics) else {
            return .failure(diagnostics)
        }
        let ids = site.index.shop.quotes.map(\.id.rawValue)
        let asked = Set(wanted.isEmpty ? ids : wanted)
        let pages = site.pages.filter { page in
            guard case .quote(let position) = page.kind else { return false }
            return asked.contains(ids[position])
        }
        let sink = SheetSink()
        let rendered = PageRenderer.render(pages, data: site.inputs, library: site.library, into: sink)
        let assets = AssetCopier.copy(contentAssets: site.contentPath + "/assets",
                                      themeAssets: [site.shopTemplates + "/assets", site.themePath + "/assets"], into: sink)
        for link in site.inputs.photos.links { try? sink.copyFile(from: link.source, to: link.relativePath) }
        diagnostics.append(contentsOf: rendered.errors + assets.errors)
        guard !diagnostics.hasErrors else { return .failure(diagnostics) }
        return .success(QuoteSheets(ids: ids, sink: sink))
    }

    /// The page of quote `id`.
    func page(_ id: String) -> [UInt8]? { sink.page(EntityPagePath.quote(QuoteID(id))) }

    /// The site paths of the local files quote `id`'s page loads, each once, in page order.
    func loads(_ id: String) -> [String] {
        guard let page = page(id) else { return [] }
        let html = String(decoding: page, as: UTF8.self)
        var found: [String] = []
        for attribute in [" src=\"", " href=\""] {
            for piece in html.components(separatedBy: attribute).dropFirst() {
                guard let end = piece.firstIndex(of: "\"") else { continue }
                var path = Substring(piece[..<end])
                while path.hasPrefix("../") { path = path.dropFirst(3) }
                if sink.asset(String(path)) != nil && !found.contains(String(path)) { found.append(String(path)) }
            }
        }
        return found
    }

    /// The fingerprint of quote `id`'s printed sheet: its page, and each file it loads with that file's path.
    func hash(_ id: String) -> String? {
        guard let page = page(id) else { return nil }
        var parts = [Data(page)]
        for path in loads(id) {
            parts.append(Data(path.utf8))
            parts.append(sink.asset(path).flatMap { FileManager.default.contents(atPath: $0) } ?? Data())
        }
        return SheetHash.hex(parts)
    }

    /// Writes the pages of `due` and the files they load into `folder`, laid out as in the built site.
    func write(_ due: [String], into folder: String) -> Bool {
        var written = true
        for id in due {
            let path = EntityPagePath.quote(QuoteID(id))
            written = written && place(Data(page(id) ?? []), at: folder + "/" + path)
            for asset in loads(id) where !FileManager.default.fileExists(atPath: folder + "/" + asset) {
                written = written && place(sink.asset(asset).flatMap { FileManager.default.contents(atPath: $0) } ?? Data(),
                                           at: folder + "/" + asset)
            }
        }
        return written
    }

    /// Writes `data` at `path`, making its folders.
    private func place(_ data: Data, at path: String) -> Bool {
        let parent = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        return FileManager.default.createFile(atPath: path, contents: data)
    }
}
