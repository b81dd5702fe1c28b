import Concurrency
import Diagnostics
import SiteOutput
import Synchronization
import TemplateEngine

/// Renders every page in parallel: workers take pages in small batches from a shared counter, the pages made of
/// many rows (orders, analytics, catalog) first so that no single big page is left running alone at the end. Each
/// worker reuses one byte buffer; each page writes its own files into the sink (the staging folder of `build`, nothing
/// for `check`); errors are collected per page and returned in page order, so messages are deterministic.
enum PageRenderer {
    /// Pages rendered, files written, and every error (a template error chained to the page's content file). With
    /// `sample` (check's), a page it leaves out is not rendered: only its path is offered to the sink.
    static func render<Sink: PageSink>(_ pages: [SitePage], data: PageInputs, library: TemplateLibrary,
                                       into sink: Sink, sample: CheckSample? = nil) -> (pages: Int, files: Int, errors: [Diagnostic]) {
        let order = pages.indices.filter { !pages[$0].isPerEntity } + pages.indices.filter { pages[$0].isPerEntity }
        // Past a few hundred pages a worker, every worker but the first parses its own copy of the templates and
        // carries its own inputs object (see the two `threadCopy()`s): reference counts then stay on one core.
        let ownCopies = order.count >= Self.pagesForThreadCopies, started = Atomic<Int>(0)
        let workers = concurrentBatches(count: order.count, batch: 8, state: {
            guard ownCopies, started.add(1, ordering: .relaxed).oldValue > 0 else { return RenderWorker(library: library, data: data) }
            return RenderWorker(library: library.threadCopy(), data: data.threadCopy())
        }) { worker, position in
            let index = order[position]
            if let sample, !sample.rendered[index] {
                worker.checkPath(of: pages[index], at: index, into: sink)
            } else {
                worker.render(pages[index], at: index, into: sink)
            }
        }
        let errors = workers.flatMap(\.errors).sorted { $0.0 < $1.0 }.map(\.1)
        return (pages.count, workers.reduce(0) { $0 + $1.files }, errors)
    }

    /// How many pages a build renders before its workers are given their own copies of the templates: parsing a copy
    /// costs about as much as rendering a hundred pages.
    static let pagesForThreadCopies = 1_000

    /// A template error as the page's content file reports it, the template position chained below as a note:
    /// `content/quotes/Q-1.md: error: …` then `theme/quote.html:4:22: note: …`.
    static func chained(_ error: Diagnostic, page: SitePage) -> Diagnostic {
        guard let source = page.source else {
            return error.noting("N-WHILE-BUILDING", ["page": page.path], at: nil)
        }
        var chained = Diagnostic(.error, error.code, error.arguments, at: Location(path: source.path))
        chained = chained.noting("N-IN-TEMPLATE", ["template": page.template, "page": page.path], at: error.location)
        chained.notes.append(contentsOf: error.notes)
        return chained
    }
}

extension SitePage {
    /// Whether the page shows one product, customer, quote or free page (cheap), not a list or the figures.
    var isPerEntity: Bool {
        switch kind {
        case .product, .customer, .quote, .order, .promotion, .page, .notFound: return true
        default: return false
        }
    }
}
