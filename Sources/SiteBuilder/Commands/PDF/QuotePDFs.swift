import Diagnostics
import Foundation
import ShopModel

/// `shopsite pdf [SHOP] [QUOTE_ID…] [--output DIR]`: each quote sheet as an A4 PDF in `SHOP/pdf/` (outside `public/`),
/// printed by one headless Chromium for all sheets; a sheet whose page has not changed since its PDF (the hash in
/// `<id>.pdf.hash` beside it) is not printed again.
public enum QuotePDFs {
    /// Runs the command: `arguments` are the positionals (an optional shop folder, then quote ids).
    public static func command(arguments: [String], output: String?, language: Language? = nil) -> CommandOutcome {
        var rest = arguments
        var shop = "."
        if let first = rest.first, FileManager.default.fileExists(atPath: first + "/content") { shop = first; rest.removeFirst() }
        let language = MessageLanguage.forShop(explicit: language, shopPath: shop)
        func failed(_ diagnostics: [Diagnostic], _ code: Int32) -> CommandOutcome {
            CommandOutcome(stdout: "", stderr: DiagnosticList(diagnostics).formatted(in: language) + "\n", exitCode: code)
        }
        guard let browser = browserPath() else { return failed([.error("E-PDF-NO-BROWSER")], CommandOutcome.badUsage) }
        let site = NSTemporaryDirectory() + "shopsite-pdf-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: site) }
        let built = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: site, audience: .internal))
        guard built.succeeded, let loaded = sheetIDs(site: site) else {
            return CommandOutcome(stdout: "", stderr: built.diagnostics.formatted(in: language) + "\n", exitCode: built.exitCode)
        }
        let unknown = rest.filter { !loaded.contains($0) }
        guard unknown.isEmpty else { return failed(unknown.map { .error("E-UNKNOWN-QUOTE", ["id": $0]) }, CommandOutcome.contentErrors) }
        let folder = output ?? (shop.hasSuffix("/") ? shop : shop + "/") + QuotePDFPath.folder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let style = FileManager.default.contents(atPath: site + "/assets/theme/theme.css") ?? Data()
        var due: [(id: String, hash: String)] = []
        for id in rest.isEmpty ? loaded.sorted() : rest {
            guard let page = FileManager.default.contents(atPath: site + "/quotes/\(id).html") else { continue }
            let hash = SheetHash.hex(page, style)
            let pdf = QuotePDFPath.file(QuoteID(id), in: folder)
            let previous = (try? String(contentsOfFile: pdf + ".hash", encoding: .utf8)) ?? ""
            if previous != hash || !FileManager.default.fileExists(atPath: pdf) { due.append((id, hash)) }
        }
        let total = rest.isEmpty ? loaded.count : rest.count
        if !due.isEmpty {
            do throws(PDFProblem) {
                try print(due, site: site, folder: folder, browser: browser)
            } catch {
                return failed([error.diagnostic], error.isBrowserMissing ? CommandOutcome.badUsage : CommandOutcome.contentErrors)
            }
        }
        let summary = MessageCatalog.text("H-PDF-SUMMARY", ["printed": "\(due.count)", "unchanged": "\(total - due.count)",
                                                            "output": folder], in: language)
        return CommandOutcome(stdout: summary + "\n", stderr: "", exitCode: CommandOutcome.success)
    }

    /// `SHOPSITE_CHROMIUM`, else `chromium` (or `chromium-browser`) on PATH.
    static func browserPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["SHOPSITE_CHROMIUM"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Prints each due sheet with one browser, writing `<id>.pdf` and then its hash.
    private static func print(_ due: [(id: String, hash: String)], site: String, folder: String, browser: String) throws(PDFProblem) {
        let pipe: BrowserPipe
        do { pipe = try BrowserPipe(executable: browser) } catch { throw PDFProblem(id: due[0].id, failure: error) }
        defer { pipe.quit() }
        var current = due[0].id
        do throws(BrowserPipe.Failure) {
            let target = try pipe.send("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
            let session = try pipe.send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String
            _ = try pipe.send("Page.enable", session: session)
            for sheet in due {
                current = sheet.id
                let url = URL(fileURLWithPath: site + "/quotes/\(sheet.id).html").absoluteString
                _ = try pipe.send("Page.navigate", ["url": url], session: session)
                try pipe.wait(for: "Page.loadEventFired", session: session)
                let result = try pipe.send("Page.printToPDF", ["printBackground": true, "preferCSSPageSize": true], session: session)
                guard let text = result["data"] as? String, let data = Data(base64Encoded: text) else { throw .failed("no PDF data") }
                let pdf = QuotePDFPath.file(QuoteID(sheet.id), in: folder)
                guard FileManager.default.createFile(atPath: pdf, contents: data),
                      FileManager.default.createFile(atPath: pdf + ".hash", contents: Data(sheet.hash.utf8)) else {
                    throw .unwritable(pdf)
                }
            }
        } catch {
            throw PDFProblem(id: current, failure: error)
        }
    }

    /// The quote ids of a built site: its `quotes/*.html` pages but the list pages.
    private static func sheetIDs(site: String) -> Set<String>? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: site + "/quotes") else { return nil }
        return Set(names.filter { $0.hasSuffix(".html") && $0 != "index.html" }.map { String($0.dropLast(5)) })
    }
}
