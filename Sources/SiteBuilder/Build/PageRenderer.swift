import Diagnostics
import Dispatch
import Synchronization
import TemplateEngine

/// Renders every page in parallel (chunks over `concurrentPerform`, one reused byte buffer per chunk), each page
/// writing its own files; errors are collected per page and returned in page order, so messages are deterministic.
enum PageRenderer {
    /// Pages rendered, files written, and every error (a template error chained to the page's content file).
    static func render(_ pages: [SitePage], data: SiteData, library: TemplateLibrary,
                       into staging: StagingFolder) -> (pages: Int, files: Int, errors: [Diagnostic]) {
        let chunkCount = max(1, min(pages.count, 64))
        let results = Mutex<[Int: (files: Int, errors: [(Int, Diagnostic)])]>([:])
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(64 * 1024)
            var files = 0
            var errors: [(Int, Diagnostic)] = []
            var index = chunk
            while index < pages.count {
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
                index += chunkCount
            }
            results.withLock { $0[chunk] = (files, errors) }
        }
        let all = results.withLock { $0 }
        let files = all.values.reduce(0) { $0 + $1.files }
        let errors = all.values.flatMap(\.errors).sorted { $0.0 < $1.0 }.map(\.1)
        return (pages.count, files, errors)
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
