import Diagnostics
import Foundation
import ShopModel

/// `shopsite pdf [SHOP] [QUOTE_ID…] [--output DIR]`: each quote sheet as an A4 PDF in `SHOP/pdf/` (outside `public/`),
/// printed by one headless Chromium for all sheets. Only the quote pages are rendered (in memory); a sheet whose page
/// and the files it loads have not changed since its PDF (the hash in `<id>.pdf.hash` beside it) is not printed
/// again, and when no file the run reads has changed at all (`InputStamp`) the shop is not even loaded.
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
        let folder = output ?? (shop.hasSuffix("/") ? shop : shop + "/") + QuotePDFPath.folder
        func summary(printed: Int, unchanged: Int) -> CommandOutcome {
            let text = MessageCatalog.text("H-PDF-SUMMARY", ["printed": "\(printed)", "unchanged": "\(unchanged)", "output": folder],
                                           in: language)
            return CommandOutcome(stdout: text + "\n", stderr: "", exitCode: CommandOutcome.success)
        }
        // Nothing read has changed since the last successful run: every sheet is as printed, without loading the shop.
        let stamp = InputStamp.current(shopPath: shop, wanted: rest, folder: folder, theme: BuiltinTheme.path())
        if let same = InputStamp.unchanged(stamp, folder: folder) { return summary(printed: 0, unchanged: same.count) }
        let sheets: QuoteSheets
        switch QuoteSheets.render(shopPath: shop, wanted: rest) {
        case .success(let rendered): sheets = rendered
        case .failure(let diagnostics): return failed(diagnostics.items, CommandOutcome.contentErrors)
        }
        let known = Set(sheets.ids)
        let unknown = rest.filter { !known.contains($0) }
        guard unknown.isEmpty else { return failed(unknown.map { .error("E-UNKNOWN-QUOTE", ["id": $0]) }, CommandOutcome.contentErrors) }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let asked = rest.isEmpty ? sheets.ids.sorted() : rest
        var due: [(id: String, hash: String)] = []
        for id in asked {
            guard let hash = sheets.hash(id) else { continue }
            let pdf = QuotePDFPath.file(QuoteID(id), in: folder)
            let previous = (try? String(contentsOfFile: pdf + ".hash", encoding: .utf8)) ?? ""
            if previous != hash || !FileManager.default.fileExists(atPath: pdf) { due.append((id, hash)) }
        }
        if !due.isEmpty {
            InputStamp.forget(folder: folder)
            do throws(PDFProblem) {
                try print(due, sheets: sheets, folder: folder, browser: browser)
            } catch {
                if Interrupts.caught != 0 { return CommandOutcome(stdout: "", stderr: "", exitCode: 128 + Interrupts.caught) }
                return failed([error.diagnostic], error.isBrowserMissing ? CommandOutcome.badUsage : CommandOutcome.contentErrors)
            }
        }
        InputStamp.save(stamp, ids: asked, folder: folder)
        return summary(printed: due.count, unchanged: asked.count - due.count)
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

    /// Prints each due sheet with one browser, writing `<id>.pdf` and then its hash; the pages are written for the
    /// browser into a temporary folder, removed afterwards; SIGINT or SIGTERM stops the browser (`Interrupts`) and ends it.
    private static func print(_ due: [(id: String, hash: String)], sheets: QuoteSheets, folder: String,
                              browser: String) throws(PDFProblem) {
        let site = NSTemporaryDirectory() + "shopsite-pdf-\(getpid())-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: site) }
        let pipe: BrowserPipe
        do { pipe = try BrowserPipe(executable: browser, timeout: timeout()) } catch { throw PDFProblem(id: due[0].id, failure: error) }
        Interrupts.catchSignals(browser: pipe.pid)
        defer { Interrupts.release(); pipe.quit() }
        guard sheets.write(due.map(\.id), into: site) else { throw PDFProblem(id: due[0].id, failure: .unwritable(site)) }
        var current = due[0].id
        do throws(BrowserPipe.Failure) {
            let target = try pipe.send("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
            let session = try pipe.send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String
            _ = try pipe.send("Page.enable", session: session)
            for sheet in due {
                current = sheet.id
                let url = URL(fileURLWithPath: site + "/" + EntityPagePath.quote(QuoteID(sheet.id))).absoluteString
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

    /// How long one browser reply may take: `SHOPSITE_PDF_TIMEOUT` seconds, else 60.
    private static func timeout() -> Double {
        ProcessInfo.processInfo.environment["SHOPSITE_PDF_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 60
    }
}
