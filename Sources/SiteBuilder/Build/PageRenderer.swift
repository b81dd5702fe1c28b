import Diagnostics
import Dispatch
import Foundation
import Synchronization
import TemplateEngine

/// Renders every page in parallel: workers take pages in small batches from a shared counter, the pages made of
/// many rows (orders, analytics, catalog) first so that no single big page is left running alone at the end. Each
/// worker reuses one byte buffer; each page writes its own files; errors are collected per page and returned in
/// page order, so messages are deterministic.
enum PageRenderer {
    /// Pages rendered, files written, and every error (a template error chained to the page's content file).
    static func render(_ pages: [SitePage], data: PageInputs, library: TemplateLibrary,
                       into staging: StagingFolder) -> (pages: Int, files: Int, errors: [Diagnostic]) {
        let order = pages.indices.filter { !pages[$0].isPerEntity } + pages.indices.filter { pages[$0].isPerEntity }
        let next = Atomic<Int>(0)
        let batch = 8
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, (pages.count + batch - 1) / batch))
        let results = Mutex<(files: Int, errors: [(Int, Diagnostic)])>((0, []))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(64 * 1024)
            var files = 0
            var errors: [(Int, Diagnostic)] = []
            while true {
                let start = next.add(batch, ordering: .relaxed).oldValue
                if start >= order.count { break }
                for index in order[start..<min(start + batch, order.count)] {
                    let page = pages[index]
                    buffer.removeAll(keepingCapacity: true)
                    do throws(Diagnostic) {
                        let context = data.context(for: page)
                        try library.render(page.template, context: .map(context.map), into: &buffer)
                        try staging.write(buffer, to: page.path)
                        files += 1
                        for attachment in context.attachments {
                            try staging.write(attachment.bytes, to: attachment.path)
                            files += 1
                        }
                    } catch {
                        errors.append((index, chained(error, page: page)))
                    }
                }
            }
            results.withLock { $0.files += files; $0.errors += errors }
        }
        let all = results.withLock { $0 }
        return (pages.count, all.files, all.errors.sorted { $0.0 < $1.0 }.map(\.1))
    }

    /// A template error as the page's content file reports it, the template position chained below as a note:
    /// `content/quotes/Q-1.md: error: …` then `theme/quote.html:4:22: note: …`.
    static func chained(_ error: Diagnostic, page: SitePage) -> Diagnostic {
        guard let source = page.source else {
            return error.noting("while building \(page.path)", at: nil)
        }
        var chained = Diagnostic(.error, error.message, at: Location(path: source.path))
        chained = chained.noting("in template \(page.template), rendering \(page.path)", at: error.location)
        chained.notes.append(contentsOf: error.notes)
        return chained
    }
}

extension SitePage {
    /// Whether the page shows one product, customer, quote or free page (cheap), not a list or the figures.
    var isPerEntity: Bool {
        switch kind {
        case .product, .customer, .quote, .page, .notFound: return true
        default: return false
        }
    }
}
