import Diagnostics
import Dispatch
import Synchronization
import TemplateEngine

/// Renders a few pages into memory, in parallel, so that nothing is written unless every one of them rendered.
enum PageBuffers {
    /// Each page's files (the page, then the CSV files beside it) in page order, every error in page order, and the
    /// slowest pages with their times.
    static func render(_ pages: [SitePage], data: PageInputs, library: TemplateLibrary)
        -> (files: [(path: String, bytes: [UInt8])], errors: [Diagnostic], slowest: [(path: String, milliseconds: Int)]) {
        let results = Mutex<[Int: Result<[(path: String, bytes: [UInt8])], Diagnostic>]>([:])
        let times = Mutex<[(path: String, milliseconds: Int)]>([])
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let clock = ContinuousClock(), started = clock.now
            defer {
                let elapsed = started.duration(to: clock.now).components
                times.withLock { $0.append((page.path, Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000))) }
            }
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
        let slowest = times.withLock { $0 }.sorted { $0.milliseconds > $1.milliseconds }.prefix(4)
        return (files, errors, Array(slowest))
    }
}
