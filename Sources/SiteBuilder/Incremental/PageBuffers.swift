import Concurrency
import Diagnostics
import TemplateEngine

/// Renders a few pages into memory, in parallel, so that nothing is written unless every one of them rendered.
enum PageBuffers {
    /// Each page's files (the page, then the CSV files beside it) in page order, every error in page order, and the
    /// slowest pages with their times.
    static func render(_ pages: [SitePage], data: SiteData, library: TemplateLibrary)
        -> (files: [(path: String, bytes: [UInt8])], errors: [Diagnostic], slowest: [(path: String, milliseconds: Int)]) {
        let rendered = pages.parallelMap(serialUpTo: 1) { page in
            let clock = ContinuousClock(), started = clock.now
            let result = render(page, data: data, library: library)
            let elapsed = started.duration(to: clock.now).components
            return (result, milliseconds: Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000))
        }
        var files: [(path: String, bytes: [UInt8])] = [], errors: [Diagnostic] = []
        for (result, _) in rendered {
            switch result {
            case .success(let written): files.append(contentsOf: written)
            case .failure(let error): errors.append(error)
            }
        }
        let times = zip(pages, rendered).map { (path: $0.path, milliseconds: $1.milliseconds) }
        let slowest = times.sorted { $0.milliseconds > $1.milliseconds }.prefix(4)
        return (files, errors, Array(slowest))
    }

    /// The page's files (the page, then the CSV files beside it), or its error chained to its content file.
    private static func render(_ page: SitePage, data: SiteData, library: TemplateLibrary)
        -> Result<[(path: String, bytes: [UInt8])], Diagnostic> {
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
