import Diagnostics
import Dispatch
import Synchronization
import TemplateEngine

/// Renders a few pages into memory, in parallel, so that nothing is written unless every one of them rendered.
enum PageBuffers {
    /// Each page's files (the page, then the CSV files beside it) in page order, and every error in page order.
    static func render(_ pages: [SitePage], data: SiteData, library: TemplateLibrary)
        -> (files: [(path: String, bytes: [UInt8])], errors: [Diagnostic]) {
        let results = Mutex<[Int: Result<[(path: String, bytes: [UInt8])], Diagnostic>]>([:])
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            var buffer: [UInt8] = []
            let result: Result<[(path: String, bytes: [UInt8])], Diagnostic>
            do throws(Diagnostic) {
                let context = data.context(for: page)
                try library.render(page.template, context: .map(context.map), into: &buffer)
                result = .success([(page.path, buffer)] + context.attachments.map { ($0.path, $0.bytes) })
            } catch {
                result = .failure(PageRenderer.chained(error, page: page))
            }
            results.withLock { $0[index] = result }
        }
        let all = results.withLock { $0 }
        var files: [(path: String, bytes: [UInt8])] = [], errors: [Diagnostic] = []
        for index in pages.indices {
            switch all[index] {
            case .success(let written)?: files.append(contentsOf: written)
            case .failure(let error)?: errors.append(error)
            case nil: continue
            }
        }
        return (files, errors)
    }
}
