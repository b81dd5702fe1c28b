import Diagnostics
import SiteOutput
import TemplateEngine

/// One worker of `PageRenderer`: a byte buffer reused from page to page, the files it wrote and the errors of its
/// pages (with each page's position, to be put back in page order).
struct RenderWorker {
    /// The templates this worker renders with.
    let library: TemplateLibrary
    /// The inputs its pages are made from.
    let data: PageInputs
    private var buffer: [UInt8] = []
    /// Files written by this worker.
    private(set) var files = 0
    /// Each failed page's position and its error.
    private(set) var errors: [(Int, Diagnostic)] = []

    /// A worker rendering from `data` with `library`, with an empty 64 KiB buffer.
    init(library: TemplateLibrary, data: PageInputs) {
        self.library = library
        self.data = data
        buffer.reserveCapacity(64 * 1024)
    }

    /// Renders `page` (at `index` in the page list) and writes it and its attachments into `sink`.
    mutating func render<Sink: PageSink>(_ page: SitePage, at index: Int, into sink: Sink) {
        buffer.removeAll(keepingCapacity: true)
        do throws(Diagnostic) {
            let context = data.context(for: page)
            try library.render(page.template, context: .map(context.map), into: &buffer)
            try sink.write(buffer, to: page.path)
            files += 1
            for attachment in context.attachments {
                try sink.write(attachment.bytes, to: attachment.path)
                files += 1
            }
        } catch {
            errors.append((index, PageRenderer.chained(error, page: page)))
        }
    }

    /// Offers `page`'s path to `sink` with no bytes, as `check` does for a page it does not render.
    mutating func checkPath<Sink: PageSink>(of page: SitePage, at index: Int, into sink: Sink) {
        do throws(Diagnostic) { try sink.write([], to: page.path) } catch {
            errors.append((index, PageRenderer.chained(error, page: page)))
        }
    }
}
