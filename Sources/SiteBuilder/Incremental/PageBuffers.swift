import Concurrency
import Diagnostics
import TemplateEngine

/// Renders a few pages into memory, in parallel, so that nothing is written unless every one of them rendered.
enum PageBuffers {
    /// A page's files (the page, then the CSV files beside it), or its error.
    typealias Rendered = Result<[(path: String, bytes: [UInt8])], Diagnostic>
    /// What one page gave: its position in the list, its files or error, and how long it took.
    typealias Outcome = (index: Int, result: Rendered, milliseconds: Int)

    /// Each page's files (the page, then the CSV files beside it) in page order, every error in page order, and the
    /// slowest pages with their times.
    static func render(_ pages: [SitePage], data: PageInputs, library: TemplateLibrary)
        -> (files: [(path: String, bytes: [UInt8])], errors: [Diagnostic], slowest: [(path: String, milliseconds: Int)]) {
        // One page at a time from a shared counter, not contiguous chunks: the few slow pages (analytics) sit side by
        // side in the list and must not end up on one worker.
        let workers = concurrentBatches(count: pages.count, batch: 1, state: { [Outcome]() }) { done, index in
            let clock = ContinuousClock(), started = clock.now
            let result = render(pages[index], data: data, library: library)
            let elapsed = started.duration(to: clock.now).components
            done.append((index, result, Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000)))
        }
        let rendered = workers.flatMap { $0 }.sorted { $0.index < $1.index }
        var files: [(path: String, bytes: [UInt8])] = [], errors: [Diagnostic] = []
        for page in rendered {
            switch page.result {
            case .success(let written): files.append(contentsOf: written)
            case .failure(let error): errors.append(error)
            }
        }
        let times = rendered.map { (path: pages[$0.index].path, milliseconds: $0.milliseconds) }
        let slowest = times.sorted { $0.milliseconds > $1.milliseconds }.prefix(4)
        return (files, errors, Array(slowest))
    }

    /// The page's files (the page, then the CSV files beside it), or its error chained to its content file.
    private static func render(_ page: SitePage, data: PageInputs, library: TemplateLibrary) -> Rendered {
        var buffer: [UInt8] = []
        do throws(Diagnostic) {
            let context = data.context(for: page)
            try library.render(page.template, context: .map(context.map), into: &buffer)
            return .success([(page.path, buffer)] + context.attachments.map { ($0.path, $0.bytes) })
        } catch {
            return .failure(PageRenderer.chained(error, page: page))
        }
    }
}
